package org.attune.runners.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallCacheTest {
    @TempDir
    Path tmp;

    final Template judge = Prompts.get(Prompts.JUDGE);
    final Template editor = Prompts.get(Prompts.EDITOR);
    final List<Message> messages = List.of(Message.system("s"), Message.user("u"));

    Endpoint endpoint(String model, String url, String key) {
        return Endpoint.resolve("--judge", "openai-compatible:" + model + "@" + url, Map.of(),
                key == null ? Map.of() : Map.of("OPENAI_API_KEY", key));
    }

    @Test
    void everyPartOfTheCallChangesTheKeyButTheApiKeyDoesNot() {
        CallCache c = new CallCache(tmp);
        Endpoint e = endpoint("m", "http://h:1/v1", "sk-a");
        ChatCall call = new ChatCall("judge", judge, messages, true);
        String base = c.key(e, 0.0, 100, 1, call, 1);
        Set<String> keys = new HashSet<>(List.of(base,
                c.key(endpoint("m2", "http://h:1/v1", "sk-a"), 0.0, 100, 1, call, 1),
                c.key(endpoint("m", "http://h:2/v1", "sk-a"), 0.0, 100, 1, call, 1),
                c.key(e, 0.5, 100, 1, call, 1),
                c.key(e, 0.0, 200, 1, call, 1),
                c.key(e, 0.0, 100, 2, call, 1),
                c.key(e, 0.0, 100, 1, call, 2),
                c.key(e, 0.0, 100, 1, new ChatCall("judge", editor, messages, true), 1),
                c.key(e, 0.0, 100, 1, new ChatCall("judge", judge, List.of(Message.system("s"), Message.user("u!")), true), 1)));
        assertThat(keys).hasSize(9);
        assertThat(c.key(endpoint("m", "http://h:1/v1", "sk-b"), 0.0, 100, 1, call, 1)).isEqualTo(base);
        assertThat(base).matches("[0-9a-f]{64}");
    }

    @Test
    void storesReadsCountsAndClearsOnlyItsEntries() throws Exception {
        CallCache c = new CallCache(tmp);
        assertThat(c.get("ab".repeat(32))).isNull();
        c.put("ab".repeat(32), new ChatReply("hello", 12, 3));
        c.put("cd".repeat(32), new ChatReply("world", 1, 1));
        assertThat(c.get("ab".repeat(32))).isEqualTo(new ChatReply("hello", 12, 3));
        assertThat(c.stats().entries()).isEqualTo(2);
        Path mine = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        Files.writeString(tmp.resolve("calls").resolve("cd").resolve("cd".repeat(32) + ".json"), "{broken");
        assertThat(c.get("cd".repeat(32))).as("an unreadable entry is a miss").isNull();
        assertThat(c.clear()).isEqualTo(2);
        assertThat(c.stats().entries()).isZero();
        assertThat(mine).exists();
    }

    @Test
    void aReplyCutAtTheTokenLimitStaysMarkedInTheCache() {
        CallCache c = new CallCache(tmp);
        ChatReply cut = new ChatReply("half an ans", 12, 3, "thinking", true);
        c.put("ef".repeat(32), cut);
        assertThat(c.get("ef".repeat(32))).isEqualTo(cut);
    }

    @Test
    void theDefaultFolderComesFromTheEnvironmentElseTheHomeCache() {
        assertThat(CallCache.defaultRoot(Map.of("ATTUNE_CACHE_DIR", tmp.toString()))).isEqualTo(tmp);
        assertThat(CallCache.defaultRoot(Map.of()).toString()).endsWith(".cache/attune");
    }

    @Test
    void aDamagedEntryThatStillReadsAsJsonIsAMissNeverAReply() throws Exception {
        CallCache c = new CallCache(tmp);
        String key = "ab".repeat(32);
        c.put(key, new ChatReply("The answer is 42.", 12, 3));
        Path entry = tmp.resolve("calls").resolve("ab").resolve(key + ".json");
        // bit rot or a hand edit: one character of the reply changed, the JSON still whole
        Files.writeString(entry, Files.readString(entry).replace("42", "43"));
        assertThat(c.get(key)).isNull();
        // an entry copied under another call's name is not that call's reply
        c.put(key, new ChatReply("The answer is 42.", 12, 3));
        String other = "cd".repeat(32);
        Files.createDirectories(tmp.resolve("calls").resolve("cd"));
        Files.copy(entry, tmp.resolve("calls").resolve("cd").resolve(other + ".json"));
        assertThat(c.get(other)).isNull();
        assertThat(c.get(key)).isEqualTo(new ChatReply("The answer is 42.", 12, 3));
        // what a power cut can leave after the rename: an empty entry, or one of NUL bytes
        Files.write(entry, new byte[0]);
        assertThat(c.get(key)).isNull();
        Files.write(entry, new byte[64]);
        assertThat(c.get(key)).isNull();
    }

    @Test
    void anEntryThatCannotBeWrittenLeavesNoTemporaryFile() throws Exception {
        CallCache c = new CallCache(tmp);
        String key = "ab".repeat(32);
        // the entry's name is taken by a folder that is not empty: the rename fails after the write
        Path blocked = Files.createDirectories(tmp.resolve("calls").resolve("ab").resolve(key + ".json"));
        Files.writeString(blocked.resolve("x"), "x");
        c.put(key, new ChatReply("hello", 1, 1));
        try (var files = Files.list(tmp.resolve("calls").resolve("ab"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(key + ".json");
        }
        assertThat(c.get(key)).isNull();
    }
}
