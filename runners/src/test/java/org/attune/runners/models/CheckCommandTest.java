package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.LocalChatServer;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;

/** {@code attune check} against a healthy server, one whose judge gives no score, and one that refuses the key. */
class CheckCommandTest {
    record Outcome(int code, String out, String err) {
    }

    static Outcome check(LocalChatServer server, String... roles) {
        String spec = "openai-compatible:qwen3-8b@" + server.baseUrl();
        String[] args = new String[1 + 2 * roles.length];
        args[0] = "check";
        for (int i = 0; i < roles.length; i++) {
            args[1 + 2 * i] = "--" + roles[i];
            args[2 + 2 * i] = spec;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("OPENAI_API_KEY", "sk-check-secret-key-1234567890"));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void aHealthyServerPassesAndEveryRoleShowsItsRawReplyAndWhatWasRead() {
        try (LocalChatServer server = LocalChatServer.start(new RealReplies(), Duration.ZERO)) {
            Outcome o = check(server, "agent", "user", "judge", "editor");
            assertThat(o.code()).as(o.out() + o.err()).isZero();
            assertThat(o.out()).contains("== agent: ", "== user: ", "== judge: ", "== editor: ", "raw reply:",
                    "normalizations: ", "latency ", " ms, tokens ", "parsed: asks: Would you like bullet points",
                    "parsed: score 4", "every role's reply was read");
            assertThat(o.out().split("result: OK", -1)).hasSize(5);
            assertThat(server.requests()).isEqualTo(4);
        }
    }

    @Test
    void aJudgeWithoutScoresFailsTheCheckNamingTheJudge() {
        RealReplies replies = new RealReplies();
        replies.judgeScores = false;
        try (LocalChatServer server = LocalChatServer.start(replies, Duration.ZERO)) {
            Outcome o = check(server, "agent", "judge");
            assertThat(o.code()).isNotZero();
            assertThat(o.err()).contains("check failed for judge");
            assertThat(o.out()).contains("result: FAILED: judge gave no score 1-5 for encouragement");
        }
    }

    @Test
    void anUnknownModelFailsTheCheckNamingTheRoleAndTheProvidersMessage() {
        String body = "{\"error\": {\"message\": \"The model `qwen3-8b` does not exist or you do not have access to it.\","
                + " \"type\": \"invalid_request_error\", \"param\": null, \"code\": \"model_not_found\"}}";
        try (LocalChatServer server = LocalChatServer.start(r -> new ChatAnswer(404, null, body, null, Duration.ZERO),
                Duration.ZERO)) {
            Outcome o = check(server, "user");
            assertThat(o.code()).isNotZero();
            assertThat(o.err()).contains("check failed for user");
            assertThat(o.out()).contains("HTTP 404 (model_not_found): The model `qwen3-8b` does not exist");
        }
    }

    @Test
    void aRefusedKeyFailsEveryRoleWithTheProvidersMessageAndNeverTheKey() {
        String body = "{\"error\": {\"message\": \"Incorrect API key provided: sk-check-***********7890.\", \"type\":"
                + " \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}";
        try (LocalChatServer server = LocalChatServer.start(r -> new ChatAnswer(401, null, body, null, Duration.ZERO),
                Duration.ZERO)) {
            Outcome o = check(server, "agent", "editor");
            assertThat(o.code()).isNotZero();
            assertThat(o.err()).contains("check failed for agent, editor");
            assertThat(o.out()).contains("HTTP 401 (invalid_api_key): Incorrect API key provided");
            assertThat(o.out() + o.err()).doesNotContain("sk-check-secret-key-1234567890", "\tat ");
        }
    }
}
