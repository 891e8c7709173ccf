package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.attune.api.Attribute;
import org.attune.api.Category;
import org.attune.api.CheckKind;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.Test;

/** PrefDisco priors come from the file's other problems, never the evaluated problem's own records. */
class ProblemPriorsTest {
    private static Attribute criterion(String id) {
        return new Attribute(id, id, "A criterion.", Category.CONTENT,
                java.util.Map.of(1, "not at all", 3, "somewhat", 5, "fully"), List.of(), List.of("all"),
                List.of("Should I " + id + "?"), CheckKind.JUDGE, List.of());
    }

    private final AttributeCatalog catalog = AttributeCatalog.of(List.of(criterion("pd-a"), criterion("pd-b"),
            criterion("pd-c"), criterion("pd-own")));
    private final List<HeldCriteria> records = List.of(
            new HeldCriteria("pd", "problem_0_persona_1", "problem_0", Set.of("pd-a", "pd-b")),
            new HeldCriteria("pd", "problem_0_persona_2", "problem_0", Set.of("pd-own")),
            new HeldCriteria("pd", "problem_1_persona_1", "problem_1", Set.of("pd-a", "pd-b")),
            new HeldCriteria("pd", "problem_1_persona_3", "problem_1", Set.of("pd-c")),
            new HeldCriteria("pd", "problem_2_persona_1", "problem_2", Set.of("pd-a")));

    @Test
    void priorsOfAProblemAreFittedOnTheOtherProblemsOnly() {
        ProblemPriors p = new ProblemPriors(catalog, records);
        assertThat(p.fittedFor("problem_0")).extracting(HeldCriteria::group)
                .containsExactly("problem_1", "problem_1", "problem_2");
        PopulationPriors priors = p.priors("problem_0");
        assertThat(priors.draws()).isEqualTo(3);
        assertThat(priors.attributes()).containsExactly("pd-a", "pd-b", "pd-c").doesNotContain("pd-own");
        assertThat(priors.prior(priors.indexOf("pd-a"))).isCloseTo(2.5 / 4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(priors.logLikelihoodRatio(priors.indexOf("pd-b"), priors.indexOf("pd-a"), "5")).isPositive();
    }

    @Test
    void anItemIsFoundByTaskAndId() {
        ProblemPriors p = new ProblemPriors(catalog, records);
        assertThat(p.find("pd", "problem_1_persona_3")).map(HeldCriteria::group).contains("problem_1");
        assertThat(p.find("other", "problem_1_persona_3")).isEmpty();
    }
}
