package org.attune.runners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessExitTest {
    private static List<Thread> selectors() {
        return Thread.getAllStackTraces().keySet().stream().filter(ProcessExit::isHttpSelector).toList();
    }

    @Test
    void theHttpClientsSelectorThreadsAreEndedBeforeTheExit() {
        HttpClient client = HttpClient.newHttpClient(); // its selector thread starts with it and waits in native code
        assertThat(selectors()).isNotEmpty().allMatch(Thread::isAlive);

        ProcessExit.releaseHttpSelectors();

        assertThat(selectors()).isEmpty();
        assertThat(client).isNotNull();
    }

    @Test
    void otherThreadsAreLeftAlone() throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "HttpClient-worker-lookalike");
        worker.setDaemon(true);
        worker.start();
        try {
            ProcessExit.releaseHttpSelectors();
            assertThat(worker.isAlive()).isTrue();
            assertThat(worker.isInterrupted()).isFalse();
        } finally {
            worker.interrupt();
            worker.join();
        }
    }
}
