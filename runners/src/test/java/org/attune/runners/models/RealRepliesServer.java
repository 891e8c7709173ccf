package org.attune.runners.models;

import java.nio.file.Path;
import java.time.Duration;
import org.attune.testkit.LocalChatServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test's own local server answering every role in real models' shapes ({@link RealReplies}). */
abstract class RealRepliesServer {
    @TempDir
    Path tmp;

    RealReplies replies;
    LocalChatServer server;

    @BeforeEach
    void startServer() {
        replies = new RealReplies();
        server = LocalChatServer.start(replies, Duration.ZERO);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The spec that reaches the server, as a local vLLM serving Qwen3 would be named. */
    String spec() {
        return "openai-compatible:qwen3-8b@" + server.baseUrl();
    }
}
