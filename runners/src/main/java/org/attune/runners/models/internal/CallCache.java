package org.attune.runners.models.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.personas.util.AtomicFiles;
import org.attune.personas.util.Mappers;

/**
 * A content-addressed disk cache of model replies that their role could read (one that did not
 * parse is never written, so asking again asks the model). The key is the SHA-256 of everything
 * that shapes an answer: provider, model, base URL, generation settings, the full message list,
 * the template hash and the episode's epoch (so epochs are independent samples). Never the API key.
 * Entries live in {@code ROOT/calls/ab/abcdef....json} and are written atomically.
 */
public final class CallCache {
    static final String SCHEMA = "attune.cache/v1";
    private static final String CALLS = "calls";

    private final Path root;

    public CallCache(Path root) {
        this.root = root;
    }

    /** {@code $ATTUNE_CACHE_DIR}, else {@code ~/.cache/attune} (SPEC §5). */
    public static Path defaultRoot(Map<String, String> env) {
        String dir = env.get("ATTUNE_CACHE_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "attune");
    }

    public Path root() {
        return root;
    }

    public String key(Endpoint e, Double temperature, Integer maxTokens, Integer seed, ChatCall call, int epoch) {
        ObjectNode n = Mappers.json().createObjectNode();
        n.put("v", 1);
        n.put("provider", e.provider().id());
        n.put("model", e.model());
        n.put("baseUrl", e.displayUrl());
        n.put("temperature", temperature);
        n.put("maxTokens", maxTokens);
        n.put("seed", seed);
        n.put("template", call.template().hash());
        n.put("epoch", epoch);
        ArrayNode msgs = n.putArray("messages");
        for (Message m : call.messages()) {
            ArrayNode one = msgs.addArray().add(m.role()).add(m.text());
            if (m.image() != null) {
                one.add(ImageParts.key(m.image()));
            }
        }
        return Hashing.hex(n.toString());
    }

    /**
     * The cached reply, or null on a miss. An unreadable entry is a miss, and so is one whose check
     * (a digest of its call's key and every field of the reply) does not match: damaged bytes that
     * still read as JSON, or an entry under another call's name, are never served as a reply. Entries
     * of builds before the check have none and are read as they are.
     */
    public ChatReply get(String key) {
        try {
            JsonNode n = Mappers.json().readTree(Files.readString(file(key)));
            if (n == null || !SCHEMA.equals(n.path("schema").asText()) || !n.path("text").isTextual()) {
                return null;
            }
            JsonNode reasoning = n.get("reasoning");
            ChatReply reply = new ChatReply(n.get("text").asText(), n.path("inputTokens").asLong(),
                    n.path("outputTokens").asLong(), reasoning != null && reasoning.isTextual() ? reasoning.asText() : null,
                    n.path("cut").asBoolean(false));
            JsonNode check = n.get("check");
            return check == null || check.asText().equals(check(key, reply)) ? reply : null;
        } catch (IOException | RuntimeException e) {
            return null; // missing, unreadable or not JSON: ask the model
        }
    }

    private static String check(String key, ChatReply r) {
        return Hashing.hex(String.join("\u0000", key, r.text(), String.valueOf(r.reasoning()),
                String.valueOf(r.inputTokens()), String.valueOf(r.outputTokens()), String.valueOf(r.cut())));
    }

    public void put(String key, ChatReply reply) {
        ObjectNode n = Mappers.json().createObjectNode();
        n.put("schema", SCHEMA);
        n.put("text", reply.text());
        n.put("inputTokens", reply.inputTokens());
        n.put("outputTokens", reply.outputTokens());
        if (reply.reasoning() != null) {
            n.put("reasoning", reply.reasoning());
        }
        if (reply.cut()) {
            n.put("cut", true);
        }
        n.put("check", check(key, reply));
        try { // the temporary file is removed when the write fails (a full disk)
            AtomicFiles.write(file(key), n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs a repeated call later
        }
    }

    /** How many entries the cache holds and their size on disk. */
    public record Stats(Path root, long entries, long bytes) {
    }

    public Stats stats() {
        long[] acc = new long[2];
        for (Path p : entries()) {
            try {
                acc[1] += Files.size(p);
                acc[0]++;
            } catch (IOException e) {
                // removed while counting
            }
        }
        return new Stats(root, acc[0], acc[1]);
    }

    /** Removes every entry (and only entries); returns how many. */
    public long clear() {
        long n = 0;
        for (Path p : entries()) {
            try {
                Files.deleteIfExists(p);
                n++;
            } catch (IOException e) {
                // left for the next clear
            }
        }
        Path calls = root.resolve(CALLS);
        if (Files.isDirectory(calls)) {
            try (Stream<Path> s = Files.walk(calls)) {
                s.sorted(Comparator.reverseOrder()).filter(Files::isDirectory).forEach(d -> d.toFile().delete());
            } catch (IOException e) {
                // empty folders left behind are harmless
            }
        }
        return n;
    }

    private List<Path> entries() {
        Path calls = root.resolve(CALLS);
        if (!Files.isDirectory(calls)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(calls, 2)) {
            return s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.json")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path file(String key) {
        return root.resolve(CALLS).resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
