package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal is streamed in batches parsed in parallel: order, repeats, torn tails and line numbers hold across batches. */
class RunDirectoryJournalTest {
    @TempDir
    Path dir;

    private static Episode episode(int i, String response) {
        return new Episode(Episode.SCHEMA, Episode.key("t", "i" + i, "p001", "generic", "a", 1), "t", "i" + i, "p001",
                "generic", "a", 1, "q", "4", List.of(), List.of(), response, null, null, Map.of(), 0,
                new Timing("2026-11-24T08:00:00Z", 10), null, null, null);
    }

    private List<String> lines(int n) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(RunDirectory.mapper().writeValueAsString(episode(i, "answer " + i)));
        }
        return out;
    }

    private void write(List<String> lines, String tail) throws IOException {
        Files.writeString(dir.resolve(RunDirectory.EPISODES), String.join("\n", lines) + "\n" + tail,
                StandardCharsets.UTF_8);
    }

    @Test
    void readsManyBatchesInFileOrderWithTheLaterOfRepeatedKeysAndATornTail() throws IOException {
        List<String> lines = lines(10_000);
        // a retried episode: key of line 3 again near the end, with a new response
        lines.add(RunDirectory.mapper().writeValueAsString(episode(3, "retried")));
        lines.add(4_500, "");
        write(lines, "{\"schema\":\"attune.episode/v1\",\"key\":\"torn");

        RunDirectory.Journal j = new RunDirectory(dir).readJournal();
        assertThat(j.episodes()).hasSize(10_000);
        assertThat(j.tornTail()).isEqualTo("{\"schema\":\"attune.episode/v1\",\"key\":\"torn");
        assertThat(j.episodes().get(0).item()).isEqualTo("i0");
        assertThat(j.episodes().get(9_998).item()).isEqualTo("i9999");
        assertThat(j.episodes().get(9_999).response()).isEqualTo("retried"); // moved to where it was written last
        assertThat(new RunDirectory(dir).readAllLines()).hasSize(10_001);
    }

    @Test
    void aBadLineDeepInTheFileIsNamedByItsLineNumber() throws IOException {
        List<String> lines = lines(9_000);
        lines.set(8_191, "{not json");
        write(lines, "");
        assertThatThrownBy(() -> new RunDirectory(dir).readJournal()).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve(RunDirectory.EPISODES) + ":8192: ");
        lines.set(8_191, "{\"schema\":\"other/v1\",\"key\":\"k\"}");
        write(lines, "");
        assertThatThrownBy(() -> new RunDirectory(dir).readJournal())
                .hasMessageStartingWith(dir.resolve(RunDirectory.EPISODES) + ":8192: not an attune.episode/v1 line");
    }

    @Test
    void aBadLineInTheMiddleSaysWhatIsWrongAndWhatToDoWithoutAParserLineNumber() throws IOException {
        List<String> lines = lines(20);
        lines.set(9, "garbage");
        write(lines, "");
        assertThatThrownBy(() -> new RunDirectory(dir).readJournal()).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(dir.resolve(RunDirectory.EPISODES) + ":10: not an episode record (")
                .hasMessageContaining("Unrecognized token 'garbage'")
                .hasMessageNotContaining("line 1:")
                .hasMessageContaining("attune run --resume " + dir);
        lines.set(9, "\uFEFF" + lines.get(9 + 1));
        write(lines, "");
        assertThatThrownBy(() -> new RunDirectory(dir).readJournal())
                .hasMessageContaining(":10: not an episode record (")
                .hasMessageContaining("attune run --resume " + dir);
    }

    @Test
    void aJournalLargerThanTheInputFileLimitIsRead() throws IOException {
        // input files are refused above 64 MB; a run's own journal of 120,000 episodes is larger
        String big = "x".repeat(70_000);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            lines.add(RunDirectory.mapper().writeValueAsString(episode(i, big)));
        }
        write(lines, "");
        assertThat(Files.size(dir.resolve(RunDirectory.EPISODES))).isGreaterThan(64L * 1024 * 1024);
        assertThat(new RunDirectory(dir).readEpisodes()).hasSize(1_000);
    }

    @Test
    void invalidUtf8IsAnInputErrorNamingTheFile() throws IOException {
        Files.write(dir.resolve(RunDirectory.EPISODES), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        assertThatThrownBy(() -> new RunDirectory(dir).readJournal()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(RunDirectory.EPISODES).hasMessageContaining("UTF-8");
    }

    @Test
    void aLastLineCutInsideAMultiByteCharacterIsATornTailNotAnEncodingError() throws IOException {
        // a power cut or a full disk can stop a write between the two bytes of "×"
        List<String> lines = lines(3);
        byte[] whole = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] torn = "{\"schema\":\"attune.episode/v1\",\"question\":\"3 \u00d7".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(torn, torn.length - 1); // the first byte of the two only
        byte[] file = java.util.Arrays.copyOf(whole, whole.length + cut.length);
        System.arraycopy(cut, 0, file, whole.length, cut.length);
        Files.write(dir.resolve(RunDirectory.EPISODES), file);

        RunDirectory.Journal j = new RunDirectory(dir).readJournal();
        assertThat(j.episodes()).hasSize(3);
        assertThat(j.tornTail()).startsWith("{\"schema\":\"attune.episode/v1\",\"question\":\"3 ");
        assertThat(JournalTail.wholeLinesLength(dir.resolve(RunDirectory.EPISODES))).isEqualTo(whole.length);
    }

    @Test
    void invalidUtf8InAWholeLineSaysWhatToDo() throws IOException {
        Files.write(dir.resolve(RunDirectory.EPISODES), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        assertThatThrownBy(() -> new RunDirectory(dir).readJournal()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("attune run --resume " + dir);
    }
}
