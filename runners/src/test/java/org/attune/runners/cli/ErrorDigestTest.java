package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.junit.jupiter.api.Test;

/** The line a run stopped for errors prints names the error most errored episodes ended with. */
class ErrorDigestTest {
    private static Episode episode(String key, String kind, String message) throws Exception {
        String error = kind == null ? "null"
                : RunDirectory.mapper().writeValueAsString(java.util.Map.of("kind", kind, "message", message));
        return RunDirectory.mapper().readValue("{\"key\":\"" + key + "\",\"error\":" + error + "}", Episode.class);
    }

    @Test
    void namesTheMostCommonErrorAndHowManyOfTheErroredEndedWithIt() throws Exception {
        List<Episode> run = List.of(episode("a", null, null), episode("b", "http", "503 Service Unavailable"),
                episode("c", "agent", "cannot start /nonexistent/bin"), episode("d", "agent",
                        "cannot start   /nonexistent/bin\n"), episode("e", null, null));
        assertThat(ErrorDigest.of(run)).isEqualTo("; 2 of the 3 ended with: cannot start /nonexistent/bin");
    }

    @Test
    void saysEveryOneWhenAllShareTheErrorAndNothingWithoutErrors() throws Exception {
        assertThat(ErrorDigest.of(List.of(episode("a", "http", "401 Unauthorized"), episode("b", "http", "401 Unauthorized"))))
                .isEqualTo("; every one ended with: 401 Unauthorized");
        assertThat(ErrorDigest.of(List.of(episode("a", null, null)))).isEmpty();
        assertThat(ErrorDigest.of(List.of())).isEmpty();
    }

    @Test
    void aLongMessageIsCutSoTheLineStaysReadable() throws Exception {
        String digest = ErrorDigest.of(List.of(episode("a", "agent", "x".repeat(5000))));
        assertThat(digest).endsWith("...").hasSizeLessThan(360);
    }

    @Test
    void errorsThatDifferOnlyInTheAgentRequestIdCountAsOne() throws Exception {
        // an agent that hangs times every request out: each message names its own request id
        List<Episode> run = List.of(
                episode("a", "agent", "exec:a: no reply to request 3f9c2a1b-1 within 5 s (--timeout)"),
                episode("b", "agent", "exec:a: no reply to request 3f9c2a1b-17 within 5 s (--timeout)"),
                episode("c", "agent", "exec:a: the agent process ended with exit code 3"));
        assertThat(ErrorDigest.of(run)).isEqualTo("; 2 of the 3 ended with: exec:a: no reply to request 3f9c2a1b-1 within"
                + " 5 s (--timeout)");
    }
}
