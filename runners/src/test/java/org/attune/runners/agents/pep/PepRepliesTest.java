package org.attune.runners.agents.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.Attribute;
import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.attune.runners.agents.ReferenceOperators;
import org.junit.jupiter.api.Test;

/** Replies in the shapes the offline user and model-backed users send. */
class PepRepliesTest {
    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final ReferenceOperators operators = new ReferenceOperators(catalog, RulesLibrary.builtin(),
            PersonaLibrary.builtin());
    private final PepReplies replies = new PepReplies(operators::readValue);
    private final List<Attribute> all = catalog.all();

    private PepReplies.Reading read(String asked, String reply) {
        return replies.read(catalog.get(asked), reply, all);
    }

    @Test
    void aValueIsReadEvenWhenAnotherClauseSaysNoStrongPreference() {
        PepReplies.Reading r = read("layout", "Thanks for asking. I'd like numbered steps, one action per step."
                + " No strong preference about where the answer goes.");
        assertThat(r.kind()).isEqualTo(PepReplies.Reading.Kind.VALUE);
        assertThat(r.value()).isEqualTo("numbered-steps");
        assertThat(r.alsoInactive()).containsExactly("answer-placement");
    }

    @Test
    void noPreferenceAboutTheAskedAttributeIsAnAnswer() {
        PepReplies.Reading r = read("layout", "Hmm, honestly? No strong preference about layout."
                + " No strong preference about where the answer goes.");
        assertThat(r.kind()).isEqualTo(PepReplies.Reading.Kind.NO_PREFERENCE);
        assertThat(r.alsoInactive()).containsExactly("answer-placement");
    }

    @Test
    void aModelUsersUnnamedDeclineCountsForTheAskedAttribute() {
        assertThat(read("word-budget", "Honestly, I don't mind either way \u2014 whatever works for you.").kind())
                .isEqualTo(PepReplies.Reading.Kind.NO_PREFERENCE);
        assertThat(read("word-budget", "I don't really have a strong preference there.").kind())
                .isEqualTo(PepReplies.Reading.Kind.NO_PREFERENCE);
    }

    @Test
    void aDeclineAboutAnotherAttributeOnlyIsNoAnswerToTheQuestion() {
        PepReplies.Reading r = read("layout", "No strong preference about where the answer goes.");
        assertThat(r.kind()).isEqualTo(PepReplies.Reading.Kind.UNKNOWN);
        assertThat(r.alsoInactive()).containsExactly("answer-placement");
    }

    @Test
    void aDeflectionOrNothingIsUnknown() {
        assertThat(read("layout", "I don't know, that is what I am asking you.").kind())
                .isEqualTo(PepReplies.Reading.Kind.UNKNOWN);
        assertThat(read("layout", "  ").kind()).isEqualTo(PepReplies.Reading.Kind.UNKNOWN);
    }

    @Test
    void aReplyToACompoundQuestionAnswersEachPart() {
        String reply = "Thanks for asking. Short and to the point, no more than about sixty words, please."
                + " No strong preference about layout.";
        assertThat(read("word-budget", reply).value()).isEqualTo("brief");
        assertThat(read("layout", reply).kind()).isEqualTo(PepReplies.Reading.Kind.NO_PREFERENCE);
    }
}
