package org.attune.runners.agents.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.util.Mappers;
import org.attune.runners.Fixtures;
import org.attune.runners.models.RetryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http: posts the request, retries what model calls retry, and errors at once on what they do not. */
class HttpAgentTest {
    /** Statuses the server answers with, in turn; when none is left it replies properly. */
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final List<JsonNode> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String body;
    private HttpServer server;
    private HttpAgent agent;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/agent", ex -> {
            JsonNode req = Mappers.json().readTree(ex.getRequestBody());
            received.add(req);
            Integer status = statuses.poll();
            String out = status != null ? "{\"error\": \"busy\"}" : body != null ? body
                    : "{\"id\": \"" + req.get("id").asText() + "\", \"action\": \"answer\", \"text\": \"seven\"}";
            byte[] b = out.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status != null ? status : 200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        RetryPolicy fast = new RetryPolicy(2, 2, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(5), 0);
        agent = new HttpAgent("http:t", "http://127.0.0.1:" + server.getAddress().getPort() + "/agent",
                java.net.http.HttpClient.newHttpClient(), new Semaphore(2), Duration.ofSeconds(30), fast,
                AttributeCatalog.builtin());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static AgentContext ctx() {
        return new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.GENERIC, null, null, List.of(), 0, true, "k");
    }

    @Test
    void postsTheRequestAndReadsTheReply() {
        assertThat(agent.act(ctx())).isEqualTo(AgentAction.answer("seven"));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).get("protocol").asText()).isEqualTo("attune.agent/v1");
        assertThat(received.get(0).get("episode").asText()).isEqualTo("k");
    }

    @Test
    void serverErrorsAndRateLimitsAreRetried() {
        statuses.addAll(List.of(503, 429));
        assertThat(agent.act(ctx())).isEqualTo(AgentAction.answer("seven"));
        assertThat(received).hasSize(3);
        // each attempt carries the same request id
        assertThat(received.stream().map(r -> r.get("id").asText()).distinct()).hasSize(1);
    }

    @Test
    void aClientErrorIsNotRetriedAndRetriesHaveTheirBudget() {
        statuses.add(400);
        assertThatThrownBy(() -> agent.act(ctx())).isInstanceOf(AgentProtocolException.class)
                .hasMessageContaining("http:t: request").hasMessageContaining("failed after 1 attempt(s) (HTTP 400)");
        assertThat(received).hasSize(1);
        statuses.addAll(List.of(500, 500, 500));
        assertThatThrownBy(() -> agent.act(ctx())).hasMessageContaining("failed after 3 attempt(s) (HTTP 500, HTTP 500, HTTP 500)");
    }

    @Test
    void aBodyThatIsNotAReplyErrorsTheEpisode() {
        body = "<html>Bad gateway</html>";
        assertThatThrownBy(() -> agent.act(ctx())).hasMessageContaining("the body is not JSON: \"<html>Bad gateway</html>\"");
        body = "{\"id\": \"someone-else\", \"action\": \"answer\", \"text\": \"x\"}";
        assertThatThrownBy(() -> agent.act(ctx())).hasMessageContaining("carries another \"id\"");
    }

    private HttpAgent agentAt(String path) {
        RetryPolicy fast = new RetryPolicy(2, 2, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(5), 0);
        ExternalAgents agents = new ExternalAgents(Path.of("."), Duration.ofSeconds(30), fast, 2, AttributeCatalog.builtin());
        return (HttpAgent) agents.agent("http:t", "http:http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static byte[] answer(com.sun.net.httpserver.HttpExchange ex) throws IOException {
        JsonNode req = Mappers.json().readTree(ex.getRequestBody());
        return ("{\"id\": \"" + req.get("id").asText() + "\", \"action\": \"answer\", \"text\": \"seven\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRedirectThatKeepsThePostIsFollowed() {
        // a proxy or framework moving the endpoint (/agent -> /agent/, http -> a new path) answers 307 or 308
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/agent");
            ex.sendResponseHeaders(307, -1);
            ex.close();
        });
        assertThat(agentAt("/moved").act(ctx())).isEqualTo(AgentAction.answer("seven"));
        assertThat(received).hasSize(1);
    }

    @Test
    void aCompressedBodyIsAnErrorThatSaysSoInsteadOfQuotingItsBytes() {
        server.createContext("/gzip", ex -> {
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(zipped)) {
                z.write(answer(ex));
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, zipped.size());
            ex.getResponseBody().write(zipped.toByteArray());
            ex.close();
        });
        assertThatThrownBy(() -> agentAt("/gzip").act(ctx())).isInstanceOf(AgentProtocolException.class)
                .hasMessageMatching("http:t: reply to request \\S+: the body is compressed \\(Content-Encoding: gzip\\), "
                        + "which the request did not ask for: send it uncompressed");
    }

    @Test
    void aConnectionClosedMidBodyIsRetriedAndSaidInWords() {
        server.createContext("/cut", ex -> {
            byte[] b = answer(ex);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b, 0, 10); // closed with the body short: the connection drops
            ex.close();
        });
        assertThatThrownBy(() -> agentAt("/cut").act(ctx())).isInstanceOf(AgentProtocolException.class)
                .hasMessageContaining("failed after 3 attempt(s) (network error, network error, network error)")
                .hasMessageContaining("the connection to http://127.0.0.1:" + server.getAddress().getPort()
                        + "/cut broke")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("cannot reach");
    }
}
