package org.attune.runners.models.internal;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JDK HTTP clients a run talks to its servers with. A client for a plain {@code http://} server
 * gets a TLS context that is never used instead of the JDK's default one: building the default
 * (security providers, the trust store, ~350 TLS classes) took 0.5-0.7 s of a cold process's
 * start-up, on the critical path of a run against a local model server. Clients for {@code https://}
 * servers (and any other) keep the JDK's defaults. A plain-HTTP client also runs its response
 * handling on the thread that reads the socket instead of handing each step to a worker pool.
 */
public final class PlainHttpClients {
    private PlainHttpClients() {
    }

    /** An HTTP/1.1 client for a server at {@code baseUrl} with the given connect timeout. */
    public static HttpClient forUrl(String baseUrl, Duration connectTimeout) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout);
        if (plain(baseUrl)) {
            b.sslContext(NoTls.CONTEXT).sslParameters(new SSLParameters());
            // a reply is read into a string by the thread that receives it: no hand-over to a worker pool
            // per response (8% of a cold single-call run's CPU); only TLS work could block that thread
            b.executor(Runnable::run);
        }
        return b.build();
    }

    /** Whether a URL names a plain-HTTP server (no TLS ever needed: redirects are not followed). */
    static boolean plain(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("http://");
    }

    /** A TLS context that refuses every use; only ever given to clients of plain-HTTP servers. */
    static final class NoTls extends SSLContextSpi {
        static final SSLContext CONTEXT = new SSLContext(new NoTls(), null, "TLS") {
        };

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("TLS on a client made for a plain http:// server");
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
