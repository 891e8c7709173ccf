package org.attune.reports.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.attune.evaluator.Episode;

/**
 * The episodes of a report as data shards that {@code episode.html} draws from, so a report grows
 * by about a kilobyte per episode and by one file per {@link #SHARD} episodes rather than one page
 * each. {@code data/pages-N.js} holds the page data ({@link EpisodeViewJson}) of a run of consecutive
 * episodes in page order (an item and persona's episodes side by side, so their shared text
 * compresses away) as gzip-compressed JSON in base64, which the browser unpacks with its
 * DecompressionStream and draws ({@code episode.js});
 * {@code data/where-P.js} maps the hashes that start with P to their shard. Script files, because
 * a page opened from disk may load scripts but not read files.
 */
final class EpisodeShards {
    /** Episodes per shard: a shard is cut at the first new item and persona after this many. */
    static final int SHARD = 120;
    private static final String DATA = "data/";
    private static final JsonFactory JSON = new JsonFactory();

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
     * full from {@code journal} (or taken from the index when the journal has no line for it), its
     * page data taken from {@code live} (may be null) where that is still current.
     *
     * @return the digits of the hash that name the {@code where} files
     */
    static int write(Path root, EpisodeIndex index, JournalLines journal, Catalogs catalogs, LiveFragments live) {
        List<List<Episode>> shards = cut(index.episodes());
        int digits = prefixDigits(index.episodes().size());
        Map<String, Map<String, Integer>> where = new TreeMap<>();
        // every prefix gets its file, empty where no episode has it, so the page can tell a link to an
        // episode the report does not hold from a report missing a data file
        for (int p = 0; p < 1 << (4 * digits); p++) {
            String prefix = Integer.toHexString(p);
            where.put("0".repeat(digits - prefix.length()) + prefix, new LinkedHashMap<>());
        }
        for (int s = 0; s < shards.size(); s++) {
            for (Episode e : shards.get(s)) {
                String h = PageNames.hash(e.key());
                where.get(h.substring(0, digits)).put(h, s);
            }
        }
        java.util.stream.IntStream.range(0, shards.size()).parallel().forEach(s ->
                writeShard(root.resolve(DATA + "pages-" + s + ".js"), String.valueOf(s), shards.get(s), index, journal,
                        catalogs, live));
        where.entrySet().parallelStream().forEach(w -> ReportWriter.write(root.resolve(DATA + "where-" + w.getKey()
                + ".js"), "window.attuneWhere[\"" + w.getKey() + "\"]=" + ScriptJson.encode(w.getValue()) + ";\n"));
        return digits;
    }

    /** Consecutive episodes in page order, cut after {@link #SHARD} at a change of pair (within one pair: at four times that). */
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

    /**
     * One shard, streamed: the JSON of its episodes' page data goes through gzip and base64 straight
     * into the file, so no shard is ever held whole in memory (large strings are what fills a small
     * heap). {@code {"episodes": {hash: view}, "personas": {id: card}}}: each persona's card once.
     */
    private static void writeShard(Path file, String name, List<Episode> episodes, EpisodeIndex index,
                                   JournalLines journal, Catalogs catalogs, LiveFragments live) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                out.write(("window.attunePages[\"" + name + "\"]=\"").getBytes(StandardCharsets.US_ASCII));
                try (OutputStream b64 = Base64.getEncoder().wrap(new KeepOpen(out));
                     GZIPOutputStream gz = new GZIPOutputStream(b64, 1 << 16);
                     JsonGenerator json = JSON.createGenerator(gz, JsonEncoding.UTF8)) {
                    Set<String> personas = new TreeSet<>();
                    json.writeStartObject();
                    json.writeObjectFieldStart("episodes");
                    for (Episode slim : episodes) {
                        Episode read = journal.read(slim.key());
                        Episode e = read == null ? slim : read;
                        personas.add(e.persona());
                        json.writeFieldName(PageNames.hash(slim.key()));
                        String kept = live == null ? null : live.view(e, index.siblings(slim));
                        if (kept != null) {
                            json.writeRawValue(kept);
                        } else {
                            EpisodePage.write(json, e, index, catalogs);
                        }
                    }
                    json.writeEndObject();
                    json.writeObjectFieldStart("personas");
                    for (String id : personas) {
                        json.writeFieldName(id);
                        EpisodeViewJson.persona(json, PersonaCard.of(id, catalogs));
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
                out.write("\";\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        }
    }

    /** Lets the base64 stream end its output without closing the file it writes into. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
