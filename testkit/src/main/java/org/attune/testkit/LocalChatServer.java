package org.attune.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local server speaking OpenAI chat completions on 127.0.0.1 (JDK {@link HttpServer}), for tests
 * and {@code attune bench}: each request is answered a fixed latency after it arrived, with what the
 * responder says.
 * It counts requests and the most that were in flight at once.
 */
public final class LocalChatServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool;
    private final Function<ChatExchange, ChatAnswer> responder;
    private final Duration latency;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong firstNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lastNanos = new java.util.concurrent.atomic.AtomicLong();

    static {
        // without it the JDK server's separate header and body writes meet delayed ACKs: ~40 ms per answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LocalChatServer(Function<ChatExchange, ChatAnswer> responder, Duration latency) throws IOException {
        this.responder = responder;
        this.latency = latency;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-chat-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /** Starts a server on a free loopback port. */
    public static LocalChatServer start(Function<ChatExchange, ChatAnswer> responder, Duration latency) {
        try {
            LocalChatServer s = new LocalChatServer(responder, latency);
            s.server.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the local chat server: " + e.getMessage(), e);
        }
    }

    /** The base URL to give a client, e.g. {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int requests() {
        return requests.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** {@link System#nanoTime()} when the first request arrived, and when the last answer went out (0 before). */
    public long firstRequestNanos() {
        return firstNanos.get();
    }

    public long lastAnswerNanos() {
        return lastNanos.get();
    }

    public void resetCounts() {
        requests.set(0);
        maxInFlight.set(inFlight.get());
    }

    private void handle(HttpExchange ex) throws IOException {
        long arrived = System.nanoTime();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        int number = requests.incrementAndGet();
        firstNanos.compareAndSet(0, System.nanoTime());
        boolean counted = true;
        try (ex) {
            byte[] in;
            try (InputStream is = ex.getRequestBody()) {
                in = is.readAllBytes();
            }
            if (!"POST".equals(ex.getRequestMethod()) || !ex.getRequestURI().getPath().endsWith("/chat/completions")) {
                send(ex, 404, "{\"error\":{\"message\":\"not found\"}}", null);
                return;
            }
            JsonNode body = Json.MAPPER.readTree(in);
            ChatExchange req = ChatExchange.of(number, body, ex.getRequestHeaders().getFirst("Authorization"));
            ChatAnswer a = responder.apply(req);
            // the latency counts from arrival, so the server's own work does not add to it
            sleep(latency.plus(a.delay()).minusNanos(System.nanoTime() - arrived));
            // no longer in flight once the answer goes out: the client may send its next request at once
            inFlight.decrementAndGet();
            counted = false;
            if (a.drops()) {
                // thrown out of the handler, so the server closes the connection and forgets it
                throw new IOException("connection dropped on purpose");
            }
            if (a.status() != 200 || a.rawBody() != null) {
                send(ex, a.status(), a.rawBody() == null ? "" : a.rawBody(), a.retryAfter());
            } else {
                send(ex, 200, completion(req, a.content()), null);
            }
        } catch (IOException e) {
            // the client went away (e.g. it timed out): rethrown, so the server drops the connection from its
            // books too (closing the exchange alone leaves it there, a leak over a long run)
            throw e;
        } catch (RuntimeException e) {
            // the request was not JSON: nothing to answer
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
            lastNanos.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }

    private static String completion(ChatExchange req, String content) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", "chatcmpl-local-" + req.number());
        o.put("object", "chat.completion");
        o.put("created", 0);
        o.put("model", req.body().path("model").asText("local"));
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        int out = words(content);
        o.putObject("usage").put("prompt_tokens", req.words()).put("completion_tokens", out)
                .put("total_tokens", req.words() + out);
        return o.toString();
    }

    private static void send(HttpExchange ex, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", retryAfter);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }
    }

    private static void sleep(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs of non-space characters: a cheap stand-in for a token count. */
    static int words(String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
