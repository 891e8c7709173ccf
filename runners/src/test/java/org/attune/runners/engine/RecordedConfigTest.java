package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.personas.util.Mappers;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json's {@code config}: the typed tree the run executed, what resume plays, and old run.json files without it. */
class RecordedConfigTest {
    /** Non-default settings that change what is played: a sweep and a stopping user. */
    private static RunConfig config(Path out) {
        return config(out, null, List.of(1, 3));
    }

    /** The same with a fixed number of questions, which goes with plain discovery, not with a sweep. */
    private static RunConfig fixedQuestions(Path out) {
        return config(out, 2, List.of());
    }

    private static RunConfig config(Path out, Integer fixedQuestions, List<Integer> budgets) {
        return new RunConfig(RunConfig.SCHEMA, null, List.of(RunServiceTest.TASKS), null, List.of("3"),
                List.of(new RunConfig.AgentEntry("ref", "builtin:reference"), new RunConfig.AgentEntry(null, "builtin:pep")),
                new RunConfig.Roles(null, "passive-stop", null, null, null),
                new RunConfig.Limits(4, 4, null, null, 11L, fixedQuestions),
                new RunConfig.Execution(2, null, null, out.toString()),
                null, null, new RunConfig.Episodes(List.of("generic", "discovery"), budgets), null);
    }

    @Test
    void runJsonRecordsTheResolvedConfigAndReadsBackAsTheSameRecords(@TempDir Path tmp) {
        Path out = tmp.resolve("run");
        new RunService().run(config(out), Progress.silent());
        RunInfo info = new RunDirectory(out).readRunInfo();
        RunConfig recorded = RunConfigs.of(info, out);
        assertThat(recorded).isEqualTo(RunConfigs.resolve(config(out)));
        assertThat(recorded.agents()).extracting(RunConfig.AgentEntry::label).containsExactly("ref", "builtin:pep");
        assertThat(recorded.suite()).isEqualTo("quick");
        assertThat(info.conditions()).containsExactly("generic", "discovery@1", "discovery@3");
        assertThat(info.config().at("/mode/episodes/budgets").toString()).isEqualTo("[1,3]");
    }

    @Test
    void aFixedNumberOfQuestionsIsRecordedAndResumed(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        new RunService().run(fixedQuestions(whole), Progress.silent());
        assertThat(new RunDirectory(whole).readRunInfo().config().at("/limits/fixedQuestions").asInt()).isEqualTo(2);
        Path cut = tmp.resolve("cut");
        new RunService().run(fixedQuestions(cut), Progress.silent());
        cutJournalAndEdit(cut, json -> ((ObjectNode) json.path("settings")).put("fixedQuestions", 0));
        new RunService().resume(cut, Progress.silent());
        assertThat(RunServiceTest.stableLines(cut)).isEqualTo(RunServiceTest.stableLines(whole));
    }

    @Test
    void aRunRecordedWithFixedQuestionsBesideASweepStillResumes(@TempDir Path tmp) throws Exception {
        // such runs were accepted before the combination became a usage error for new runs
        Path whole = tmp.resolve("whole");
        new RunService().run(config(whole), Progress.silent());
        Path cut = tmp.resolve("cut");
        new RunService().run(config(cut), Progress.silent());
        cutJournalAndEdit(cut, json -> ((ObjectNode) json.path("config").path("limits")).put("fixedQuestions", 2));
        new RunService().resume(cut, Progress.silent());
        assertThat(new RunDirectory(cut).readJournal().episodes()).hasSameSizeAs(new RunDirectory(whole).readJournal().episodes());
    }

    @Test
    void resumePlaysTheRecordedConfigNotTheUntypedSettings(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        new RunService().run(config(whole), Progress.silent());
        Path cut = tmp.resolve("cut");
        new RunService().run(config(cut), Progress.silent());
        cutJournalAndEdit(cut, json -> ((ObjectNode) json.path("settings")).put("userStyle", "collaborative")
                .put("fixedQuestions", 0));
        new RunService().resume(cut, Progress.silent());
        assertThat(RunServiceTest.stableLines(cut)).isEqualTo(RunServiceTest.stableLines(whole));
    }

    @Test
    void aRunJsonFromBeforeConfigIsStillResumedFromItsSettings(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole");
        new RunService().run(config(whole), Progress.silent());
        Path old = tmp.resolve("old");
        new RunService().run(config(old), Progress.silent());
        cutJournalAndEdit(old, json -> json.remove("config"));
        assertThat(new RunDirectory(old).readRunInfo().config()).isNull();
        new RunService().resume(old, Progress.silent());
        assertThat(RunServiceTest.stableLines(old)).isEqualTo(RunServiceTest.stableLines(whole));
    }

    /** Drops the second half of the journal and edits run.json, as a stopped run (or an older build) left it. */
    private static void cutJournalAndEdit(Path dir, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        Path journal = dir.resolve(RunDirectory.EPISODES);
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines.size()).isGreaterThan(4);
        Files.write(journal, lines.subList(0, lines.size() / 2));
        Path runJson = dir.resolve(RunDirectory.RUN_JSON);
        ObjectNode json = (ObjectNode) Mappers.json().readTree(runJson.toFile());
        edit.accept(json);
        Files.writeString(runJson, Mappers.json().writeValueAsString(json));
    }
}
