package org.attune.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.attune.evaluator.Episode;

/**
 * The episodes of a report as data shards that {@code episode.html} draws from, so a report grows
 * by about a kilobyte per episode and by one file per {@link #SHARD} episodes rather than one page
 * each. {@code data/pages-N.js} holds the HTML fragments of a run of consecutive episodes in page
 * order (an item and persona's episodes side by side, so their shared text compresses away) as
 * gzip-compressed JSON in base64, which the browser unpacks with its DecompressionStream;
 * {@code data/where-P.js} maps the hashes that start with P to their shard. Script files, because
 * a page opened from disk may load scripts but not read files.
 */
final class EpisodeShards {
    /** Episodes per shard: a shard is cut at the first new item and persona after this many. */
    static final int SHARD = 120;
    private static final String DATA = "data/";

    private EpisodeShards() {
    }

    /**
     * Hex digits of the hash that name its {@code where} file: at most about a thousand hashes a file.
     */
    static int prefixDigits(int episodes) {
        int d = 1;
        while (episodes > 1000L << (4 * d) && d < PageNames.HASH_CHARS) {
            d++;
        }
        return d;
    }

    /**
     * Writes the shards of every episode in {@code index} under {@code root}, each episode read in
     * full from {@code journal} (or taken from the index when the journal has no line for it).
     *
     * @return the digits of the hash that name the {@code where} files
     */
    static int write(Path root, EpisodeIndex index, JournalLines journal, Catalogs catalogs) {
        List<List<Episode>> shards = cut(index.episodes());
        int digits = prefixDigits(index.episodes().size());
        Map<String, Map<String, Integer>> where = new TreeMap<>();
        for (int s = 0; s < shards.size(); s++) {
            for (Episode e : shards.get(s)) {
                String h = PageNames.hash(e.key());
                where.computeIfAbsent(h.substring(0, digits), k -> new LinkedHashMap<>()).put(h, s);
            }
        }
        java.util.stream.IntStream.range(0, shards.size()).parallel().forEach(s -> {
            Map<String, String> fragments = new LinkedHashMap<>();
            for (Episode slim : shards.get(s)) {
                Episode e = journal.read(slim.key());
                fragments.put(PageNames.hash(slim.key()),
                        EpisodePage.fragment(e == null ? slim : e, index, catalogs));
            }
            ReportWriter.write(root.resolve(DATA + "pages-" + s + ".js"), "window.attunePages[\"" + s + "\"]=\""
                    + packed(ScriptJson.encode(fragments)) + "\";\n");
        });
        where.entrySet().parallelStream().forEach(w -> ReportWriter.write(root.resolve(DATA + "where-" + w.getKey()
                + ".js"), "window.attuneWhere[\"" + w.getKey() + "\"]=" + ScriptJson.encode(w.getValue()) + ";\n"));
        return digits;
    }

    /** Consecutive episodes in page order, cut after {@link #SHARD} at a change of pair (or at 4x, whatever). */
    static List<List<Episode>> cut(List<Episode> ordered) {
        List<List<Episode>> out = new ArrayList<>();
        List<Episode> current = new ArrayList<>();
        String pair = null;
        for (Episode e : ordered) {
            boolean newPair = !e.pairKey().equals(pair);
            if (current.size() >= 4 * SHARD || current.size() >= SHARD && newPair) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(e);
            pair = e.pairKey();
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Gzip, then base64: JSON of HTML compresses about tenfold, base64 adds a third back. */
    static String packed(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 6);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            gz.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
