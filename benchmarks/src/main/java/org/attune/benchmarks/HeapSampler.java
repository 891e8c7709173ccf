package org.attune.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the heap while a workload runs: the peak in use (sampled from {@link MemoryMXBean} every
 * 100 ms, and the heap pools' own peaks), and the live heap, measured after a full collection it
 * asks for every {@code liveEvery}. Young collections alone leave old garbage in the figure, so only
 * the live series tells whether memory stays flat.
 */
public final class HeapSampler {
    /** The live heap at one moment: seconds since the start, bytes in use after a full collection. */
    public record Live(double seconds, long bytes) {
    }

    /** What the sampler saw; bytes. */
    public record Figures(long peakUsed, long poolPeaks, long maxHeap, List<Live> live, double seconds) {
        /** The live samples taken before {@code seconds} (e.g. while episodes ran, before the summary). */
        public List<Live> before(double s) {
            return live.stream().filter(l -> l.seconds() <= s).toList();
        }

        public List<Live> after(double s) {
            return live.stream().filter(l -> l.seconds() > s).toList();
        }
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<Live> live = new ArrayList<>();
    private final long liveEveryNanos;
    private final Thread thread;
    private final long t0;
    private volatile boolean running = true;
    private volatile long peakUsed;

    private HeapSampler(Duration liveEvery) {
        this.liveEveryNanos = liveEvery.toNanos();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        this.t0 = System.nanoTime();
        measureLive();
        thread = new Thread(this::sample, "attune-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching; the first live sample is taken at once, after a full collection. */
    public static HeapSampler start(Duration liveEvery) {
        return new HeapSampler(liveEvery);
    }

    private void sample() {
        long nextLive = System.nanoTime() + liveEveryNanos;
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peakUsed) {
                peakUsed = used;
            }
            if (System.nanoTime() >= nextLive) {
                measureLive();
                nextLive += liveEveryNanos;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void measureLive() {
        long before = memory.getHeapMemoryUsage().getUsed();
        peakUsed = Math.max(peakUsed, before);
        System.gc(); // a full collection: what remains is what the program holds
        long bytes = memory.getHeapMemoryUsage().getUsed();
        synchronized (live) {
            live.add(new Live((System.nanoTime() - t0) / 1e9, bytes));
        }
    }

    /** Stops watching, takes a last live sample, and returns what was seen. */
    public Figures stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long pools = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                MemoryUsage u = p.getPeakUsage();
                pools += u == null ? 0 : u.getUsed();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        measureLive();
        synchronized (live) {
            return new Figures(peakUsed, pools, memory.getHeapMemoryUsage().getMax(), List.copyOf(live), seconds);
        }
    }
}
