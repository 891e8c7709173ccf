package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docs/ci.md's matrix and Indexed Job do, on one machine: four shard processes of one run
 * started at once (each its own JVM, as each CI job or pod is), then merged into one run whose
 * summary is the unsharded run's.
 */
class ParallelShardsTest {
    static final List<String> RUN = List.of("run", "-q", "--tasks", "arithmetic-word-problems,formal-logic", "--limit", "6",
            "--personas", "6", "--seed", "5", "--agent", "builtin:reference");

    @TempDir
    Path tmp;

    private Process shard(int index, Path out, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.attune.runners.Main"));
        cmd.addAll(RUN);
        // as docs/ci.md's Indexed Job pod computes it: JOB_COMPLETION_INDEX counts from 0, --shard from 1
        cmd.addAll(List.of("--shard", (index + 1) + "/4", "--out", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void fourShardProcessesAtOnceMergeIntoTheUnshardedRun() throws Exception {
        List<Process> running = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path out = tmp.resolve("shard-" + i);
            dirs.add(out.toString());
            running.add(shard(i, out, tmp.resolve("shard-" + i + ".log")));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(running.get(i).waitFor(5, TimeUnit.MINUTES)).as("shard %d finished", i).isTrue();
            assertThat(running.get(i).exitValue()).as(Files.readString(tmp.resolve("shard-" + i + ".log"))).isZero();
        }
        List<String> merge = new ArrayList<>(List.of("merge"));
        merge.addAll(dirs);
        merge.addAll(List.of("--out", tmp.resolve("merged").toString()));
        CliTest.Outcome m = CliTest.run(merge.toArray(String[]::new));
        assertThat(m.code()).as(m.err()).isZero();

        List<String> whole = new ArrayList<>(RUN);
        whole.addAll(List.of("--out", tmp.resolve("whole").toString()));
        assertThat(CliTest.run(whole.toArray(String[]::new)).code()).isZero();

        JsonNode merged = Mappers.json().readTree(tmp.resolve("merged/summary.json").toFile());
        JsonNode unsharded = Mappers.json().readTree(tmp.resolve("whole/summary.json").toFile());
        for (String field : List.of("groups", "byTask", "byPersona", "byAttribute")) {
            assertThat(merged.get(field)).as(field).isEqualTo(unsharded.get(field));
        }
        List<String> shardKeys = new ArrayList<>();
        for (String d : dirs) {
            List<Episode> eps = new RunDirectory(Path.of(d)).readEpisodes();
            assertThat(eps).as("every shard ran a part").isNotEmpty();
            eps.forEach(e -> shardKeys.add(e.key()));
        }
        assertThat(shardKeys).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(new RunDirectory(tmp.resolve("whole")).readEpisodes().stream()
                        .map(Episode::key).toList());
        assertThat(tmp.resolve("merged/report/episode.html")).exists();
    }
}
