package org.attune.reports.gate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.attune.evaluator.RunDirectory;

/**
 * Where an episode's page sits in a report published beside a run (SPEC §4: pages are named by a
 * short hash of the key). A link is only offered when its target exists, so it never dangles.
 */
final class ReportLinks {
    static final String EPISODE_PAGES = "episodes";
    static final int HASH_CHARS = 12;

    private ReportLinks() {
    }

    /** The short hash naming an episode page: the first 12 hex digits of SHA-256 of the key. */
    static String shortHash(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The page of an episode relative to the run directory: {@code report/episodes/<hash>.html} when
     * it exists, else the report's {@code index.html} when that exists, else null.
     */
    static String episodePage(Path runDir, String key) {
        Path report = runDir.resolve(RunDirectory.REPORT_DIR);
        String page = EPISODE_PAGES + "/" + shortHash(key) + ".html";
        if (Files.isRegularFile(report.resolve(page))) {
            return RunDirectory.REPORT_DIR + "/" + page;
        }
        if (Files.isRegularFile(report.resolve("index.html"))) {
            return RunDirectory.REPORT_DIR + "/index.html";
        }
        return null;
    }

    /** A link from {@code outDir} to a path given relative to {@code runDir}, with '/' separators. */
    static String relative(Path outDir, Path runDir, String pathInRun) {
        Path target = runDir.toAbsolutePath().normalize().resolve(pathInRun);
        Path rel = outDir.toAbsolutePath().normalize().relativize(target);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
