package org.attune.runners.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Learner;
import org.attune.api.Round;
import org.junit.jupiter.api.Test;

class LearnersTest {
    static final List<Round> STREAM = TagWorld.stream(40);

    static int total(List<Integer> costs) {
        return costs.stream().mapToInt(Integer::intValue).sum();
    }

    static int tail(List<Integer> costs) {
        return total(costs.subList(costs.size() - 10, costs.size()));
    }

    @Test
    void noneNeverLearnsAndOracleNeverPays() {
        List<Integer> none = TagWorld.play(Learners.create("none", TagWorld.kit(true)), STREAM);
        assertThat(none).allMatch(c -> c > 0);
        assertThat(TagWorld.play(Learners.create("oracle", TagWorld.kit(true)), STREAM)).allMatch(c -> c == 0);
    }

    @Test
    void cipherLearnsEachKindOfContextAndStopsPaying() {
        List<Integer> cipher1 = TagWorld.play(Learners.create("cipher-1", TagWorld.kit(true)), STREAM);
        List<Integer> cipher5 = TagWorld.play(Learners.create("cipher-5", TagWorld.kit(true)), STREAM);
        assertThat(cipher1.subList(2, 40)).allMatch(c -> c == 0);
        assertThat(tail(cipher5)).isZero();
        List<Integer> none = TagWorld.play(Learners.create("none", TagWorld.kit(true)), STREAM);
        assertThat(total(cipher5)).isLessThan(total(none) / 4);
    }

    @Test
    void continualConfusesKindsThatWantConflictingValues() {
        // the last edits alternate between the kinds, so the layout it believes is always the wrong kind's
        List<Integer> continual = TagWorld.play(Learners.create("continual-1", TagWorld.kit(true)), STREAM);
        assertThat(continual.subList(1, 40)).allMatch(c -> c > 0);
        List<Integer> cipher = TagWorld.play(Learners.create("cipher-1", TagWorld.kit(true)), STREAM);
        assertThat(total(cipher)).isLessThan(total(continual));
    }

    @Test
    void inContextLearnerReadsExamplesOfflineAndPassesThemToAModel() {
        Learner offline = Learners.create("icl-edit-3", TagWorld.kit(true));
        assertThat(tail(TagWorld.play(offline, STREAM))).isZero();
        Learner model = Learners.create("icl-edit-3", TagWorld.kit(false));
        List<Integer> costs = TagWorld.play(model, STREAM);
        assertThat(tail(costs)).isZero();
        Attempt a = model.attempt(STREAM.get(0));
        assertThat(a.belief()).as("a model shown examples states no belief").isNull();
    }

    @Test
    void cipherBeliefIsWhatTheRetrievedEditsRevealed() {
        Learner cipher = Learners.create("cipher-5", TagWorld.kit(true));
        Round first = STREAM.get(0);
        Attempt a = cipher.attempt(first);
        assertThat(a.belief()).isEqualTo(InferredPreferences.NONE);
        cipher.learn(first, a, TagWorld.edit(first, a.response()));
        Attempt next = cipher.attempt(STREAM.get(2));
        assertThat(next.belief().values()).isEqualTo(Map.of("layout", "bullets", "emoji", "none"));
    }

    @Test
    void replayingTheLogRestoresTheState() {
        Learner original = Learners.create("cipher-5", TagWorld.kit(true));
        Learner replayed = Learners.create("cipher-5", TagWorld.kit(true));
        for (Round r : STREAM.subList(0, 15)) {
            Attempt a = original.attempt(r);
            String edited = TagWorld.edit(r, a.response());
            original.learn(r, a, edited);
            // what the journal keeps: the response, the belief as text, the edit
            replayed.learn(r, new Attempt(a.response(), InferredPreferences.parse(a.belief().format())), edited);
        }
        for (Round r : STREAM.subList(15, 20)) {
            assertThat(replayed.attempt(r)).isEqualTo(original.attempt(r));
        }
    }

    @Test
    void labelsAreValidatedWithOneProblemEach() {
        assertThat(Learners.problems(Learners.DEFAULT)).isEmpty();
        assertThat(Learners.problems(List.of("cipher-0", "telepathy", "none", "none", "icl-edit-51")))
                .hasSize(4)
                .anyMatch(p -> p.contains("\"telepathy\""))
                .anyMatch(p -> p.contains("given twice"));
        assertThat(Learners.problems(List.of())).hasSize(1);
        assertThatThrownBy(() -> Learners.create("cipher-x", TagWorld.kit(true)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
