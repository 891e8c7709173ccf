package org.attune.runners.agents.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.Item;
import org.attune.api.Turn;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.util.Mappers;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.Test;

/** The attune.agent/v1 request as docs/agents.md lists it, and every way a reply can break the protocol. */
class AgentMessagesTest {
    private static final AttributeCatalog CATALOG = AttributeCatalog.builtin();

    private static JsonNode request(Condition c, List<Turn> turns, int left, boolean mustAnswer) {
        return AgentMessages.request("r-1", new AgentContext(Fixtures.TASK, Fixtures.ITEM, c,
                c == Condition.PERSONA ? Fixtures.persona() : null, c == Condition.ORACLE ? Fixtures.active() : null,
                turns, left, mustAnswer, "fixture-math|sum-1|fx1|" + c.id() + "|exec:a|0"), CATALOG);
    }

    @Test
    void aDiscoveryRequestCarriesTheDialogueAndNoPersonaOrPreferences() {
        JsonNode r = request(Condition.DISCOVERY, List.of(Turn.agent("Short or long?"),
                Turn.user("Short, please.", List.of())), 4, false);
        assertThat(r.fieldNames()).toIterable().containsExactly("protocol", "id", "episode", "condition", "budget",
                "questionsLeft", "fixedQuestions", "userEnded", "final", "question", "choices", "persona", "preferences",
                "turns");
        assertThat(r.get("protocol").asText()).isEqualTo("attune.agent/v1");
        assertThat(r.get("id").asText()).isEqualTo("r-1");
        assertThat(r.get("episode").asText()).isEqualTo("fixture-math|sum-1|fx1|discovery|exec:a|0");
        assertThat(r.get("condition").asText()).isEqualTo("discovery");
        assertThat(r.get("questionsLeft").asInt()).isEqualTo(4);
        assertThat(r.get("final").asBoolean()).isFalse();
        assertThat(r.get("userEnded").asBoolean()).isFalse();
        assertThat(r.get("budget").isNull()).isTrue();
        assertThat(r.get("fixedQuestions").isNull()).isTrue();
        assertThat(r.get("question").asText()).isEqualTo(Fixtures.ITEM.question());
        assertThat(r.get("choices").isNull()).isTrue();
        assertThat(r.get("persona").isNull()).isTrue();
        assertThat(r.get("preferences").isNull()).isTrue();
        assertThat(r.get("turns").toString())
                .isEqualTo("[{\"role\":\"agent\",\"text\":\"Short or long?\"},{\"role\":\"user\",\"text\":\"Short, please.\"}]");
    }

    @Test
    void theBudgetFixedQuestionsAndAnEndedDialogueAreSent() {
        AgentContext ended = new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null,
                List.of(Turn.agent("Colour?"), Turn.user("No idea. [STOP]", List.of())), 0, true, "k", true, null, 3, true);
        JsonNode r = AgentMessages.request("r-2", ended, CATALOG);
        assertThat(r.get("budget").asInt()).isEqualTo(3);
        assertThat(r.get("fixedQuestions").asInt()).isEqualTo(3);
        assertThat(r.get("userEnded").asBoolean()).isTrue();
        assertThat(r.get("final").asBoolean()).isTrue();
        AgentContext open = new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY, null, null, List.of(),
                2, false, "k", false, null, 2, false);
        JsonNode o = AgentMessages.request("r-3", open, CATALOG);
        assertThat(o.get("budget").asInt()).isEqualTo(2);
        assertThat(o.get("fixedQuestions").isNull()).isTrue();
        assertThat(o.get("userEnded").asBoolean()).isFalse();
    }

    @Test
    void oracleSendsTheActivePreferencesWithNamesAndDescriptions() {
        JsonNode prefs = request(Condition.ORACLE, List.of(), 0, true).get("preferences");
        assertThat(prefs).hasSize(3);
        JsonNode first = prefs.get(0);
        assertThat(first.get("attribute").asText()).isEqualTo("layout");
        assertThat(first.get("name").asText()).isEqualTo(CATALOG.get("layout").name());
        assertThat(first.get("description").asText()).isEqualTo(CATALOG.get("layout").description());
        assertThat(first.get("value").asText()).isEqualTo("bullets");
        assertThat(first.has("why")).isTrue();
        assertThat(first.get("why").isNull()).isTrue();
    }

    @Test
    void personaSendsTheProfileButNoPreferences() {
        JsonNode r = request(Condition.PERSONA, List.of(), 0, true);
        JsonNode p = r.get("persona");
        assertThat(p.get("name").asText()).isEqualTo("Fixture Person");
        assertThat(p.get("age").asInt()).isEqualTo(41);
        assertThat(p.get("expertise").toString()).isEqualTo("[\"baking\",\"cycling\"]");
        assertThat(p.get("bigFive").isObject()).isTrue();
        assertThat(p.has("preferences")).isFalse();
        assertThat(r.get("preferences").isNull()).isTrue();
        assertThat(r.get("final").asBoolean()).isTrue();
    }

    @Test
    void aChoiceItemSendsItsChoices() {
        Item mc = new Item("q", "Which?", List.of("red", "blue"), "A", List.of(), null, null, List.of());
        JsonNode r = AgentMessages.request("r", new AgentContext(Fixtures.TASK, mc, Condition.GENERIC, null, null,
                List.of(), 0, true, "k"), CATALOG);
        assertThat(r.get("choices").toString()).isEqualTo("[\"red\",\"blue\"]");
    }

    private static AgentAction read(String reply, boolean mustAnswer) throws Exception {
        return AgentMessages.reply("exec:a", "r-1", mustAnswer, Mappers.json().readTree(reply));
    }

    @Test
    void readsAsksAndAnswers() throws Exception {
        assertThat(read("{\"id\":\"r-1\",\"action\":\"ask\",\"text\":\"Short?\"}", false)).isEqualTo(AgentAction.ask("Short?"));
        assertThat(read("{\"id\":\"r-1\",\"action\":\"answer\",\"text\":\"7\"}", true)).isEqualTo(AgentAction.answer("7"));
    }

    @Test
    void aBrokenReplyIsAnErrorNamingTheRequestAndWhatIsWrong() {
        assertThatThrownBy(() -> read("{\"id\":\"r-1\",\"action\":\"ask\",\"text\":\"More?\"}", true))
                .isInstanceOf(AgentProtocolException.class)
                .hasMessage("exec:a: reply to request r-1: the request had \"final\": true, which requires "
                        + "\"action\": \"answer\", was \"ask\"");
        assertThatThrownBy(() -> read("{\"id\":\"r-1\",\"action\":\"reply\",\"text\":\"x\"}", false))
                .hasMessageContaining("\"action\" must be \"ask\" or \"answer\", was \"reply\"");
        assertThatThrownBy(() -> read("{\"id\":\"r-1\",\"text\":\"x\"}", false))
                .hasMessageContaining("\"action\" must be \"ask\" or \"answer\", was missing");
        assertThatThrownBy(() -> read("{\"id\":\"r-1\",\"action\":\"answer\",\"text\":7}", false))
                .hasMessageContaining("\"text\" must be a string");
        assertThatThrownBy(() -> read("[1,2]", false)).hasMessageContaining("not a JSON object: \"[1,2]\"");
    }

    @Test
    void aReplyOfMegabytesIsAnErrorThatSaysHowLongItWas() throws Exception {
        String huge = "y".repeat(10 << 20);
        assertThatThrownBy(() -> read("{\"id\":\"r-1\",\"action\":\"answer\",\"text\":\"" + huge + "\"}", true))
                .isInstanceOf(AgentProtocolException.class)
                .hasMessage("exec:a: reply to request r-1: \"text\" holds 10485760 characters, more than the 100000 a "
                        + "reply may hold");
        String longest = "y".repeat(100_000);
        assertThat(read("{\"id\":\"r-1\",\"action\":\"answer\",\"text\":\"" + longest + "\"}", true).text())
                .isEqualTo(longest);
    }
}
