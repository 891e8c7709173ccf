package org.attune.runners.models;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How failed model calls are retried. Server errors, timeouts, broken and empty answers share
 * {@code maxRetries}; 429s have their own {@code maxRateLimitRetries} and wait what Retry-After
 * asks (at most {@code maxRetryAfter}), else back off like the rest. A deterministic failure (400,
 * 401, 403, 404, 422, ...) is never retried. Backoff is exponential from {@code baseDelay}, capped at
 * {@code maxDelay}, with a jitter in [50%, 100%) drawn from {@code seed}, the call and the attempt.
 */
public record RetryPolicy(int maxRetries, int maxRateLimitRetries, Duration baseDelay, Duration maxDelay,
                          Duration maxRetryAfter, long seed) {

    public RetryPolicy {
        if (maxRetries < 0 || maxRateLimitRetries < 0) {
            throw new IllegalArgumentException("retry budgets must be 0 or more");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(4, 8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2), 0);
    }

    /** The defaults with another budget for server errors, timeouts and broken answers ({@code --max-retries}). */
    public static RetryPolicy withMaxRetries(int n) {
        if (n < 0 || n > 20) {
            throw new org.attune.personas.InvalidInputException("--max-retries: must be 0-20, was " + n);
        }
        RetryPolicy d = defaults();
        return new RetryPolicy(n, d.maxRateLimitRetries, d.baseDelay, d.maxDelay, d.maxRetryAfter, d.seed);
    }

    public RetryPolicy withSeed(long s) {
        return new RetryPolicy(maxRetries, maxRateLimitRetries, baseDelay, maxDelay, maxRetryAfter, s);
    }

    /** The wait before retry number {@code retry} (1-based) of the call identified by {@code callHash}. */
    public Duration backoff(int retry, long callHash) {
        double full = baseDelay.toMillis() * Math.pow(2, Math.max(0, retry - 1));
        double capped = Math.min(full, maxDelay.toMillis());
        double jitter = 0.5 + 0.5 * new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ callHash * 31 + retry).nextDouble();
        return Duration.ofMillis(Math.round(capped * jitter));
    }

    /** The wait a 429 asked for, capped; null means "back off as usual". */
    public Duration honour(Duration retryAfter) {
        if (retryAfter == null) {
            return null;
        }
        return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }
}
