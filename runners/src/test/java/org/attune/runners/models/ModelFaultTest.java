package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.attune.api.Agent;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.runners.Fixtures;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ScriptedResponder;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunService;
import org.attune.runners.models.internal.CallStats;
import org.attune.runners.models.internal.Failure;
import org.attune.runners.models.internal.ModelCallException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults the fixture injects are retried within their budgets, counted, and reported; 4xx is not retried. */
class ModelFaultTest {
    static FakeOpenAiServer server;

    @TempDir
    Path tmp;

    ModelComponents models;
    Agent agent;

    @BeforeAll
    static void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        server.reset();
        models = ModelFixtures.components(ModelFixtures.options(tmp.resolve("cache")).cache(false)
                .timeout(Duration.ofMillis(400)).build());
        agent = models.agent(server.spec());
    }

    private String answer() {
        return agent.act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.GENERIC, null, null, List.of(), 0,
                true, "k")).text();
    }

    private CallStats stats() {
        return models.stats();
    }

    @Test
    void serverErrorsAreRetriedAndCounted() {
        server.failNext("agent", ChatAnswer.status(500), ChatAnswer.status(503));
        assertThat(answer()).isEqualTo(ScriptedResponder.RESPONSE);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(stats().faults(Failure.Kind.SERVER)).isEqualTo(2);
        assertThat(stats().failedCalls()).isZero();
    }

    @Test
    void aRateLimitWaitsWhatRetryAfterAsks() {
        server.failNext("agent", ChatAnswer.rateLimited("1"));
        long t0 = System.nanoTime();
        assertThat(answer()).isEqualTo(ScriptedResponder.RESPONSE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
        assertThat(stats().faults(Failure.Kind.RATE_LIMITED)).isEqualTo(1);
    }

    @Test
    void rateLimitsHaveTheirOwnBudget() {
        // 3 rate limits and 3 server errors: each within its own budget of 3, so the call succeeds
        server.failNext("agent", ChatAnswer.rateLimited("0"), ChatAnswer.status(500), ChatAnswer.rateLimited("0"),
                ChatAnswer.status(500), ChatAnswer.rateLimited("0"), ChatAnswer.status(502));
        assertThat(answer()).isEqualTo(ScriptedResponder.RESPONSE);
        assertThat(server.requests()).isEqualTo(7);
        assertThat(stats().faults()).containsEntry("rate-limited", 3L).containsEntry("server", 3L);
    }

    @Test
    void aSlowAnswerPastTheTimeoutIsRetried() {
        server.failNext("agent", FakeOpenAiServer.slow(Duration.ofMillis(1500)));
        assertThat(answer()).isEqualTo(ScriptedResponder.RESPONSE);
        assertThat(stats().faults(Failure.Kind.TIMEOUT)).isEqualTo(1);
    }

    @Test
    void malformedAndEmptyAnswersAreRetried() {
        server.failNext("agent", ChatAnswer.raw("{this is not json"), ChatAnswer.content(""),
                ChatAnswer.raw("{\"choices\": []}"));
        assertThat(answer()).isEqualTo(ScriptedResponder.RESPONSE);
        assertThat(stats().faults(Failure.Kind.EMPTY)).isEqualTo(1);
        assertThat(stats().faults(Failure.Kind.MALFORMED)).isEqualTo(2);
    }

    @Test
    void anAnswerWithNoTextBecauseTheTokenLimitCameFirstIsNotRetried() {
        // a reasoning model that spent max_tokens thinking: content empty, finish_reason length (as vLLM and
        // LM Studio send it); the same limit gives the same again, so retrying only costs calls
        String body = "{\"id\": \"c1\", \"object\": \"chat.completion\", \"created\": 1, \"model\": \"m\","
                + " \"choices\": [{\"index\": 0, \"finish_reason\": \"length\", \"message\": {\"role\": \"assistant\","
                + " \"content\": \"\", \"reasoning_content\": \"Let me work through the eggs first. 16 - 3 is\"}}],"
                + " \"usage\": {\"prompt_tokens\": 10, \"completion_tokens\": 64, \"total_tokens\": 74}}";
        server.failNext("agent", ChatAnswer.raw(body));
        ModelCallException e = catchThrowableOfType(ModelCallException.class, this::answer);
        assertThat(e.getMessage()).contains("token limit", "raise --max-tokens");
        assertThat(server.requests()).isEqualTo(1);
        assertThat(stats().faults(Failure.Kind.TOKEN_LIMIT)).isEqualTo(1);
        assertThat(stats().faults(Failure.Kind.EMPTY)).isZero();
        // an empty answer that did not hit the limit is still retried (malformedAndEmptyAnswersAreRetried)
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.failNext("agent", ChatAnswer.status(400));
        ModelCallException e = catchThrowableOfType(ModelCallException.class, this::answer);
        assertThat(e.getMessage()).contains("not retried", "HTTP 400");
        assertThat(server.requests()).isEqualTo(1);
        assertThat(stats().failedCalls()).isEqualTo(1);
    }

    @Test
    void theRetryBudgetIsBounded() {
        server.failNext("agent", ChatAnswer.status(500), ChatAnswer.status(500), ChatAnswer.status(500),
                ChatAnswer.status(500), ChatAnswer.status(500));
        ModelCallException e = catchThrowableOfType(ModelCallException.class, this::answer);
        assertThat(e.getMessage()).contains("gave up after 4 attempts", "HTTP 500, HTTP 500, HTTP 500, HTTP 500");
        assertThat(server.requests()).isEqualTo(1 + ModelFixtures.FAST.maxRetries());
    }

    @Test
    void anEpisodeThatStillFailsIsRecordedWithItsErrorAndTheRunGoesOn() throws Exception {
        server.failNext("agent", ChatAnswer.status(400));
        Path out = tmp.resolve("run");
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
        RunService.Result r = new RunService(Map.of()).run(ModelFixtures.request(server.spec(), out, List.of("generic"),
                3, 1, options), options, Progress.silent());
        assertThat(r.outcome().finished()).isEqualTo(3);
        assertThat(r.outcome().errors()).isEqualTo(1);
        List<Episode> failed = new RunDirectory(out).readEpisodes().stream().filter(Episode::failed).toList();
        assertThat(failed).singleElement().satisfies(e -> {
            assertThat(e.error().kind()).isEqualTo("ModelCallException");
            assertThat(e.error().message()).contains("HTTP 400");
        });
        assertThat(r.models().failedCalls()).isEqualTo(1);
        assertThat(r.summary().errors()).isEqualTo(1);
    }

    @Test
    void anOutOfRangeJudgeScoreGetsARepairTurnAndIsNotAnEpisodeError() {
        server.failNext("judge", ChatAnswer.content("{\"score\": 9, \"justification\": \"great\"}"));
        Path out = tmp.resolve("run");
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
        RunService.Result r = new RunService(Map.of()).run(ModelFixtures.request(server.spec(), out, List.of("generic"),
                2, 1, options), options, Progress.silent());
        assertThat(r.outcome().errors()).isZero();
        List<Episode> episodes = new RunDirectory(out).readEpisodes();
        assertThat(episodes).allSatisfy(e -> assertThat(e.scores().unscored()).isEmpty());
        assertThat(episodes).filteredOn(e -> !e.formatErrors().isEmpty()).singleElement().satisfies(e -> {
            assertThat(e.formatErrors()).singleElement().asString().startsWith("judge: no score 1-5");
            assertThat(e.normalizations().get("judge")).containsEntry("repair-turn", 1);
        });
    }

    @Test
    void faultsAreReportedInRunJson() throws Exception {
        server.failNext("judge", ChatAnswer.status(500));
        Path out = tmp.resolve("run");
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
        new RunService(Map.of()).run(ModelFixtures.request(server.spec(), out, List.of("generic"), 1, 1, options), options,
                Progress.silent());
        var counts = org.attune.personas.util.Mappers.json().readTree(out.resolve("run.json").toFile()).get("counts");
        assertThat(counts.get("modelFaults").asInt()).isEqualTo(1);
        assertThat(counts.get("modelFailedCalls").asInt()).isZero();
        assertThat(counts.get("errors").asInt()).isZero();
    }
}
