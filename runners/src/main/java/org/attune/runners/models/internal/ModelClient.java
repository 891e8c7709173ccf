package org.attune.runners.models.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.attune.runners.models.CallTrace;
import org.attune.runners.models.Generation;
import org.attune.runners.models.ModelLedger;
import org.attune.runners.models.PriceTable;
import org.attune.runners.models.ProviderRefusedException;
import org.attune.runners.models.RetryPolicy;

/**
 * The one way roles call a model: cache lookup, then attempts (each under the server's connection
 * limit, see {@link JdkModelHttpClient}; the first request to the endpoint alone, see
 * {@link FirstCallGate}) with retries by {@link RetryPolicy}, then the reply normalized for its role
 * and parsed by it, the cache write (only replies that parsed), and the usage and cost of the call on
 * the episode's ledger sheet (an answer from the cache costs nothing and counts as saved).
 */
public final class ModelClient {
    /** The shared parts of every client of a run; {@code tracer} hears every call (null: nobody). */
    public record Shared(CallCache cache, RetryPolicy retry, ModelLedger ledger, PriceTable prices, CallStats stats,
                         Consumer<CallTrace> tracer) {
    }

    /** A reply after normalization and what its role read from it; {@code value} is null when it could not. */
    public record Parsed<T>(T value, NormalizedReply reply) {
        public boolean ok() {
            return value != null;
        }
    }

    private final String name;
    private final Endpoint endpoint;
    private final ChatBackend backend;
    private final Generation generation;
    private final Shared shared;
    private final FirstCallGate gate = new FirstCallGate();

    public ModelClient(Endpoint endpoint, ChatBackend backend, Generation generation, Shared shared) {
        this.name = endpoint.provider().id() + ":" + endpoint.model();
        this.endpoint = endpoint;
        this.backend = backend;
        this.generation = generation;
        this.shared = shared;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public ModelLedger ledger() {
        return shared.ledger();
    }

    /** The text of a plain-text call after normalization, never blank. */
    public String chat(ChatCall call) {
        return ask(call, ReplyShape.TEXT, NormalizedReply::text).value();
    }

    /**
     * One call: the reply normalized as {@code shape}, then read by {@code parse} (null: the role
     * could not read it, so it is not cached). Throws {@link ModelCallException} when no reply comes,
     * {@link ProviderRefusedException} when the endpoint refuses the configuration.
     */
    public <T> Parsed<T> ask(ChatCall call, ReplyShape shape, Function<NormalizedReply, T> parse) {
        long t0 = System.nanoTime();
        Double temperature = call.deterministic() ? Double.valueOf(0.0) : generation.temperature();
        String key = shared.cache() == null ? null : shared.cache().key(endpoint, temperature, generation.maxTokens(),
                generation.seed(), call, shared.ledger().epoch());
        ChatReply cached = key == null ? null : shared.cache().get(key);
        if (cached != null) {
            Parsed<T> p = read(cached, shape, parse);
            if (p.ok()) { // an entry that does not parse (written before only parsed replies were kept) is asked again
                shared.stats().cacheHit();
                record(call, cached, shape, p, t0, true);
                return p;
            }
        }
        ChatReply reply = attempt(call, temperature, key == null ? call.messages().hashCode() : key.hashCode());
        Parsed<T> p = read(reply, shape, parse);
        if (key != null && p.ok()) {
            shared.cache().put(key, reply);
        }
        record(call, reply, shape, p, t0, false);
        return p;
    }

    private static <T> Parsed<T> read(ChatReply reply, ReplyShape shape, Function<NormalizedReply, T> parse) {
        NormalizedReply n = ReplyNormalizer.normalize(reply, shape);
        return new Parsed<>(n.text().isBlank() ? null : parse.apply(n), n);
    }

    private void record(ChatCall call, ChatReply reply, ReplyShape shape, Parsed<?> p, long t0, boolean cached) {
        PriceTable prices = shared.prices();
        String provider = endpoint.provider().id();
        double cost = prices.cost(provider, endpoint.model(), reply.inputTokens(), reply.outputTokens());
        shared.ledger().usage(call.role(), reply.inputTokens(), reply.outputTokens(), cached ? 0 : cost,
                prices.priced(provider, endpoint.model()), cached ? cost : 0);
        shared.ledger().normalized(call.role(), p.reply().applied());
        if (reply.cut() && shape == ReplyShape.TEXT && p.ok()) { // a JSON reply cut short is judged by whether it parsed
            shared.ledger().formatError(call.role(), "the reply stopped at the token limit (finish_reason length);"
                    + " kept and scored as it is, but it may be missing its end: raise --max-tokens");
        }
        if (shared.tracer() != null) {
            NormalizedReply n = p.reply();
            shared.tracer().accept(new CallTrace(call.role(), n.raw(), n.text(), n.reasoning(), n.applied(), p.ok(),
                    (System.nanoTime() - t0) / 1_000_000, reply.inputTokens(), reply.outputTokens(), cached));
        }
    }

    private ChatReply attempt(ChatCall call, Double temperature, long callHash) {
        RetryPolicy policy = shared.retry();
        List<String> history = new ArrayList<>();
        int retries = 0;
        int rateRetries = 0;
        while (true) {
            Attempt a = send(call, temperature);
            if (a.failure() == null) {
                return a.reply();
            }
            Failure failure = a.failure();
            history.add(failure.label());
            shared.stats().fault(failure, endpoint.key().scrub(name + " (" + call.role() + ") at "
                    + endpoint.displayUrl() + ": " + failure.message()));
            Duration wait;
            if (failure.kind() == Failure.Kind.RATE_LIMITED && rateRetries < policy.maxRateLimitRetries()) {
                rateRetries++;
                Duration asked = policy.honour(failure.retryAfter());
                wait = asked != null ? asked : policy.backoff(rateRetries, callHash);
            } else if (failure.retryable() && failure.kind() != Failure.Kind.RATE_LIMITED
                    && retries < policy.maxRetries()) {
                retries++;
                wait = policy.backoff(retries, callHash);
            } else {
                shared.stats().failedCall();
                throw ModelCallException.gaveUp(name + " (" + call.role() + ")", failure, history, endpoint.key());
            }
            sleep(wait, call);
        }
    }

    /** One attempt's result: a reply, or why there was none. */
    private record Attempt(ChatReply reply, Failure failure) {
    }

    /** One attempt, the first to this endpoint alone; a refusal of the configuration is thrown, to every caller. */
    /** A reply that echoes the key (a proxy repeating the request's headers) holds [redacted] in its place from here on. */
    private ChatReply withoutKey(ChatReply r) {
        String text = endpoint.key().scrub(r.text());
        String reasoning = endpoint.key().scrub(r.reasoning());
        return text == r.text() && reasoning == r.reasoning() ? r
                : new ChatReply(text, r.inputTokens(), r.outputTokens(), reasoning, r.cut());
    }

    private Attempt send(ChatCall call, Double temperature) {
        boolean first;
        try {
            first = gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(name + " (" + call.role() + "): interrupted", null);
        }
        ChatReply reply = null;
        Failure failure = null;
        try {
            shared.stats().request();
            reply = withoutKey(backend.send(call.messages(), temperature, generation.maxTokens()));
            if (reply.text() == null || reply.text().isBlank()) {
                throw new EmptyReplyException(reply.cut());
            }
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ModelCallException(name + " (" + call.role() + "): interrupted", null);
            }
            failure = Failure.classify(e);
        } finally {
            if (first && (failure == null || failure.kind() != Failure.Kind.CONFIGURATION)) {
                gate.settle();
            }
        }
        if (failure != null && failure.kind() == Failure.Kind.CONFIGURATION) {
            shared.stats().fault(failure.kind());
            shared.stats().failedCall();
            ProviderRefusedException refused = refusal(call, failure);
            gate.refuse(refused);
            throw refused;
        }
        return new Attempt(reply, failure);
    }

    private ProviderRefusedException refusal(ChatCall call, Failure f) {
        return new ProviderRefusedException(endpoint.key().scrub(call.role() + ": " + endpoint.provider().id()
                + " model \"" + endpoint.model() + "\" at " + endpoint.displayUrl() + " refused the request: "
                + f.message() + " (a " + f.label() + " is not retried: every call would get the same; check the key,"
                + " the model name and the base URL)"));
    }

    private void sleep(Duration wait, ChatCall call) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(name + " (" + call.role() + "): interrupted", null);
        }
    }
}
