package org.attune.runners.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a workload runs: the peak in use (sampled from {@link MemoryMXBean} every
 * 100 ms, and the heap pools' own peaks), and the heap still in use after each collection, whose
 * trend from the first to the last quarter of the run shows whether memory stays flat.
 */
public final class HeapSampler implements AutoCloseable {
    /** What the sampler saw; bytes. {@code afterGcFirstQuarter} and {@code afterGcLastQuarter} are means. */
    public record Figures(long peakUsed, long poolPeaks, long maxHeap, int collections, long afterGcMax,
                          long afterGcFirstQuarter, long afterGcLastQuarter, double seconds) {
    }

    private record AfterGc(long nanos, long bytes) {
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<AfterGc> afterGc = new ArrayList<>();
    private final Set<String> heapPools = new HashSet<>();
    private final NotificationListener listener = this::onGc;
    private final Thread thread;
    private final long t0 = System.nanoTime();
    private volatile boolean running = true;
    private volatile long peakUsed;

    private HeapSampler() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heapPools.add(p.getName());
                p.resetPeakUsage();
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
            }
        }
        thread = new Thread(this::sample, "attune-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching (after a full collection, so earlier garbage does not count). */
    public static HeapSampler start() {
        System.gc();
        return new HeapSampler();
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        long before = 0;
        long after = 0;
        for (var e : info.getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                before += e.getValue().getUsed();
            }
        }
        for (var e : info.getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                after += e.getValue().getUsed();
            }
        }
        peakUsed = Math.max(peakUsed, before);
        synchronized (afterGc) {
            afterGc.add(new AfterGc(System.nanoTime(), after));
        }
    }

    /** Stops watching and returns what was seen. */
    public Figures stop() {
        running = false;
        thread.interrupt();
        long end = System.nanoTime();
        long pools = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                MemoryUsage u = p.getPeakUsage();
                pools += u == null ? 0 : u.getUsed();
            }
        }
        List<AfterGc> gcs;
        synchronized (afterGc) {
            gcs = List.copyOf(afterGc);
        }
        long span = Math.max(1, end - t0);
        long max = gcs.stream().mapToLong(AfterGc::bytes).max().orElse(0);
        long first = mean(gcs, g -> g.nanos() - t0 < span / 4);
        long last = mean(gcs, g -> g.nanos() - t0 >= span * 3 / 4);
        close();
        return new Figures(Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed()), pools,
                memory.getHeapMemoryUsage().getMax(), gcs.size(), max, first, last, span / 1e9);
    }

    private static long mean(List<AfterGc> gcs, java.util.function.Predicate<AfterGc> in) {
        return Math.round(gcs.stream().filter(in).mapToLong(AfterGc::bytes).average().orElse(0));
    }

    @Override
    public void close() {
        running = false;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // already removed
                }
            }
        }
    }
}
