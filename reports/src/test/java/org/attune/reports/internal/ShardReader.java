package org.attune.reports.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads a report's episode shards back the way episode.html unpacks them, for tests. */
public final class ShardReader {
    private static final Pattern PACKED = Pattern.compile("^window\\.attunePages\\[\"(\\d+)\"\\]=\"([A-Za-z0-9+/=]*)\";\\n$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShardReader() {
    }

    /** Every episode's view data in the report, by hash. */
    public static Map<String, JsonNode> all(Path report) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode shard : shards(report)) {
            shard.get("episodes").fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue()));
        }
        return out;
    }

    /** Every shard of the report as it unpacks: {@code {"episodes": {...}, "personas": {...}}}. */
    public static java.util.List<JsonNode> shards(Path report) {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(report.resolve("data"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("pages-")).sorted().toList()) {
                out.add(shard(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The view data of one episode, found through its where file as the page finds it; null if absent. */
    public static JsonNode view(Path report, String key) {
        String hash = PageNames.hash(key);
        try {
            String where = Files.readString(report.resolve("data/where-" + hash.substring(0, digits(report)) + ".js"));
            Matcher m = Pattern.compile("\"" + hash + "\":(\\d+)").matcher(where);
            if (!m.find()) {
                return null;
            }
            return shard(report.resolve("data/pages-" + m.group(1) + ".js")).get("episodes").get(hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int digits(Path report) throws IOException {
        Matcher m = Pattern.compile("\\{\"digits\":(\\d+)\\}").matcher(Files.readString(report.resolve("episode.html")));
        if (!m.find()) {
            throw new IllegalStateException("episode.html names no prefix length");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The Markdown HTML the report writer makes of a text (the only markup the shards may carry). */
    public static String markdown(String text) {
        return MarkdownHtml.render(text);
    }

    static JsonNode shard(Path p) throws IOException {
        Matcher m = PACKED.matcher(Files.readString(p));
        if (!m.matches()) {
            throw new IllegalStateException(p + ": not a pages shard");
        }
        byte[] gz = Base64.getDecoder().decode(m.group(2));
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
