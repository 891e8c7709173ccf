package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attune.api.Match;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The matcher's API behaviour on messages that are not in the labeled set. */
class EmbeddingAttributeMatcherTest {
    private static EmbeddingAttributeMatcher matcher;

    @BeforeAll
    static void create() {
        matcher = EmbeddingAttributeMatcher.create(AttributeCatalog.builtin());
    }

    @Test
    void oneMessageMayTargetSeveralAttributes() {
        MatchResult r = matcher.match("How many words should the reply have? And is it fine to use emoji?");

        assertThat(r.kind()).isEqualTo(MatchResult.Kind.ATTRIBUTES);
        assertThat(r.attributeIds()).containsExactlyInAnyOrder("word-budget", "emoji");
        assertThat(r.matches()).extracting(Match::similarity)
                .allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(matcher.threshold()))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aSingleQuestionTargetsOneAttribute() {
        MatchResult r = matcher.match("Would you like me to put the key words in bold?");

        assertThat(r.kind()).isEqualTo(MatchResult.Kind.ATTRIBUTES);
        assertThat(r.attributeIds()).containsExactly("emphasis");
    }

    @Test
    void framingIsNotAQuestionAboutWhereTheAnswerGoes() {
        assertThat(matcher.match("Before I answer, would you like a few emoji in the reply?").attributeIds())
                .containsExactly("emoji");
        assertThat(matcher.match("Great question! Before I answer, how much encouragement would you like?").attributeIds())
                .containsExactly("encouragement");
        assertThat(matcher.match("Great question! Before I answer:").kind()).isEqualTo(MatchResult.Kind.OFF_TOPIC);
        assertThat(matcher.match("Do you want the answer first or at the end?").attributeIds()).containsExactly("answer-placement");
    }

    @Test
    void aLexicalCueOutweighsATopicalNeighbour() {
        // "technical terms" draws the embedding to jargon; the glossary is the definitions line
        assertThat(matcher.match("Would it help if I added a glossary for the technical terms?").attributeIds())
                .containsExactly("key-terms");
        assertThat(matcher.match("Should I stay away from technical terms?").attributeIds()).containsExactly("jargon");
    }

    @Test
    void everyCueBelongsToACatalogAttribute() {
        assertThat(AttributeCatalog.builtin().all().stream().map(org.attune.api.Attribute::id).toList())
                .containsAll(QuestionCues.load().attributeIds());
    }

    @Test
    void aQuestionAboutTheTaskIsTaskContent() {
        assertThat(matcher.match("Which answer do you think is the right one here?"))
                .isEqualTo(new MatchResult(MatchResult.Kind.TASK_CONTENT, List.of()));
        assertThat(matcher.match("Is it 17?").kind()).isEqualTo(MatchResult.Kind.TASK_CONTENT);
    }

    @Test
    void smallTalkAndEmptyMessagesAreOffTopic() {
        assertThat(matcher.match("Did you sleep well last night?"))
                .isEqualTo(new MatchResult(MatchResult.Kind.OFF_TOPIC, List.of()));
        assertThat(matcher.match("   ").kind()).isEqualTo(MatchResult.Kind.OFF_TOPIC);
        assertThat(matcher.match(null).kind()).isEqualTo(MatchResult.Kind.OFF_TOPIC);
    }

    @Test
    void usesTheStoredDefaultThreshold() {
        assertThat(matcher.threshold()).isEqualTo(EmbeddingAttributeMatcher.DEFAULT_THRESHOLD);
        assertThat(EmbeddingAttributeMatcher.create(AttributeCatalog.builtin(), 0.99)
                .match("Would you like me to put the key words in bold?").kind())
                .isEqualTo(MatchResult.Kind.OFF_TOPIC);
    }

    @Test
    void isDeterministicAcrossThreadsAndMatchers() throws Exception {
        List<String> messages = List.of(
                "Should I number the steps?",
                "Do you want a joke or two, and should I add a short recap?",
                "What's the final answer?",
                "How was your holiday?",
                "Can I assume you know calculus already?",
                "Would a sketch of the situation, described in words, help?");
        List<MatchResult> sequential = messages.stream().map(matcher::match).toList();
        EmbeddingAttributeMatcher other = EmbeddingAttributeMatcher.create(AttributeCatalog.builtin());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MatchResult>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String m : messages) {
                    EmbeddingAttributeMatcher which = round % 2 == 0 ? matcher : other;
                    futures.add(pool.submit(() -> which.match(m)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % messages.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
