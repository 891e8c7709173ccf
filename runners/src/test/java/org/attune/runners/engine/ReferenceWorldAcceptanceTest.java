package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attune.api.Attribute;
import org.attune.api.CriterionScore;
import org.attune.api.Match;
import org.attune.api.Turn;
import org.attune.evaluator.Episode;
import org.attune.evaluator.GroupSummary;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.Summary;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline reference world over the quick suite (issue 15): the reference agent uses what it
 * learns, and the passive user speaks only about what a message targeted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceWorldAcceptanceTest {
    static final String AGENT = "builtin:reference";
    @TempDir
    static Path tmp;
    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private List<Episode> episodes;
    private Summary summary;

    @BeforeAll
    void runTheQuickSuite() {
        RunConfig req = RunConfigs.builder().suite("quick").conditions(List.of("generic", "discovery", "oracle"))
                .agents(List.of(AGENT)).concurrency(2).out(tmp.resolve("run")).build();
        RunService.Result r = new RunService().run(req, Progress.silent());
        episodes = new RunDirectory(r.dir()).readEpisodes();
        summary = r.summary();
        for (GroupSummary g : summary.groups()) {
            System.out.printf(Locale.ROOT, "  %-18s %-9s A=%.3f E=%.2f recall=%s gain=%s worse=%s%n", g.agent(), g.condition(),
                    g.alignment().mean(), g.editCost().mean(), g.recall().mean(), g.normalizedGain(), g.worseThanGenericRate());
        }
    }

    private List<Episode> of(String condition) {
        return episodes.stream().filter(e -> e.condition().equals(condition) && e.agent().equals(AGENT)).toList();
    }

    /**
     * A discovery episode that drew out a preference answers with the generic text only when the
     * generic text already does, for every active preference the replies revealed, as well as the
     * agent does when it is told the preferences (the oracle condition): then there is nothing to change.
     */
    @Test
    void noDiscoveryEpisodeThatDrewOutAPreferenceThrowsItAway() {
        Map<String, Episode> generic = new HashMap<>();
        Map<String, Episode> oracle = new HashMap<>();
        of("generic").forEach(e -> generic.put(e.pairKey(), e));
        of("oracle").forEach(e -> oracle.put(e.pairKey(), e));
        List<String> thrownAway = new ArrayList<>();
        int withRecall = 0;
        int verbatim = 0;
        for (Episode e : of("discovery")) {
            if (e.scores().recall() == null || e.scores().recall() == 0) {
                continue;
            }
            withRecall++;
            Episode g = generic.get(e.pairKey());
            if (!e.response().equals(g.response())) {
                continue;
            }
            verbatim++;
            for (PreferenceWeight p : revealed(e)) {
                if (score(g, p.attribute()) < score(oracle.get(e.pairKey()), p.attribute())) {
                    thrownAway.add(e.key() + " " + p.attribute() + "=" + p.value());
                }
            }
        }
        System.out.printf(Locale.ROOT, "discovery episodes with recall > 0: %d; generic answer verbatim: %d, of which with a "
                + "revealed preference the generic answer misses: %d%n", withRecall, verbatim, thrownAway.size());
        assertThat(withRecall).isGreaterThan(100);
        assertThat(thrownAway).isEmpty();
    }

    /** The active preferences whose value a user reply of the episode stated. */
    private List<PreferenceWeight> revealed(Episode e) {
        List<PreferenceWeight> out = new ArrayList<>();
        for (PreferenceWeight p : e.preferences()) {
            String said = catalog.get(p.attribute()).describe(p.value()).toLowerCase(Locale.ROOT);
            if (e.turns().stream().anyMatch(t -> Turn.USER.equals(t.role()) && t.text().toLowerCase(Locale.ROOT).contains(said))) {
                out.add(p);
            }
        }
        return out;
    }

    private static double score(Episode e, String attribute) {
        return e.scores().criteria().stream().filter(c -> c.attribute().equals(attribute))
                .mapToDouble(CriterionScore::score).findFirst().orElse(0);
    }

    @Test
    void everyRulesPreferenceAQuestionDrewOutIsMet() {
        int drawn = 0;
        List<String> unmet = new ArrayList<>();
        for (Episode e : of("discovery")) {
            Set<String> targeted = targeted(e);
            for (PreferenceWeight p : e.preferences()) {
                if (catalog.get(p.attribute()).isRules() && targeted.contains(p.attribute())) {
                    drawn++;
                    double s = score(e, p.attribute());
                    if (s < 5) {
                        unmet.add(e.key() + " " + p.attribute() + "=" + p.value() + " scored " + s);
                    }
                }
            }
        }
        double met = 1 - unmet.size() / (double) drawn;
        System.out.printf(Locale.ROOT, "active rules preferences drawn out: %d; met (score 5): %.4f%n%s%n", drawn, met,
                String.join("\n", unmet.subList(0, Math.min(10, unmet.size()))));
        assertThat(drawn).isGreaterThan(100);
        assertThat(met).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void thePassiveUserMentionsOnlyTheAttributesAMessageTargeted() {
        List<String> strays = new ArrayList<>();
        int replies = 0;
        for (Episode e : of("discovery")) {
            for (Turn t : e.turns()) {
                if (!Turn.USER.equals(t.role())) {
                    continue;
                }
                replies++;
                Set<String> targets = new HashSet<>();
                t.matched().forEach(m -> targets.add(m.attribute()));
                for (Attribute a : catalog.all()) {
                    if (!targets.contains(a.id()) && mentions(t.text(), a, targets)) {
                        strays.add(e.key() + ": " + a.id() + " in \"" + t.text() + "\" (targets " + targets + ")");
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "passive user replies: %d; mentioning an untargeted attribute: %d%n%s%n", replies, strays.size(),
                String.join("\n", strays.subList(0, Math.min(10, strays.size()))));
        assertThat(replies).isGreaterThan(500);
        assertThat(strays).isEmpty();
    }

    @Test
    void discoveryClosesMostOfTheGapToTheOracle() {
        GroupSummary d = summary.groups().stream().filter(g -> g.agent().equals(AGENT) && g.condition().equals("discovery"))
                .findFirst().orElseThrow();
        assertThat(d.normalizedGain()).isGreaterThan(0.15);
    }

    /**
     * The framing of a question ("Before I answer, ...") is not a question about where the answer
     * goes: every reference question is matched to exactly the attribute it asks about.
     */
    @Test
    void everyReferenceQuestionTargetsExactlyTheAttributeItAsksAbout() {
        List<String> off = new ArrayList<>();
        int questions = 0;
        for (Episode e : of("discovery")) {
            List<Turn> turns = e.turns();
            for (int i = 0; i + 1 < turns.size(); i++) {
                if (Turn.AGENT.equals(turns.get(i).role())) {
                    questions++;
                    String asked = asked(turns.get(i).text());
                    List<String> targets = turns.get(i + 1).matched().stream().map(Match::attribute).toList();
                    if (asked == null || !targets.equals(List.of(asked))) {
                        off.add(asked + " -> " + targets + ": " + turns.get(i).text());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "reference questions: %d; not matched to exactly their attribute: %d%n%s%n", questions,
                off.size(), String.join("\n", off.subList(0, Math.min(10, off.size()))));
        assertThat(questions).isGreaterThan(500);
        assertThat(off).isEmpty();
    }

    /** The attribute a reference question is about: the one it names, or whose description it quotes. */
    private String asked(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        String best = null;
        for (Attribute a : catalog.all()) {
            String name = a.name().toLowerCase(Locale.ROOT);
            String description = a.description().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            boolean names = q.matches("(?s).*\\b(?:about|for|on|much) " + java.util.regex.Pattern.quote(name) + "\\b.*");
            if ((names || q.contains(description)) && (best == null || name.length() > catalog.get(best).name().length())) {
                best = a.id();
            }
        }
        return best;
    }

    /** The attributes the user's matcher found in the agent's messages of an episode. */
    private static Set<String> targeted(Episode e) {
        Set<String> out = new HashSet<>();
        for (Turn t : e.turns()) {
            t.matched().stream().map(Match::attribute).forEach(out::add);
        }
        return out;
    }

    /**
     * Whether a reply speaks about an attribute: names it (unless the name is part of a targeted
     * attribute's name, as "length" is of "sentence length") or states one of its values.
     */
    private boolean mentions(String reply, Attribute a, Set<String> targets) {
        String r = reply.toLowerCase(Locale.ROOT);
        String name = a.name().toLowerCase(Locale.ROOT);
        boolean inTargetName = targets.stream().anyMatch(id -> catalog.get(id).name().toLowerCase(Locale.ROOT).contains(name));
        if (!inTargetName && r.matches("(?s).*\\b(?:about|for|on|to|of) " + java.util.regex.Pattern.quote(name) + "\\b.*")) {
            return true;
        }
        return a.values().stream().anyMatch(v -> r.contains(a.describe(v).toLowerCase(Locale.ROOT)));
    }
}
