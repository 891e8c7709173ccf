package org.attune.runners.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.attune.runners.models.RetryPolicy;
import org.junit.jupiter.api.Test;

class RetryTest {
    final RetryPolicy policy = new RetryPolicy(4, 8, Duration.ofMillis(1000), Duration.ofMillis(5000),
            Duration.ofSeconds(60), 42);

    @Test
    void backoffDoublesUpToTheCapWithJitterBetweenHalfAndAll() {
        long[] full = {1000, 2000, 4000, 5000, 5000};
        for (int retry = 1; retry <= 5; retry++) {
            for (long call = 0; call < 50; call++) {
                long ms = policy.backoff(retry, call).toMillis();
                assertThat(ms).as("retry %d", retry).isBetween(full[retry - 1] / 2, full[retry - 1]);
            }
        }
    }

    @Test
    void jitterIsSeededByTheRunTheCallAndTheAttempt() {
        assertThat(policy.backoff(2, 7)).isEqualTo(policy.backoff(2, 7));
        assertThat(policy.withSeed(43).backoff(2, 7)).isNotEqualTo(policy.backoff(2, 7));
        assertThat(policy.backoff(2, 8)).isNotEqualTo(policy.backoff(2, 7));
    }

    @Test
    void retryAfterIsHonouredUpToItsCap() {
        assertThat(policy.honour(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.honour(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.honour(null)).isNull();
    }

    @Test
    void retryAfterHeaderReadsSecondsAndDates() {
        assertThat(JdkModelHttpClient.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(JdkModelHttpClient.retryAfter("0.5")).isEqualTo(Duration.ofMillis(500));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(10));
        assertThat(JdkModelHttpClient.retryAfter(inTenSeconds).toSeconds()).isBetween(8L, 10L);
        assertThat(JdkModelHttpClient.retryAfter("soon")).isNull();
        assertThat(JdkModelHttpClient.retryAfter("-3")).isNull();
        assertThat(JdkModelHttpClient.retryAfter(null)).isNull();
    }

    @Test
    void failuresAreClassifiedByStatusAndCause() {
        assertThat(Failure.classify(new HttpStatusException(429, Duration.ofSeconds(1), "")).kind())
                .isEqualTo(Failure.Kind.RATE_LIMITED);
        assertThat(Failure.classify(new RuntimeException(new HttpStatusException(503, null, "busy"))).kind())
                .isEqualTo(Failure.Kind.SERVER);
        for (int status : new int[] {400, 401, 403, 404, 422}) {
            Failure f = Failure.classify(new HttpStatusException(status, null, ""));
            assertThat(f.retryable()).as("HTTP %d", status).isFalse();
        }
        assertThat(Failure.classify(new CallTimeoutException(Duration.ofSeconds(1))).kind()).isEqualTo(Failure.Kind.TIMEOUT);
        assertThat(Failure.classify(new java.io.UncheckedIOException(new java.net.ConnectException("refused"))).kind())
                .isEqualTo(Failure.Kind.NETWORK);
        assertThat(Failure.classify(new IllegalStateException("unexpected token")).kind()).isEqualTo(Failure.Kind.MALFORMED);
    }
}
