package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests in flight to one server never exceed --max-connections, across all roles and episodes. */
class ConnectionLimitTest {
    @TempDir
    Path tmp;

    private int maxInFlight(int maxConnections, int episodeConcurrency, int personas) {
        try (FakeOpenAiServer server = FakeOpenAiServer.start(2, Duration.ofMillis(20))) {
            ModelOptions options = ModelFixtures.options(tmp.resolve("cache-" + maxConnections)).cache(false)
                    .maxConnections(maxConnections).build();
            // 3 items x personas x 2 conditions, 7 or 11 calls each
            String s = server.spec();
            var req = org.attune.runners.engine.RunConfigs.builder().suite("quick").tasks(List.of(ModelFixtures.tasks()))
                    .personas(List.of(String.valueOf(personas))).conditions(List.of("generic", "discovery"))
                    .agents(List.of(s)).user(s).judge(s).editor(s).limit(3).concurrency(episodeConcurrency)
                    .maxErrorRate(1.0).out(tmp.resolve("run-" + maxConnections)).models(options).build();
            RunService.Result r = new RunService(Map.of()).run(req, options, Progress.silent());
            assertThat(r.outcome().errors()).isZero();
            assertThat(server.requests()).isGreaterThanOrEqualTo(3 * personas * 8); // judge calls vary with the checkers
            return server.maxInFlight();
        }
    }

    @Test
    void inFlightRequestsStayWithinTheLimitAndReachIt() {
        assertThat(maxInFlight(3, 24, 8)).isEqualTo(3);
    }

    @Test
    void oneConnectionSerializesEveryRole() {
        assertThat(maxInFlight(1, 8, 2)).isEqualTo(1);
    }
}
