package org.attune.runners.models.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attune.runners.models.Generation;
import org.attune.runners.models.ModelLedger;
import org.attune.runners.models.PriceTable;
import org.attune.runners.models.RetryPolicy;

/**
 * The one way roles call a model: cache lookup, then attempts (each under the server's connection
 * limit, see {@link JdkModelHttpClient}) with retries by {@link RetryPolicy}, then the cache write (successes only) and the usage and cost
 * of the call on the episode's ledger sheet.
 */
public final class ModelClient {
    /** The shared parts of every client of a run. */
    public record Shared(CallCache cache, RetryPolicy retry, ModelLedger ledger, PriceTable prices, CallStats stats) {
    }

    private final String name;
    private final Endpoint endpoint;
    private final ChatBackend backend;
    private final Generation generation;
    private final Shared shared;

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

    /** The reply text of a call, never blank; throws {@link ModelCallException} when it cannot get one. */
    public String chat(ChatCall call) {
        Double temperature = call.deterministic() ? Double.valueOf(0.0) : generation.temperature();
        String key = shared.cache() == null ? null : shared.cache().key(endpoint, temperature, generation.maxTokens(),
                generation.seed(), call, shared.ledger().epoch());
        ChatReply reply = key == null ? null : shared.cache().get(key);
        if (reply != null) {
            shared.stats().cacheHit();
        } else {
            reply = attempt(call, temperature, key == null ? call.messages().hashCode() : key.hashCode());
            if (key != null) {
                shared.cache().put(key, reply);
            }
        }
        double cost = shared.prices().cost(endpoint.provider().id(), endpoint.model(), reply.inputTokens(),
                reply.outputTokens());
        shared.ledger().usage(call.role(), reply.inputTokens(), reply.outputTokens(), cost);
        return reply.text();
    }

    private ChatReply attempt(ChatCall call, Double temperature, long callHash) {
        RetryPolicy policy = shared.retry();
        List<String> history = new ArrayList<>();
        int retries = 0;
        int rateRetries = 0;
        while (true) {
            Failure failure;
            try {
                shared.stats().request();
                ChatReply r = backend.send(call.messages(), temperature, generation.maxTokens());
                if (r.text() == null || r.text().isBlank()) {
                    throw new EmptyReplyException();
                }
                return r;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ModelCallException(name + " (" + call.role() + "): interrupted", null);
                }
                failure = Failure.classify(e);
            }
            history.add(failure.label());
            shared.stats().fault(failure.kind());
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

    private void sleep(Duration wait, ChatCall call) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(name + " (" + call.role() + "): interrupted", null);
        }
    }
}
