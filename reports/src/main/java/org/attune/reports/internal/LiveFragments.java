package org.attune.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeFigures;

/**
 * Prepares episode page data during a run, while it waits on its model calls: once every planned
 * episode of an (item, persona) pair has finished, the pair's page data is final (a page shows only
 * its pair), so it is gathered and serialized ({@link EpisodeViewJson}: the view JSON, its Markdown
 * rendered) on a background thread and kept in memory. The report keeps one only when the journal's
 * episode and its pair are exactly what it was made from; any other is made again at the end. Only
 * runs of up to {@link #MAX_EPISODES} are prepared this way (larger runs are not waiting on anything,
 * and their page data would not fit in memory).
 */
public final class LiveFragments {
    public static final int MAX_EPISODES = 5000;

    private record Rendered(long episode, long pair, String json) {
    }

    private final Catalogs catalogs = Catalogs.builtin();
    private final Map<String, Integer> planned;
    private final Map<String, List<Episode>> waiting = new HashMap<>();
    private final Map<String, Rendered> done = new ConcurrentHashMap<>();
    private final ExecutorService pool;

    /** @param planned episodes this process will run per pair key; pairs not named are left to the end */
    public LiveFragments(Map<String, Integer> planned) {
        int total = planned.values().stream().mapToInt(Integer::intValue).sum();
        this.planned = total <= MAX_EPISODES ? Map.copyOf(planned) : Map.of();
        this.pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attune-report");
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes a finished episode (already in the journal); prepares its pair when the pair is complete. */
    public void accept(Episode e) {
        Integer expected = planned.get(e.pairKey());
        if (expected == null) {
            return;
        }
        List<Episode> group;
        synchronized (waiting) {
            List<Episode> got = waiting.computeIfAbsent(e.pairKey(), k -> new ArrayList<>(expected));
            got.add(e);
            if (got.size() < expected) {
                return;
            }
            group = waiting.remove(e.pairKey());
        }
        pool.execute(() -> render(group));
    }

    private void render(List<Episode> group) {
        try {
            UnaryOperator<Episode> figures = EpisodeFigures.view();
            EpisodeIndex slim = new EpisodeIndex(group.stream().map(figures).toList());
            EpisodeIndex full = new EpisodeIndex(group);
            long pair = fingerprint(slim.episodes());
            for (Episode e : full.episodes()) {
                done.put(e.key(), new Rendered(fingerprint(List.of(e)), pair,
                        EpisodeViewJson.of(EpisodePage.view(e, slim, catalogs))));
            }
        } catch (RuntimeException ex) {
            // not kept: the report makes this page data again at the end and reports what is wrong
        }
    }

    /** Waits for the page data queued so far. */
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

    /**
     * The view JSON made for {@code full} when it and its pair ({@code siblings}, as the report holds
     * them, in page order) are exactly what it was made from; else null.
     */
    String view(Episode full, List<Episode> siblings) {
        Rendered r = done.get(full.key());
        return r != null && r.episode() == fingerprint(List.of(full)) && r.pair() == fingerprint(siblings) ? r.json()
                : null;
    }

    /** Episodes hash by value (records), so one read back from the journal hashes like the one the engine wrote. */
    static long fingerprint(List<Episode> episodes) {
        long h = episodes.size();
        for (Episode s : episodes) {
            h = h * 0x9E3779B97F4A7C15L + s.hashCode();
            h ^= h >>> 29;
        }
        return h;
    }
}
