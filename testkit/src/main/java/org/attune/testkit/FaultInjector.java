package org.attune.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Wraps a responder of {@link LocalChatServer} with the faults real providers show: a share of the
 * requests (drawn per request from {@code seed} and the request number) gets one fault, chosen
 * evenly among {@link Kind}; every answer is delayed by a random extra latency up to {@code jitter}.
 */
public final class FaultInjector implements Function<ChatExchange, ChatAnswer> {
    /** The faults injected, each one a provider really produces. */
    public enum Kind {
        RATE_LIMITED_WITH_RETRY_AFTER, RATE_LIMITED, HTTP_500, HTTP_502, HTTP_503, CONNECTION_RESET, READ_TIMEOUT,
        MALFORMED_JSON, EMPTY_CONTENT, REFUSAL
    }

    private final Function<ChatExchange, ChatAnswer> inner;
    private final double share;
    private final Duration jitter;
    private final Duration timeoutDelay;
    private final long seed;
    private final Map<Kind, AtomicLong> injected = new EnumMap<>(Kind.class);

    /**
     * @param timeoutDelay how long a {@link Kind#READ_TIMEOUT} answer is held: longer than the client's timeout
     */
    public FaultInjector(Function<ChatExchange, ChatAnswer> inner, double share, Duration jitter, Duration timeoutDelay,
                         long seed) {
        this.inner = inner;
        this.share = share;
        this.jitter = jitter;
        this.timeoutDelay = timeoutDelay;
        this.seed = seed;
        for (Kind k : Kind.values()) {
            injected.put(k, new AtomicLong());
        }
    }

    @Override
    public ChatAnswer apply(ChatExchange req) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + req.number());
        Duration extra = jitter.isZero() ? Duration.ZERO : Duration.ofMillis(rng.nextLong(jitter.toMillis() + 1));
        if (rng.nextDouble() < share) {
            Kind k = Kind.values()[rng.nextInt(Kind.values().length)];
            injected.get(k).incrementAndGet();
            ChatAnswer f = fault(k);
            return f.after(f.delay().plus(extra).plus(k == Kind.READ_TIMEOUT ? timeoutDelay : Duration.ZERO));
        }
        ChatAnswer a = inner.apply(req);
        return a.after(a.delay().plus(extra));
    }

    /** Faults injected so far, by kind. */
    public Map<Kind, Long> injected() {
        Map<Kind, Long> out = new EnumMap<>(Kind.class);
        injected.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public long injectedTotal() {
        return injected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The answer that produces one fault (a {@link Kind#READ_TIMEOUT} is a normal answer held back). */
    public static ChatAnswer fault(Kind k) {
        return switch (k) {
            case RATE_LIMITED_WITH_RETRY_AFTER -> ChatAnswer.rateLimited("1");
            case RATE_LIMITED -> ChatAnswer.rateLimited(null);
            case HTTP_500 -> ChatAnswer.status(500);
            case HTTP_502 -> ChatAnswer.status(502);
            case HTTP_503 -> ChatAnswer.status(503);
            case CONNECTION_RESET -> ChatAnswer.dropConnection();
            case READ_TIMEOUT -> ChatAnswer.content("this answer comes too late");
            case MALFORMED_JSON -> ChatAnswer.raw("{\"id\": \"chatcmpl-cut\", \"choices\": [{\"message\": {\"content\": \"The ans");
            case EMPTY_CONTENT -> ChatAnswer.content("");
            case REFUSAL -> ChatAnswer.raw(refusal());
        };
    }

    /** A completion whose message carries a refusal and no content, as OpenAI sends for a declined request. */
    private static String refusal() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", "chatcmpl-refused").put("object", "chat.completion").put("created", 0).put("model", "local");
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").putNull("content").put("refusal", "I can't help with that.");
        o.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 6).put("total_tokens", 16);
        return o.toString();
    }
}
