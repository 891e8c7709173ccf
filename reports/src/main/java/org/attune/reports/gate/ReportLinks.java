package org.attune.reports.gate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.internal.PageNames;

/**
 * Where an episode is shown in a report published beside a run. A link is only offered when the
 * report is there, so it never dangles.
 */
final class ReportLinks {
    private ReportLinks() {
    }

    /**
     * The page of an episode relative to the run directory: {@code report/episode.html#<hash>}
     * (the report's one link per episode, {@link PageNames#link}) when the report has episode pages,
     * else the report's {@code index.html} when that exists, else null.
     */
    static String episodePage(Path runDir, String key) {
        Path report = runDir.resolve(RunDirectory.REPORT_DIR);
        if (Files.isRegularFile(report.resolve(PageNames.EPISODE_PAGE))) {
            return RunDirectory.REPORT_DIR + "/" + PageNames.link(key);
        }
        if (Files.isRegularFile(report.resolve("index.html"))) {
            return RunDirectory.REPORT_DIR + "/index.html";
        }
        return null;
    }

    /** A link from {@code outDir} to a path given relative to {@code runDir}, with '/' separators. */
    static String relative(Path outDir, Path runDir, String pathInRun) {
        int hash = pathInRun.indexOf('#');
        if (hash >= 0) { // the fragment names the episode; only the path is made relative
            return relative(outDir, runDir, pathInRun.substring(0, hash)) + pathInRun.substring(hash);
        }
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
