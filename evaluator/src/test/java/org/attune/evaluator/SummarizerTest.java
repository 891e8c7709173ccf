package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.CriterionScore;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    static Episode ep(String item, String persona, String condition, double alignment, boolean correct, int edit) {
        Scores s = new Scores(alignment, List.of(new CriterionScore("layout", alignment, "rules", "x")), correct,
                "1", null, edit, edit / 10.0, "e", edit == 0, condition.equals("discovery") ? 2 : null,
                condition.equals("discovery") ? 0.5 : null, condition.equals("discovery") ? 1.0 : null);
        return new Episode(Episode.SCHEMA, Episode.key("t", item, persona, condition, "a", 1), "t", item, persona,
                condition, "a", 1, "q", "1", List.of(), List.of(), "r", null, s, null, 0, null, null, null, null);
    }

    @Test
    void comparativeFiguresFollowTheSpec() {
        List<Episode> eps = new ArrayList<>();
        // pair 1: generic 2, discovery 3, oracle 4; pair 2: generic 3, discovery 2, oracle 5
        eps.add(ep("i1", "p1", "generic", 2, true, 10));
        eps.add(ep("i1", "p1", "discovery", 3, true, 5));
        eps.add(ep("i1", "p1", "oracle", 4, true, 0));
        eps.add(ep("i2", "p1", "generic", 3, true, 10));
        eps.add(ep("i2", "p1", "discovery", 2, false, 5));
        eps.add(ep("i2", "p1", "oracle", 5, true, 0));
        Summary s = Summarizer.defaults(0).summarize("r", eps);
        assertThat(s.groups()).extracting(GroupSummary::condition).containsExactly("generic", "discovery", "oracle");
        GroupSummary d = s.groups().get(1);
        // gain = (2.5 - 2.5) / (4.5 - 2.5) = 0
        assertThat(d.normalizedGain()).isCloseTo(0.0, offset(1e-12));
        assertThat(d.worseThanGenericRate()).isEqualTo(0.5);
        assertThat(d.accuracyDelta()).isEqualTo(-0.5);
        assertThat(d.alignment().mean()).isEqualTo(2.5);
        assertThat(d.questions().mean()).isEqualTo(2.0);
        GroupSummary o = s.groups().get(2);
        assertThat(o.normalizedGain()).isEqualTo(1.0);
        assertThat(o.acceptance().mean()).isEqualTo(1.0);
        assertThat(s.groups().get(0).normalizedGain()).isNull();
    }

    @Test
    void intervalsContainTheMeanAndAreReproducible() {
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            eps.add(ep("i" + i, "p", "generic", 1 + (i * 7 % 5), i % 3 != 0, i % 4));
        }
        Summary a = Summarizer.defaults(1).summarize("r", eps);
        Summary b = Summarizer.defaults(1).summarize("r", eps);
        Interval al = a.groups().get(0).alignment();
        assertThat(al.lo()).isLessThan(al.mean());
        assertThat(al.hi()).isGreaterThan(al.mean());
        assertThat(b.groups().get(0).alignment()).isEqualTo(al);
    }

    @Test
    void erroredEpisodesAreCountedButNotAveraged() {
        List<Episode> eps = new ArrayList<>();
        eps.add(ep("i1", "p", "generic", 4, true, 0));
        Episode bad = ep("i2", "p", "generic", 1, false, 9);
        eps.add(new Episode(bad.schema(), bad.key(), bad.task(), bad.item(), bad.persona(), bad.condition(), bad.agent(),
                1, "q", "1", List.of(), List.of(), null, new ErrorInfo("X", "boom"), null, null, 0, null, null, null, null));
        Summary s = Summarizer.defaults(0).summarize("r", eps);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.groups().get(0).errors()).isEqualTo(1);
        assertThat(s.groups().get(0).alignment().mean()).isEqualTo(4.0);
    }

    @Test
    void attributeSlicesReportViolations() {
        List<Episode> eps = List.of(ep("i1", "p", "generic", 5, true, 0), ep("i2", "p", "generic", 3, true, 0));
        Summary s = Summarizer.defaults(0).summarize("r", eps);
        assertThat(s.byAttribute()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("layout");
            assertThat(x.alignment()).isEqualTo(4.0);
            assertThat(x.violationRate()).isEqualTo(0.5);
        });
    }
}
