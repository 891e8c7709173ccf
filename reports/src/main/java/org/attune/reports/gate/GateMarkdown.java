package org.attune.reports.gate;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders {@code gate.md}, the pull-request comment: verdict first, then the metric table, what
 * fell most, and how it was computed. The markup lives in {@code attune/gate/gate.md.peb}; every
 * value is escaped for Markdown so that ids and keys cannot break the tables.
 */
final class GateMarkdown {
    private static final String TEMPLATE = "attune/gate/gate.md.peb";
    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(new ClasspathLoader())
            .autoEscaping(true)
            .addEscapingStrategy("markdown", GateMarkdown::escape)
            .defaultEscapingStrategy("markdown")
            .strictVariables(true)
            .build();

    private GateMarkdown() {
    }

    /** Backslash-escapes Markdown punctuation, folds line breaks and breaks mentions, for inline text and table cells. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        char prev = ' ';
        for (char ch : s.toCharArray()) {
            if (ch == '\n' || ch == '\r') {
                sb.append(' ');
            } else {
                if ("\\`*_{}[]<>#|~&!".indexOf(ch) >= 0) {
                    sb.append('\\');
                }
                sb.append(ch);
                if (ch == '@' && !Character.isLetterOrDigit(prev) && prev != '_') {
                    sb.append('\u200b'); // a zero-width space: @user or @org/team notifies nobody
                }
            }
            prev = ch;
        }
        return sb.toString();
    }

    /** Text for inside a code span: no backticks or line breaks, nothing else to escape. */
    private static String code(String s) {
        return s.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
    }

    static String render(GateOutcome outcome, Path outDir) {
        Map<String, Object> m = new HashMap<>();
        m.put("baselineDir", code(outcome.baseline().dir()));
        m.put("candidateDir", code(outcome.candidate().dir()));
        m.put("comparable", outcome instanceof GateReport);
        if (outcome instanceof NotComparable nc) {
            m.put("reasons", nc.reasons());
        } else if (outcome instanceof GateReport r) {
            fill(m, r, outDir);
        }
        try {
            PebbleTemplate t = ENGINE.getTemplate(TEMPLATE);
            StringWriter w = new StringWriter();
            t.evaluate(w, m);
            return w.toString().replaceAll("\n{3,}", "\n\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Map<String, Object> m, GateReport r, Path outDir) {
        List<MetricResult> gated = r.metrics().stream().filter(x -> x.verdict() != Verdict.NOT_APPLICABLE).toList();
        m.put("regression", !r.regressions().isEmpty());
        m.put("regressionCount", r.regressions().size());
        m.put("gatedCount", gated.size());
        m.put("regressedNames", r.comparisons().stream().filter(c -> !c.regressed().isEmpty())
                .map(c -> c.agent() + " / " + c.condition() + " (" + String.join(", ", c.regressed()) + ")")
                .collect(Collectors.joining("; ")));
        m.put("regressedComparisons", r.comparisons().stream().filter(c -> !c.regressed().isEmpty()).count());
        m.put("comparisonCount", r.comparisons().size());
        m.put("improvementCount", r.improvements().size());
        m.put("improvedNames", r.improvements().stream().map(MetricResult::name).collect(Collectors.joining(", ")));
        m.put("familyWise", r.settings().familyWise());
        m.put("familySize", r.settings().familySize());
        m.put("adjustedPercent", String.format(java.util.Locale.ROOT, "%.2f", r.settings().adjustedLevel() * 100));
        m.put("onlyBaselineUnits", r.labels().onlyBaseline());
        m.put("onlyCandidateUnits", r.labels().onlyCandidate());
        m.put("warnings", r.warnings());
        m.put("levelPercent", String.valueOf(Math.round(r.settings().level() * 100)));
        m.put("metrics", r.metrics().stream().map(GateMarkdown::metricRow).toList());
        m.put("attributes", r.attributes().stream().map(GateMarkdown::attributeRow).toList());
        Path runDir = Path.of(r.candidate().dir());
        String url = r.settings().reportUrl();
        m.put("reportLink", url != null || ReportLinks.hasReport(runDir)
                ? ReportLinks.link(outDir, runDir, ReportLinks.INDEX, url) : null);
        m.put("episodes", r.episodes().stream().map(e -> episodeRow(e, outDir, runDir, url)).toList());
        GateReport.Pairing p = r.pairing();
        m.put("matched", p.matched());
        m.put("compared", p.compared());
        m.put("clusters", p.clusters());
        m.put("erroredBaseline", p.erroredBaseline());
        m.put("erroredCandidate", p.erroredCandidate());
        m.put("onlyBaseline", p.onlyBaseline());
        m.put("onlyCandidate", p.onlyCandidate());
        m.put("onlyBaselineKeys", p.onlyBaselineKeys());
        m.put("onlyCandidateKeys", p.onlyCandidateKeys());
        m.put("method", r.settings().method());
        m.put("resamples", String.format(java.util.Locale.ROOT, "%,d", r.settings().resamples()));
        m.put("seed", String.valueOf(r.settings().seed()));
        m.put("strict", r.settings().strict());
        m.put("agentMap", String.join(", ", r.settings().agentMap()));
    }

    private static Map<String, Object> metricRow(MetricResult x) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agent", x.agent());
        row.put("condition", x.condition());
        row.put("title", MetricFamily.byId(x.family()).map(MetricFamily::title).orElse(x.family()));
        row.put("baseline", Figures.value(x.share(), x.baseline()));
        row.put("candidate", Figures.value(x.share(), x.candidate()));
        row.put("delta", Figures.delta(x.share(), x.delta()));
        row.put("interval", Figures.interval(x.share(), x.lo(), x.hi()));
        row.put("threshold", Figures.threshold(x.share(), x.threshold()));
        row.put("verdict", x.note() == null ? x.verdict().label() : x.verdict().label() + ": " + x.note());
        row.put("mark", switch (x.verdict()) {
            case REGRESSION -> "❌";
            case IMPROVEMENT -> "🟢";
            case NO_SIGNIFICANT_CHANGE -> "✅";
            case DROP_WITHIN_THRESHOLD -> "🔸";
            case GAIN_WITHIN_THRESHOLD -> "🔹";
            case NOT_APPLICABLE -> "➖";
        });
        return row;
    }

    private static Map<String, Object> attributeRow(AttributeChange a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agent", a.agent());
        row.put("attribute", a.attribute());
        row.put("pairs", a.pairs());
        row.put("baseline", Figures.value(false, a.baseline()));
        row.put("candidate", Figures.value(false, a.candidate()));
        row.put("delta", Figures.delta(false, a.delta()));
        row.put("interval", Figures.interval(false, a.lo(), a.hi()));
        row.put("verdict", a.verdict().label());
        return row;
    }

    private static Map<String, Object> episodeRow(EpisodeChange e, Path outDir, Path runDir, String url) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", e.key());
        row.put("condition", e.condition());
        row.put("agent", e.agent());
        row.put("baseline", Figures.value(false, e.baseline()));
        row.put("candidate", Figures.value(false, e.candidate()));
        row.put("delta", Figures.delta(false, e.delta()));
        row.put("link", e.reportPage() == null ? null : ReportLinks.link(outDir, runDir, e.reportPage(), url));
        return row;
    }
}
