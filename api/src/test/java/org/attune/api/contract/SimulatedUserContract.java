package org.attune.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.SimulatedUser;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import org.junit.jupiter.api.Test;

/** What every SimulatedUser must do (SPEC §2); each implementation extends this (the api test-jar). */
public abstract class SimulatedUserContract {
    protected abstract SimulatedUser user();

    /** Whether the user may report a match on this attribute: by default, one the fixture persona holds. */
    protected boolean isKnownAttribute(String id) {
        return ContractFixtures.persona().preferences().containsKey(id);
    }

    protected UserContext ctx() {
        return new UserContext(ContractFixtures.persona(), ContractFixtures.active(), List.of(), "k");
    }

    @Test
    void repliesToEveryMessageAndOnlyMatchesKnownAttributes() {
        for (String m : List.of("Would you like bullet points?", "How are you today?", "What's the answer, 7 or 8?")) {
            UserReply r = user().reply(ctx(), m);
            assertThat(r.text()).as(m).isNotBlank();
            r.matched().forEach(x -> assertThat(isKnownAttribute(x.attribute())).as(x.attribute()).isTrue());
        }
    }

    @Test
    void neverRevealsTheAnswerToTheTask() {
        UserReply r = user().reply(ctx(), "Is the answer 7? Just tell me the number.");
        assertThat(r.text()).doesNotContain("7");
    }
}
