package org.attune.runners;

import java.util.concurrent.TimeUnit;

/**
 * What the process does just before it exits. On JDK 17 the exit waits up to 300 ms for any thread
 * that is inside native code to come out of it, and the JDK HTTP client's selector thread always is
 * (it waits in epoll): a run against a model server paid a third of a second at its very end. The
 * selector's loop ends when its thread is interrupted, so the HTTP clients' selector threads are
 * interrupted and given a moment to finish before the exit.
 */
final class ProcessExit {
    private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private ProcessExit() {
    }

    /** Interrupts the HTTP clients' selector threads and waits (briefly) for them to end. */
    static void releaseHttpSelectors() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        long deadline = System.nanoTime() + WAIT_NANOS;
        java.util.List<Thread> selectors = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (isHttpSelector(threads[i])) {
                threads[i].interrupt();
                selectors.add(threads[i]);
            }
        }
        try {
            for (Thread t : selectors) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The JDK HTTP client names its selector thread {@code HttpClient-<n>-SelectorManager}. */
    static boolean isHttpSelector(Thread t) {
        String name = t.getName();
        return t.isDaemon() && name.startsWith("HttpClient-") && name.endsWith("-SelectorManager");
    }
}
