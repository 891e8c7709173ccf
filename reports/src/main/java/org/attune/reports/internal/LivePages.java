package org.attune.reports.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunInfo;

/**
 * Renders episode pages during a run: once every planned episode of an (item, persona) pair has
 * finished, the pair's pages are final (a page shows only its own pair) and are written into the
 * report's staging folder on a background pool, while the run waits on its model calls. A page
 * that fails to render is simply not recorded: the report writer renders it again at the end.
 */
public final class LivePages implements Prerendered {
    private final Path root;
    private final RunInfo info;
    private final Catalogs catalogs;
    private final Map<String, Integer> planned;
    private final Map<String, List<Episode>> waiting = new HashMap<>();
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private final ExecutorService pool;

    /**
     * @param runDir  the run directory; its staging folder is emptied first
     * @param planned episodes this process will run per pair key; pairs not named are left to the end
     */
    public LivePages(Path runDir, RunInfo info, Map<String, Integer> planned) {
        this.root = ReportWriter.staging(runDir);
        this.info = info;
        this.catalogs = Catalogs.builtin();
        this.planned = Map.copyOf(planned);
        ReportWriter.deleteTree(root);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "attune-report");
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes a finished episode (already in the journal); renders its pair when the pair is complete. */
    public void accept(Episode e) {
        String pair = e.pairKey();
        Integer expected = planned.get(pair);
        if (expected == null) {
            return;
        }
        List<Episode> group;
        synchronized (waiting) {
            List<Episode> got = waiting.computeIfAbsent(pair, k -> new ArrayList<>(expected));
            got.add(e);
            if (got.size() < expected) {
                return;
            }
            group = waiting.remove(pair);
        }
        pool.execute(() -> render(group));
    }

    private void render(List<Episode> group) {
        try {
            EpisodeIndex index = new EpisodeIndex(group);
            for (Episode e : index.episodes()) {
                EpisodePage.write(root, e, index, catalogs, info, false);
                written.put(e.key(), Prerendered.fingerprint(index.siblings(e)));
            }
        } catch (RuntimeException ex) {
            // not recorded: the report writer renders these pages again and reports what is wrong
        }
    }

    /** Waits for the pages queued so far. */
    public void finish() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // the last pairs are being rendered
            }
        } catch (InterruptedException ex) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public boolean current(String key, List<Episode> siblings) {
        Long fp = written.get(key);
        return fp != null && fp == Prerendered.fingerprint(siblings)
                && Files.isRegularFile(root.resolve(PageNames.path(key)));
    }

    @Override
    public Set<String> keys() {
        return Set.copyOf(written.keySet());
    }
}
