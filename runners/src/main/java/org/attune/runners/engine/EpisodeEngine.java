package org.attune.runners.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.runners.models.ProviderRefusedException;

/**
 * Runs planned episodes on a bounded thread pool and appends each finished episode to the
 * journal at once. Episodes whose key is already journaled are skipped (resume). When the share of
 * errored episodes passes {@code maxErrorRate} (after a minimum sample), no new episode starts; the
 * share is checked once more at the end over every episode, for runs of any size. A journal that
 * cannot be written (a full disk) stops the run once: no new episode starts and the failure is
 * rethrown after the episodes in flight are done. When a provider refuses the configuration no new
 * episode starts either, and the refusal is thrown once the episodes in flight are done.
 */
public final class EpisodeEngine {
    /** Minimum finished episodes before the error rate can stop a run. */
    static final int MIN_FOR_ERROR_RATE = 20;

    /**
     * @param stoppedForErrors the error share passed the maximum, while running or at the end
     */
    public record Outcome(int planned, int skipped, int finished, int errors, boolean stoppedForErrors) {
        /** Episodes of the plan that are still missing from the journal. */
        public int missing() {
            return planned - skipped - finished;
        }

        /**
         * This outcome, stopped for errors if {@code errored / episodes} passes the maximum: over the episodes one
         * process ran, and once more over the whole journal, so a resume counts the episodes that errored before it.
         */
        public Outcome checkErrorRate(int episodes, int errored, double maxErrorRate) {
            boolean over = episodes > 0 && errored / (double) episodes > maxErrorRate;
            return over && !stoppedForErrors ? new Outcome(planned, skipped, finished, errors, true) : this;
        }
    }

    private final EpisodeRunner runner;
    private final int concurrency;
    private final double maxErrorRate;
    private final Progress progress;
    private final StopSignal signal;

    public EpisodeEngine(EpisodeRunner runner, int concurrency, double maxErrorRate, Progress progress,
                         StopSignal signal) {
        this.runner = runner;
        this.concurrency = Math.max(1, concurrency);
        this.maxErrorRate = maxErrorRate;
        this.progress = progress;
        this.signal = signal;
    }

    public Outcome run(List<EpisodeSpec> plan, Set<String> done, EpisodeJournal journal) {
        return run(plan, done, journal, e -> { });
    }

    /** @param finished told of each episode once it is in the journal (on the episode's thread) */
    public Outcome run(List<EpisodeSpec> plan, Set<String> done, EpisodeJournal journal, Consumer<Episode> finished) {
        List<EpisodeSpec> todo = plan.stream().filter(s -> !done.contains(s.key())).toList();
        AtomicInteger count = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> writeFailure =
                new java.util.concurrent.atomic.AtomicReference<>();
        AtomicReference<ProviderRefusedException> fatal = new AtomicReference<>();
        progress.start(todo.size());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "attune-episode");
            t.setDaemon(true);
            return t;
        });
        try {
            for (EpisodeSpec spec : todo) {
                pool.execute(() -> {
                    if (stop.get() || signal.requested() || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    Episode e;
                    try {
                        e = runner.run(spec);
                    } catch (ProviderRefusedException refused) {
                        fatal.compareAndSet(null, refused);
                        stop.set(true);
                        return;
                    }
                    try {
                        journal.append(e);
                        finished.accept(e);
                    } catch (org.attune.evaluator.WriteFailedException | java.io.UncheckedIOException failure) {
                        writeFailure.compareAndSet(null, failure); // the first says it all: stop once
                        stop.set(true);
                        return;
                    }
                    int f = count.incrementAndGet();
                    int err = e.failed() ? errors.incrementAndGet() : errors.get();
                    progress.step(f, err);
                    if (f >= MIN_FOR_ERROR_RATE && err / (double) f > maxErrorRate) {
                        stop.set(true);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the last episodes
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            progress.finish();
        }
        if (writeFailure.get() != null) {
            throw writeFailure.get(); // RunFolder.stopped says what to do with it
        }
        if (fatal.get() != null) {
            throw fatal.get();
        }
        return new Outcome(plan.size(), plan.size() - todo.size(), count.get(), errors.get(), stop.get())
                .checkErrorRate(count.get(), errors.get(), maxErrorRate);
    }
}
