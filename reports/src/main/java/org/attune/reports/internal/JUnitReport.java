package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.Summarizer;

/**
 * {@code junit.xml}: one test case per agent x condition x task, grouped in one suite per agent x
 * condition. A case fails when a minimum alignment is set and its mean alignment falls short; the
 * generic condition is the baseline every agent is measured against, so the threshold applies to the
 * personalized conditions only. A case with any errored episode carries an error: how many, the first
 * one's message and the link to its page. Each case names its lowest-aligned episode by its report
 * link, relative to the run directory.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    /** @param unchecked why a threshold could not be held against a case whose episodes all errored (else null) */
    record Case(String classname, String name, double seconds, int episodes, int errors, Double alignment,
                Double correctness, String failure, String error, String lowest, String unchecked) {
        public String systemOut() {
            return String.format(Locale.ROOT, "episodes: %d, errored: %d, mean alignment: %s, correctness: %s",
                    episodes, errors, Fmt.num(alignment, 3), Fmt.pct(correctness, 1))
                    + (lowest == null ? "" : ", lowest alignment: " + lowest);
        }
    }

    record Suite(String name, List<Case> cases, int failures, int errors, double seconds) {
    }

    static Map<String, Object> context(RunData run, Double minAlignment) {
        Map<List<String>, List<Episode>> byCase = new TreeMap<>(
                java.util.Comparator.<List<String>, String>comparing(k -> k.get(0))
                        .thenComparing(k -> Summarizer.conditionRank(k.get(1)))
                        .thenComparing(k -> k.get(1))
                        .thenComparing(k -> k.get(2)));
        for (Episode e : run.episodes()) {
            byCase.computeIfAbsent(List.of(e.agent(), e.condition(), e.task()), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Case>> suites = new java.util.LinkedHashMap<>();
        for (Map.Entry<List<String>, List<Episode>> en : byCase.entrySet()) {
            String agent = en.getKey().get(0);
            String condition = en.getKey().get(1);
            suites.computeIfAbsent(Groups.label(agent, condition), k -> new ArrayList<>())
                    .add(testCase(agent, condition, en.getKey().get(2), en.getValue(), minAlignment));
        }
        List<Suite> out = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        double seconds = 0;
        for (Map.Entry<String, List<Case>> s : suites.entrySet()) {
            int f = (int) s.getValue().stream().filter(c -> c.failure() != null).count();
            int er = (int) s.getValue().stream().filter(c -> c.error() != null).count();
            double t = s.getValue().stream().mapToDouble(Case::seconds).sum();
            out.add(new Suite(s.getKey(), s.getValue(), f, er, t));
            tests += s.getValue().size();
            failures += f;
            errors += er;
            seconds += t;
        }
        Map<String, Object> c = new HashMap<>();
        c.put("runId", run.info().id() == null ? "attune" : run.info().id());
        c.put("suites", out);
        c.put("tests", tests);
        c.put("failures", failures);
        c.put("errors", errors);
        c.put("seconds", seconds);
        return c;
    }

    private static String describe(Episode e) {
        if (e.error() == null) {
            return "no scores";
        }
        String m = e.error().message() == null ? "" : e.error().message();
        return e.error().kind() + (m.isEmpty() ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) + "..." : m));
    }

    /** The cases that miss the minimum alignment, as {@code agent / condition / task: why}. */
    public static List<String> missed(RunData run, double minAlignment) {
        List<String> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Suite> suites = (List<Suite>) context(run, minAlignment).get("suites");
        for (Suite s : suites) {
            for (Case c : s.cases()) {
                if (c.failure() != null) {
                    out.add(s.name() + " / " + c.name() + ": " + c.failure());
                } else if (c.unchecked() != null) { // an <error> in junit.xml, and no pass of the threshold either
                    out.add(s.name() + " / " + c.name() + ": " + c.unchecked());
                }
            }
        }
        return out;
    }

    private static Case testCase(String agent, String condition, String task, List<Episode> eps, Double min) {
        double sum = 0;
        int n = 0;
        double correct = 0;
        int judged = 0;
        int errored = 0;
        Episode firstError = null;
        long millis = 0;
        Episode lowest = null;
        for (Episode e : eps) {
            millis += e.timing() == null ? 0 : e.timing().millis();
            if (e.failed()) {
                errored++;
                firstError = firstError == null ? e : firstError;
            }
            if (!EpisodeIndex.usable(e)) {
                continue;
            }
            sum += e.scores().alignment();
            n++;
            if (lowest == null || e.scores().alignment() < lowest.scores().alignment()) {
                lowest = e;
            }
            if (e.scores().correct() != null) {
                correct += e.scores().correct() ? 1 : 0;
                judged++;
            }
        }
        Double alignment = n == 0 ? null : sum / n;
        String failure = null;
        String error = null;
        if (firstError != null) {
            error = (errored == eps.size() ? "all " + errored : errored + " of " + eps.size())
                    + " episodes ended in an error; first: " + firstError.key() + ": " + describe(firstError)
                    + " (" + RunDirectory.REPORT_DIR + "/" + PageNames.link(firstError.key()) + ")";
        }
        if (errored < eps.size() && min != null && !Summarizer.GENERIC.equals(condition)) {
            if (alignment == null) {
                failure = String.format(Locale.ROOT, "no scored episodes to hold against the minimum alignment %.2f", min);
            } else if (alignment < min - 1e-12) {
                failure = String.format(Locale.ROOT, "mean alignment %.3f is below the minimum %.2f (%d scored episodes)",
                        alignment, min, n);
            }
        }
        String unchecked = errored == eps.size() && min != null && !Summarizer.GENERIC.equals(condition)
                ? String.format(Locale.ROOT, "no scored episodes to hold against the minimum alignment %.2f (%s)", min,
                        error)
                : null;
        return new Case("attune." + agent + "." + condition, task, millis / 1000.0, eps.size(), errored, alignment,
                judged == 0 ? null : correct / judged, failure, error,
                lowest == null ? null : RunDirectory.REPORT_DIR + "/" + PageNames.link(lowest.key()), unchecked);
    }
}
