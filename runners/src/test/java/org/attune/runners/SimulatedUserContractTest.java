package org.attune.runners;

import org.attune.api.SimulatedUser;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.personas.AttributeCatalog;
import org.junit.jupiter.api.Test;

/** What every SimulatedUser must do (SPEC §2); each implementation extends this. */
public abstract class SimulatedUserContractTest {
    protected abstract SimulatedUser user();

    protected UserContext ctx() {
        return new UserContext(Fixtures.persona(), Fixtures.active(), List.of(), "k");
    }

    @Test
    void repliesToEveryMessageAndOnlyMatchesKnownAttributes() {
        for (String m : List.of("Would you like bullet points?", "How are you today?", "What's the answer, 7 or 8?")) {
            UserReply r = user().reply(ctx(), m);
            assertThat(r.text()).as(m).isNotBlank();
            r.matched().forEach(x -> assertThat(AttributeCatalog.builtin().find(x.attribute())).as(x.attribute()).isPresent());
        }
    }

    @Test
    void neverRevealsTheAnswerToTheTask() {
        UserReply r = user().reply(ctx(), "Is the answer 7? Just tell me the number.");
        assertThat(r.text()).doesNotContain("7");
    }
}
