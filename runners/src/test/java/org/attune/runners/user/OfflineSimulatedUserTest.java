package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.Match;
import org.attune.api.SimulatedUser;
import org.attune.api.Turn;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import org.attune.api.contract.SimulatedUserContract;
import org.attune.personas.AttributeCatalog;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.Test;

class OfflineSimulatedUserTest extends SimulatedUserContract {
    /** A matcher scripted by keyword, so this test is about the user, not the embeddings. */
    static MatchResult scripted(String message) {
        String m = message.toLowerCase();
        if (m.contains("answer")) {
            return new MatchResult(MatchResult.Kind.TASK_CONTENT, List.of());
        }
        List<Match> out = new java.util.ArrayList<>();
        if (m.contains("bullet")) {
            out.add(new Match("layout", 0.8));
        }
        if (m.contains("joke")) {
            out.add(new Match("humor", 0.7));
        }
        if (m.contains("emoji")) {
            out.add(new Match("emoji", 0.7));
        }
        return new MatchResult(out.isEmpty() ? MatchResult.Kind.OFF_TOPIC : MatchResult.Kind.ATTRIBUTES, out);
    }

    private final AttributeCatalog catalog = AttributeCatalog.builtin();

    @Override
    protected SimulatedUser user() {
        return new OfflineSimulatedUser(catalog, OfflineSimulatedUserTest::scripted, false);
    }

    @Test
    void statesTheValueOfAnActiveAttribute() {
        UserReply r = user().reply(ctx(), "Do you like bullet points?");
        assertThat(r.text()).containsIgnoringCase(catalog.get("layout").describe("bullets"));
        assertThat(r.matched()).extracting(Match::attribute).containsExactly("layout");
    }

    @Test
    void hasNoStrongPreferenceOnInactiveAttributesEvenIfThePersonaHoldsOne() {
        // emoji is among the persona's preferences but not active for this item
        UserReply r = user().reply(ctx(), "Any emoji?");
        assertThat(r.text()).contains("No strong preference").doesNotContain(catalog.get("emoji").describe("none"));
    }

    @Test
    void answersSeveralAttributesInOneMessage() {
        UserReply r = user().reply(ctx(), "Bullet points, and a joke or two?");
        assertThat(r.text()).containsIgnoringCase(catalog.get("layout").describe("bullets")).contains("No strong preference about humor");
        assertThat(r.matched()).hasSize(2);
    }

    @Test
    void deflectsTaskQuestions() {
        assertThat(user().reply(ctx(), "What is the answer?").text()).isEqualTo(OfflineSimulatedUser.TASK_REPLY);
    }

    @Test
    void passiveNeverVolunteersButCollaborativeDoes() {
        assertThat(user().reply(ctx(), "How are you?").text()).doesNotContain(catalog.get("word-budget").describe("brief"));
        SimulatedUser collab = new OfflineSimulatedUser(catalog, OfflineSimulatedUserTest::scripted, true);
        UserReply r = collab.reply(new UserContext(Fixtures.persona(), Fixtures.active(),
                List.of(Turn.agent("Bullets?"), Turn.user("x", List.of(new Match("layout", 0.9)))), "k"), "How are you?");
        assertThat(r.text()).contains(catalog.get("word-budget").describe("brief"));
    }

    @Test
    void collaborativeKeepsVolunteeringOneNewPreferenceEachTurnUntilAllAreSaid() {
        SimulatedUser collab = new OfflineSimulatedUser(catalog, OfflineSimulatedUserTest::scripted, true);
        List<Turn> transcript = new java.util.ArrayList<>();
        java.util.Set<String> said = new java.util.LinkedHashSet<>();
        for (int turn = 0; turn < Fixtures.active().items().size() + 2; turn++) {
            UserReply r = collab.reply(new UserContext(Fixtures.persona(), Fixtures.active(), transcript, "k"), "How are you?");
            long volunteered = Fixtures.active().items().stream()
                    .filter(p -> r.text().contains(catalog.get(p.attribute()).describe(p.value()))).count();
            long fresh = Fixtures.active().items().stream()
                    .filter(p -> r.text().contains(catalog.get(p.attribute()).describe(p.value())) && said.add(p.attribute())).count();
            assertThat(volunteered).as("turn %d: %s", turn, r.text()).isLessThanOrEqualTo(1);
            assertThat(fresh).as("turn %d volunteers a new preference while some are unsaid", turn)
                    .isEqualTo(turn < Fixtures.active().items().size() ? 1 : 0);
            transcript.add(Turn.agent("How are you?"));
            transcript.add(Turn.user(r.text(), r.matched()));
        }
        assertThat(said).hasSize(Fixtures.active().items().size());
    }
}
