package org.attune.reports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where an episode is shown (SPEC §4: named by a short hash of the key). Every episode opens in
 * the report's one {@code episode.html}, which renders it from the data shards by the hash after
 * {@code #}; {@link #link} is the only place that link is made: the report's pages, the browser's
 * rows, {@code junit.xml} and the gate's {@code gate.md} all take it from here.
 */
public final class PageNames {
    /** Hex digits kept: 48 bits, collision-free in practice for runs of millions of episodes. */
    public static final int HASH_CHARS = 12;
    /** The page that shows any episode, at the report root. */
    public static final String EPISODE_PAGE = "episode.html";

    /** One digest per thread: looking the algorithm up costs more than hashing a key. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private PageNames() {
    }

    public static String hash(String key) {
        byte[] h = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, HASH_CHARS / 2);
    }

    /** The link to an episode relative to the report root, e.g. {@code episode.html#3fa9c2d01b7e}. */
    public static String link(String key) {
        return EPISODE_PAGE + "#" + hash(key);
    }

    /** The file part of a link made by {@link #link} (without its {@code #fragment}). */
    public static String file(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? link : link.substring(0, hash);
    }
}
