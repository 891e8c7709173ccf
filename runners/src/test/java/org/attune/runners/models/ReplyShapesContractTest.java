package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.Turn;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import org.attune.personas.AttributeCatalog;
import org.attune.runners.Fixtures;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.LocalChatServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per role, every reply shape real models send goes through the real LangChain4j OpenAI client from a
 * local server, and the role reads the same content from each; reasoning arrives apart, also from the
 * {@code reasoning_content} and {@code reasoning} fields.
 */
class ReplyShapesContractTest {
    static final String ANSWER = "Ana has 3 + 4 = 7 apples.\n\nThe answer is 7.";
    static final String QUESTION = "Would you like bullet points or a paragraph?";
    static final String THINK = "The person may want it short.";

    static LocalChatServer server;
    static final AtomicReference<ChatAnswer> next = new AtomicReference<>();
    ModelComponents models;
    ModelLedger.Sheet sheet;

    @BeforeAll
    static void start() {
        server = LocalChatServer.start(r -> next.get(), Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        models = ModelFixtures.components(ModelFixtures.options(Path.of("unused")).cache(false).build());
    }

    private String spec() {
        return "openai-compatible:deepseek-r1@" + server.baseUrl();
    }

    /** Wraps a content in each shape; {@code reasoning} says whether the shape carries reasoning. */
    static Stream<Arguments> shapes(String content, boolean plainText) {
        Stream<Arguments> common = Stream.of(
                Arguments.of("plain", ChatAnswer.content(content), false),
                Arguments.of("think block", ChatAnswer.content("<think>\n" + THINK + "\n</think>\n\n" + content), true),
                Arguments.of("thinking block", ChatAnswer.content("<thinking>" + THINK + "</thinking>" + content), true),
                Arguments.of("lone closing tag", ChatAnswer.content(THINK + "\n</think>\n" + content), true),
                Arguments.of("harmony channels", ChatAnswer.content("<|channel|>analysis<|message|>" + THINK
                        + "<|end|><|start|>assistant<|channel|>final<|message|>" + content + "<|return|>"), true),
                Arguments.of("reasoning_content", RealReplies.withReasoning("reasoning_content", THINK, content), true),
                Arguments.of("reasoning field", RealReplies.withReasoning("reasoning", THINK, content), true),
                Arguments.of("json fence", ChatAnswer.content("```json\n" + content + "\n```"), false),
                Arguments.of("bare fence", ChatAnswer.content("```\n" + content + "\n```"), false));
        if (!plainText) {
            return common;
        }
        return Stream.concat(common, Stream.of(
                Arguments.of("preamble", ChatAnswer.content("Sure! Here's the revised response:\n\n" + content), false),
                Arguments.of("preamble and fence", ChatAnswer.content("Here is the revised response:\n```markdown\n"
                        + content + "\n```"), false),
                Arguments.of("action object", ChatAnswer.content("{\"action\": \"answer\", \"text\": "
                        + org.attune.personas.util.Mappers.json().valueToTree(content) + "}"), false)));
    }

    static Stream<Arguments> finalAnswers() {
        return shapes(ANSWER, true);
    }

    static Stream<Arguments> discoveryTurns() {
        return Stream.concat(shapes("{\"action\": \"ask\", \"text\": \"" + QUESTION + "\"}", false),
                Stream.of(Arguments.of("only the question", ChatAnswer.content(QUESTION), false),
                        Arguments.of("ASK: prefix", ChatAnswer.content("ASK: " + QUESTION), false)));
    }

    static Stream<Arguments> userReplies() {
        return Stream.concat(shapes("{\"thought\": \"they ask about layout\", \"reply\": \"Bullets, please.\","
                        + " \"targets\": [\"layout\"]}", false),
                Stream.of(Arguments.of("target by name", ChatAnswer.content("{\"thought\": \"layout\", \"reply\":"
                        + " \"Bullets, please.\", \"targets\": [\"Layout\"]}"), false)));
    }

    static Stream<Arguments> judgeReplies() {
        return Stream.concat(shapes("{\"score\": 4, \"justification\": \"Mostly fits.\"}", false), Stream.of(
                Arguments.of("bold label", ChatAnswer.content("**Score:** 4\n\n**Justification:** Mostly fits."), false),
                Arguments.of("label", ChatAnswer.content("Score: 4\nMostly fits the person."), false),
                Arguments.of("fraction", ChatAnswer.content("I'd give this a 4/5. It mostly fits."), false),
                Arguments.of("out of", ChatAnswer.content("Rating: 4 out of 5\n\nMostly fits."), false),
                Arguments.of("think then label", ChatAnswer.content("<think>\n" + THINK + "\n</think>\n**Score: 4**"),
                        true)));
    }

    static Stream<Arguments> editorReplies() {
        return finalAnswers();
    }

    private void check(ChatAnswer answer, boolean reasoning, String reasoningSeen) {
        next.set(answer);
        assertThat(reasoningSeen != null).as("reasoning kept apart").isEqualTo(reasoning);
        if (reasoning) {
            assertThat(reasoningSeen).isEqualTo(THINK);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalAnswers")
    void theAgentsFinalResponse(String shape, ChatAnswer answer, boolean reasoning) {
        next.set(answer);
        AgentAction a = models.agent(spec()).act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.GENERIC,
                null, null, List.of(), 0, true, "k"));
        assertThat(a.kind()).isEqualTo(AgentAction.Kind.ANSWER);
        assertThat(a.text()).isEqualTo(ANSWER);
        check(answer, reasoning, a.reasoning());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("discoveryTurns")
    void theAgentsDiscoveryTurn(String shape, ChatAnswer answer, boolean reasoning) {
        next.set(answer);
        try (ModelLedger.Sheet s = models.ledger().open(1)) {
            AgentAction a = models.agent(spec()).act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.DISCOVERY,
                    null, null, List.of(), 5, false, "k"));
            assertThat(a).isEqualTo(AgentAction.ask(QUESTION).withReasoning(a.reasoning()));
            check(answer, reasoning, a.reasoning());
            assertThat(s.formatErrors()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userReplies")
    void theUsersReply(String shape, ChatAnswer answer, boolean reasoning) {
        next.set(answer);
        try (ModelLedger.Sheet s = models.ledger().open(1)) {
            UserReply r = models.user(spec(), "passive").reply(new UserContext(Fixtures.persona(), Fixtures.active(),
                    List.of(Turn.agent(QUESTION)), "k"), QUESTION);
            assertThat(r.text()).isEqualTo("Bullets, please.");
            assertThat(r.matched()).extracting(m -> m.attribute()).containsExactly("layout");
            check(answer, reasoning, r.reasoning());
            assertThat(s.formatErrors()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judgeReplies")
    void theJudgesScore(String shape, ChatAnswer answer, boolean reasoning) {
        next.set(answer);
        try (ModelLedger.Sheet s = models.ledger().open(1)) {
            double score = models.rubricJudge(spec()).score(AttributeCatalog.builtin().get("encouragement"), "5",
                    Fixtures.persona(), ANSWER).score();
            assertThat(score).isEqualTo(4.0);
            assertThat(s.formatErrors()).isEmpty();
            assertThat(s.usage().get("judge").calls()).as("no repair turn needed").isEqualTo(1);
            if (reasoning) {
                assertThat(s.normalizations().get("judge")).containsAnyOf(java.util.Map.entry("reasoning", 1),
                        java.util.Map.entry("reasoning-field", 1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editorReplies")
    void theEditorsRevisionOfAnUnchangedResponseIsAcceptance(String shape, ChatAnswer answer, boolean reasoning) {
        next.set(answer);
        try (ModelLedger.Sheet s = models.ledger().open(1)) {
            String edited = models.editor(spec()).edit(ANSWER, Fixtures.active(), Fixtures.persona());
            assertThat(edited).isEqualTo(ANSWER);
            assertThat(s.normalizations().getOrDefault("editor", java.util.Map.of()).containsKey("reasoning-field")
                    || s.normalizations().getOrDefault("editor", java.util.Map.of()).containsKey("reasoning"))
                    .isEqualTo(reasoning);
        }
    }
}
