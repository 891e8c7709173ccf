package org.attune.reports.gate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.internal.PageNames;

/**
 * Links from gate files to the candidate's report (SPEC §4: pages named by a short hash of the key).
 * Every episode link comes from {@link PageNames#link}, the one place the page scheme is defined. A
 * relative link is only offered when its target exists, so it never dangles; with a report URL every
 * link is absolute, for a pull-request comment.
 */
final class ReportLinks {
    static final String INDEX = "index.html";

    private ReportLinks() {
    }

    /**
     * The page of an episode relative to the report root when the run has a report with that page,
     * else the report's {@code index.html} when there is a report, else null.
     */
    static String episodePage(Path runDir, String key) {
        Path report = runDir.resolve(RunDirectory.REPORT_DIR);
        String page = PageNames.link(key);
        if (Files.isRegularFile(report.resolve(PageNames.file(page)))) {
            return page;
        }
        return hasReport(runDir) ? INDEX : null;
    }

    /** Whether a report was published beside the run ({@code report/index.html}). */
    static boolean hasReport(Path runDir) {
        return Files.isRegularFile(runDir.resolve(RunDirectory.REPORT_DIR).resolve(INDEX));
    }

    /**
     * A link to {@code page} (relative to the report root of {@code runDir}): absolute under
     * {@code reportUrl} when given, else relative to {@code outDir} with '/' separators.
     */
    static String link(Path outDir, Path runDir, String page, String reportUrl) {
        if (reportUrl != null) { // printed raw in gate.md: nothing in it may end or break the link
            String base = reportUrl.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                    .replace(">", "%3E").replace("\\", "%5C").replace("\n", "").replace("\r", "");
            return (base.endsWith("/") ? base : base + "/") + page;
        }
        String file = PageNames.file(page);
        String fragment = page.substring(file.length());
        Path target = runDir.toAbsolutePath().normalize().resolve(RunDirectory.REPORT_DIR).resolve(file);
        Path rel = outDir.toAbsolutePath().normalize().relativize(target);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb + fragment;
    }
}
