package org.attune.runners.models.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Clients of plain-HTTP servers skip the JDK's TLS set-up and still talk HTTP; others keep TLS. */
class PlainHttpClientsTest {
    @Test
    void aPlainHttpServerIsReachedWithoutTheDefaultTlsContext() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/ping", ex -> {
            byte[] body = "pong".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        java.util.concurrent.ExecutorService handlers = java.util.concurrent.Executors.newFixedThreadPool(8);
        server.setExecutor(handlers);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            HttpClient c = PlainHttpClients.forUrl(base, Duration.ofSeconds(5));
            assertSame(PlainHttpClients.NoTls.CONTEXT, c.sslContext());
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("pong", r.body());
            assertThrows(UnsupportedOperationException.class, () -> c.sslContext().createSSLEngine());
            assertTrue(c.executor().isPresent(), "responses are handled where they are read");
            // many callers at once over few connections still each get their own answer
            java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(32);
            try {
                java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    answers.add(callers.submit(() -> c.send(HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
                            HttpResponse.BodyHandlers.ofString()).body()));
                }
                for (java.util.concurrent.Future<String> a : answers) {
                    assertEquals("pong", a.get(30, java.util.concurrent.TimeUnit.SECONDS));
                }
            } finally {
                callers.shutdownNow();
            }
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }

    @Test
    void httpsServersKeepTheJdkDefaults() throws Exception {
        HttpClient c = PlainHttpClients.forUrl("https://api.example.invalid/v1", Duration.ofSeconds(5));
        assertSame(SSLContext.getDefault(), c.sslContext());
        assertTrue(c.executor().isEmpty(), "TLS work stays on the JDK's worker pool");
        assertNotSame(PlainHttpClients.NoTls.CONTEXT, PlainHttpClients.forUrl("HTTPS://x.invalid", Duration.ofSeconds(1)).sslContext());
    }
}
