package org.attune.reports.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.Interval;
import org.attune.evaluator.RoleUsage;

/** One row per agent x condition with every run-level figure of SPEC §3, raw for sorting. */
public final class Leaderboard {
    private Leaderboard() {
    }

    public record Row(String agent, String condition, String colour, int episodes, int errors, Interval alignment,
                      Double normalizedGain, Double worseThanGenericRate, Interval correctness,
                      Double accuracyDelta, Interval editCost, Interval editCostNormalized, Interval acceptance,
                      Double questions, Double recall, Double precision, long inputTokens, long outputTokens,
                      String usageDetail, double costUsd, String browserLink) {
    }

    public static List<Row> rows(Groups groups) {
        List<Row> out = new ArrayList<>();
        for (GroupSummary g : groups.all()) {
            long in = 0;
            long outTokens = 0;
            List<String> detail = new ArrayList<>();
            for (Map.Entry<String, RoleUsage> u : Roles.ordered(g.usage())) {
                in += u.getValue().inputTokens();
                outTokens += u.getValue().outputTokens();
                detail.add(String.format(Locale.ROOT, "%s: %d calls, %d in / %d out", u.getKey(),
                        u.getValue().calls(), u.getValue().inputTokens(), u.getValue().outputTokens()));
            }
            out.add(new Row(g.agent(), g.condition(), groups.agentColour(g.agent()), g.episodes(), g.errors(),
                    g.alignment(), g.normalizedGain(), g.worseThanGenericRate(), g.correctness(), g.accuracyDelta(),
                    g.editCost(), g.editCostNormalized(), g.acceptance(), g.questions().mean(), g.recall().mean(),
                    g.precision().mean(), in, outTokens, String.join("; ", detail), g.costUsd(),
                    browserLink(g.agent(), g.condition())));
        }
        return out;
    }

    /** The episode browser pre-filtered to one agent x condition. */
    public static String browserLink(String agent, String condition) {
        return "browser.html#agent=" + enc(agent) + "&condition=" + enc(condition);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
