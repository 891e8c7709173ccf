package org.attune.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.api.ActivePreferences;
import org.attune.api.Editor;
import org.junit.jupiter.api.Test;

/** What every Editor must do (SPEC §3, edit cost): return the text the person would keep; each implementation extends this. */
public abstract class EditorContract {
    protected abstract Editor editor();

    static final String RESPONSE = "Ana starts with 3 apples. She buys 4 more, so she has 3 + 4 = 7 apples. The answer is 7.";

    @Test
    void returnsTextForEveryPreferenceSet() {
        for (ActivePreferences prefs : List.of(ContractFixtures.active(), new ActivePreferences(List.of()))) {
            String edited = editor().edit(RESPONSE, prefs, ContractFixtures.persona());
            assertThat(edited).as(prefs.attributeIds().toString()).isNotBlank();
        }
    }

    @Test
    void isDeterministic() {
        assertThat(editor().edit(RESPONSE, ContractFixtures.active(), ContractFixtures.persona()))
                .isEqualTo(editor().edit(RESPONSE, ContractFixtures.active(), ContractFixtures.persona()));
    }
}
