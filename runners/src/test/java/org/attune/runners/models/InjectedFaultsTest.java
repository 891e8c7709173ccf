package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.runners.Fixtures;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.FaultInjector;
import org.attune.testkit.FaultInjector.Kind;
import org.attune.testkit.ScriptedResponder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fault the endurance benchmark injects is one the client recognises and recovers from by retrying. */
class InjectedFaultsTest {
    static FakeOpenAiServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final Map<Kind, String> SEEN_AS = Map.of(
            Kind.RATE_LIMITED_WITH_RETRY_AFTER, "rate-limited", Kind.RATE_LIMITED, "rate-limited",
            Kind.HTTP_500, "server", Kind.HTTP_502, "server", Kind.HTTP_503, "server",
            Kind.CONNECTION_RESET, "network", Kind.READ_TIMEOUT, "timeout", Kind.MALFORMED_JSON, "malformed",
            Kind.EMPTY_CONTENT, "empty", Kind.REFUSAL, "refused");

    @Test
    void eachInjectedFaultIsRetriedAndCountedUnderItsCause() {
        for (Kind k : Kind.values()) {
            server.reset();
            ModelComponents models = ModelFixtures.components(ModelFixtures.options(tmp.resolve("cache")).cache(false)
                    .timeout(Duration.ofMillis(400)).build());
            ChatAnswer fault = FaultInjector.fault(k);
            server.failNext("agent", k == Kind.READ_TIMEOUT ? fault.after(Duration.ofMillis(900)) : fault);
            String text = models.agent(server.spec()).act(new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.GENERIC,
                    null, null, List.of(), 0, true, "k")).text();
            assertThat(text).as(k.name()).isEqualTo(ScriptedResponder.RESPONSE);
            assertThat(models.stats().faults()).as(k.name()).containsExactly(Map.entry(SEEN_AS.get(k), 1L));
            assertThat(server.requests()).as(k.name()).isEqualTo(2);
        }
    }

    @Test
    void theShareOfInjectedFaultsFollowsTheSetting() {
        FaultInjector none = new FaultInjector(r -> ChatAnswer.content("ok"), 0.0, Duration.ZERO, Duration.ZERO, 1);
        FaultInjector tenth = new FaultInjector(r -> ChatAnswer.content("ok"), 0.1, Duration.ofMillis(30), Duration.ZERO, 1);
        for (int i = 1; i <= 5000; i++) {
            var req = new org.attune.testkit.ChatExchange(i, null, List.of(), null, "agent");
            assertThat(none.apply(req).content()).isEqualTo("ok");
            ChatAnswer a = tenth.apply(req);
            assertThat(a.delay()).isLessThanOrEqualTo(Duration.ofMillis(30));
        }
        assertThat(none.injectedTotal()).isZero();
        assertThat(tenth.injectedTotal()).isBetween(400L, 600L);
        assertThat(tenth.injected().values()).allSatisfy(n -> assertThat(n).isPositive()); // every kind occurs
    }
}
