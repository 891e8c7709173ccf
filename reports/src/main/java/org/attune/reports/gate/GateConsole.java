package org.attune.reports.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The verdict and metric table as plain text for a terminal or a CI log. */
public final class GateConsole {
    private GateConsole() {
    }

    public static String render(GateOutcome outcome) {
        StringBuilder sb = new StringBuilder();
        if (outcome instanceof NotComparable nc) {
            sb.append("Attune gate: NOT COMPARABLE (exit ").append(nc.exitCode()).append(")\n");
            for (String r : nc.reasons()) {
                sb.append("  - ").append(r).append('\n');
            }
            sb.append("Re-run the candidate with the baseline's configuration, or pass --allow-mismatch.\n");
            return sb.toString();
        }
        GateReport r = (GateReport) outcome;
        sb.append("Attune gate: ").append(r.verdict().toUpperCase(java.util.Locale.ROOT))
                .append(" (exit ").append(r.exitCode()).append(")\n");
        for (String w : r.warnings()) {
            sb.append("WARNING: ").append(w).append('\n');
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"agent / condition  metric", "baseline", "candidate", "change", "interval", "threshold", "verdict"});
        for (MetricResult m : r.metrics()) {
            rows.add(new String[] {m.comparison() + "  " + m.id(), Figures.value(m.share(), m.baseline()),
                Figures.value(m.share(), m.candidate()), Figures.delta(m.share(), m.delta()),
                Figures.interval(m.share(), m.lo(), m.hi()), Figures.threshold(m.share(), m.threshold()),
                m.verdict().label()});
        }
        table(sb, rows);
        if (!r.regressions().isEmpty()) {
            sb.append("Regressed: ").append(r.regressions().stream().map(Figures::metric)
                    .collect(Collectors.joining("; "))).append('\n');
        }
        sb.append("Family-wise ").append(Math.round(r.settings().level() * 100)).append("% over ")
                .append(r.settings().familySize()).append(" gated figures (").append(r.settings().familyWise())
                .append(String.format(java.util.Locale.ROOT, ": each interval at %.2f%%)",
                        r.settings().adjustedLevel() * 100)).append('\n');
        if (!r.attributes().isEmpty()) {
            List<AttributeChange> shown = r.regressedAttributes().isEmpty() ? r.attributes() : r.regressedAttributes();
            sb.append(r.regressedAttributes().isEmpty() ? "Attributes that fell most: " : "Regressed attributes: ")
                    .append(shown.stream().map(Figures::attribute).collect(Collectors.joining("; "))).append('\n');
        }
        GateReport.Pairing p = r.pairing();
        sb.append(p.compared()).append(" paired episodes in ").append(p.clusters()).append(" clusters; ")
                .append(p.onlyBaseline()).append(" only in the baseline, ").append(p.onlyCandidate())
                .append(" only in the candidate\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 1 && i <= 3 || i == 5;
                String cell = number ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
