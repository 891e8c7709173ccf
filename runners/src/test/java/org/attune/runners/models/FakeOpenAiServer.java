package org.attune.runners.models;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ChatExchange;
import org.attune.testkit.LocalChatServer;
import org.attune.testkit.ScriptedResponder;

/**
 * The test fixture: a local OpenAI-compatible server on 127.0.0.1 that answers each attune role
 * from a script (told apart by the system prompt), can be told to fail the next requests of a role
 * (429 with Retry-After, 500, slow, malformed, empty), and records every request it received.
 */
final class FakeOpenAiServer implements AutoCloseable {
    static final String SLOW_CONTENT = "too late";

    private final LocalChatServer server;
    private final ScriptedResponder script;
    private final Map<String, Function<ChatExchange, ChatAnswer>> overrides = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<ChatExchange> received = new ArrayList<>();

    private record Fault(String role, ChatAnswer answer) {
    }

    private FakeOpenAiServer(int questions, Duration latency) {
        this.script = new ScriptedResponder(questions);
        this.server = LocalChatServer.start(this::answer, latency);
    }

    /** A server whose scripted agent asks two questions in discovery. */
    static FakeOpenAiServer start() {
        return new FakeOpenAiServer(2, Duration.ZERO);
    }

    static FakeOpenAiServer start(int questions, Duration latency) {
        return new FakeOpenAiServer(questions, latency);
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** The component spec that reaches this server. */
    String spec() {
        return "openai-compatible:fixture-model@" + baseUrl();
    }

    /** Answers the next requests of {@code role} (null: any role) with these, in order, then the script again. */
    synchronized void failNext(String role, ChatAnswer... answers) {
        for (ChatAnswer a : answers) {
            faults.add(new Fault(role, a));
        }
    }

    void script(String role, Function<ChatExchange, ChatAnswer> answer) {
        overrides.put(role, answer);
    }

    static ChatAnswer slow(Duration delay) {
        return ChatAnswer.content(SLOW_CONTENT).after(delay);
    }

    private ChatAnswer answer(ChatExchange req) {
        synchronized (this) {
            received.add(req);
            for (Fault f : faults) {
                if (f.role() == null || f.role().equals(req.role())) {
                    faults.remove(f);
                    return f.answer();
                }
            }
        }
        Function<ChatExchange, ChatAnswer> o = req.role() == null ? null : overrides.get(req.role());
        return o != null ? o.apply(req) : script.apply(req);
    }

    int requests() {
        return server.requests();
    }

    int maxInFlight() {
        return server.maxInFlight();
    }

    synchronized List<ChatExchange> received() {
        return List.copyOf(received);
    }

    synchronized Map<String, Integer> requestsByRole() {
        Map<String, Integer> out = new TreeMap<>();
        received.forEach(r -> out.merge(String.valueOf(r.role()), 1, Integer::sum));
        return out;
    }

    synchronized void reset() {
        received.clear();
        faults.clear();
        server.resetCounts();
    }

    @Override
    public void close() {
        server.close();
    }
}
