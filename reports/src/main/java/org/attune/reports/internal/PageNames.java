package org.attune.reports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Episode page names (SPEC §4: named by a short hash of the key). Pages are spread over 256
 * folders by the first two hex digits so no folder grows huge on large runs.
 */
public final class PageNames {
    /** Hex digits kept: 48 bits, collision-free in practice for runs of millions of episodes. */
    public static final int HASH_CHARS = 12;

    private PageNames() {
    }

    public static String hash(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page of an episode relative to the report root, e.g. {@code episodes/3f/3fa9c2d01b7e.html}. */
    public static String path(String key) {
        String h = hash(key);
        return "episodes/" + h.substring(0, 2) + "/" + h + ".html";
    }

    /**
     * The link to an episode's page relative to the report root: every episode link (report pages,
     * gate.md, junit.xml) is made here, so the page scheme changes in one place.
     */
    public static String link(String key) {
        return path(key);
    }

    /** The file part of a link made by {@link #link} (without any {@code #fragment}). */
    public static String file(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? link : link.substring(0, hash);
    }

    /** The same page as linked from another episode page (two folders deep). */
    public static String fromEpisode(String key) {
        return "../../" + link(key);
    }
}
