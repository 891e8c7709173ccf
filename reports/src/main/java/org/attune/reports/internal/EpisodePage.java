package org.attune.reports.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.api.CriterionScore;
import org.attune.api.Match;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RoleUsage;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Summarizer;

/** The data of one episode page: everything needed to see why the episode scored as it did. */
final class EpisodePage {
    static final String ASKED = "asked";
    static final String MISSED = "missed";
    static final String GIVEN = "given";
    static final String NOT_ELICITED = "not-elicited";

    private EpisodePage() {
    }

    record Preference(String attribute, String name, String value, String meaning, double weight, String status,
                      Double score) {
    }

    record MatchView(String attribute, String name, double similarity, boolean active) {
    }

    record TurnView(int number, String role, String text, List<MatchView> matches, String reasoning) {
    }

    record Criterion(String attribute, String name, double score, String kind, String justification,
                     Double weight) {
    }

    /** round: the longitudinal round (null in episode runs), which tells a learner's rounds of one pair apart. */
    record Sibling(String agent, String condition, int epoch, Integer round, Double alignment, Boolean correct,
                   boolean errored, String hash, boolean current) {
    }

    record Usage(String role, int calls, long inputTokens, long outputTokens) {
    }

    /**
     * Everything one episode's page shows, gathered from the episode and the run around it (the
     * persona's card is looked up by the page in its shard: {@link EpisodeShards}).
     */
    record View(Episode episode, List<Preference> preferences, List<TurnView> turns, List<Criterion> criteria,
                List<Sibling> siblings, List<Usage> usage, Boolean worse, Double genericAlignment) {
    }

    /**
     * The page data of one episode as {@code episode.html} draws it ({@link EpisodeViewJson}), from the
     * episode as the journal has it ({@code e}) and the run around it ({@code index}).
     */
    static void write(JsonGenerator json, Episode e, EpisodeIndex index, Catalogs catalogs) throws IOException {
        EpisodeViewJson.write(json, view(e, index, catalogs));
    }

    static View view(Episode e, EpisodeIndex index, Catalogs catalogs) {
        return new View(e, preferences(e, catalogs), turns(e, catalogs), criteria(e, catalogs), siblings(e, index),
                usage(e), index.worseThanGeneric(e), index.genericAlignment(e));
    }

    /** The page every episode opens in: a shell that draws the episode named after {@code #} from the shards. */
    static Map<String, Object> shell(RunInfo info, boolean hasCompare, int prefixDigits) {
        Map<String, Object> c = new HashMap<>(Page.common("Episode", "episode", "", hasCompare, info));
        c.put("shards", ScriptJson.safe(Map.of("digits", prefixDigits)));
        c.put("css", Templates.get().asset("episode.css"));
        Page.script(c, "worddiff.js", "episode-view.js", "episode.js");
        return c;
    }

    static List<Preference> preferences(Episode e, Catalogs catalogs) {
        Set<String> matched = EpisodeIndex.matched(e);
        boolean elicited = e.scores() != null && e.scores().questions() != null || !e.turns().isEmpty();
        Map<String, Double> scores = new HashMap<>();
        if (e.scores() != null) {
            for (CriterionScore cs : e.scores().criteria()) {
                scores.put(cs.attribute(), cs.score());
            }
        }
        List<Preference> out = new ArrayList<>();
        for (PreferenceWeight p : e.preferences()) {
            String status = elicited ? (matched.contains(p.attribute()) ? ASKED : MISSED)
                    : Summarizer.ORACLE.equals(e.condition()) ? GIVEN : NOT_ELICITED;
            out.add(new Preference(p.attribute(), catalogs.attributeName(p.attribute()), p.value(),
                    catalogs.describeValue(p.attribute(), p.value()), p.weight(), status, scores.get(p.attribute())));
        }
        return out;
    }

    private static List<TurnView> turns(Episode e, Catalogs catalogs) {
        Set<String> active = new java.util.HashSet<>();
        e.preferences().forEach(p -> active.add(p.attribute()));
        List<TurnView> out = new ArrayList<>();
        int n = 0;
        for (Turn t : e.turns()) {
            List<MatchView> matches = new ArrayList<>();
            for (Match m : t.matched()) {
                matches.add(new MatchView(m.attribute(), catalogs.attributeName(m.attribute()), m.similarity(),
                        active.contains(m.attribute())));
            }
            out.add(new TurnView(++n, t.role(), t.text(), matches, t.reasoning()));
        }
        return out;
    }

    private static List<Criterion> criteria(Episode e, Catalogs catalogs) {
        if (e.scores() == null) {
            return List.of();
        }
        Map<String, Double> weights = new HashMap<>();
        e.preferences().forEach(p -> weights.put(p.attribute(), p.weight()));
        List<Criterion> out = new ArrayList<>();
        for (CriterionScore cs : e.scores().criteria()) {
            out.add(new Criterion(cs.attribute(), catalogs.attributeName(cs.attribute()), cs.score(), cs.kind(),
                    cs.justification(), weights.get(cs.attribute())));
        }
        return out;
    }

    private static List<Sibling> siblings(Episode e, EpisodeIndex index) {
        List<Sibling> out = new ArrayList<>();
        for (Episode s : index.siblings(e)) {
            boolean ok = EpisodeIndex.usable(s);
            out.add(new Sibling(s.agent(), s.condition(), s.epoch(), s.round(), ok ? s.scores().alignment() : null,
                    ok ? s.scores().correct() : null, s.failed(), PageNames.hash(s.key()),
                    s.key().equals(e.key())));
        }
        return out;
    }

    private static List<Usage> usage(Episode e) {
        List<Usage> out = new ArrayList<>();
        for (Map.Entry<String, RoleUsage> u : Roles.ordered(e.usage())) {
            out.add(new Usage(u.getKey(), u.getValue().calls(), u.getValue().inputTokens(),
                    u.getValue().outputTokens()));
        }
        return out;
    }
}
