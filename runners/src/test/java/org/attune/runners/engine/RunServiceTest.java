package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Mappers;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceTest {
    static final String TASKS = fixture();

    static String fixture() {
        try {
            return Path.of(RunServiceTest.class.getResource("/fixtures/tiny-math.yaml").toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static RunConfigBuilder builder(Path out, int concurrency, long seed) {
        return RunConfigs.builder().suite("quick").tasks(List.of(TASKS)).personas(List.of("4"))
                .conditions(List.of("generic", "persona", "discovery", "oracle"))
                .agents(List.of("builtin:reference", "builtin:plain")).seed(seed).concurrency(concurrency).out(out);
    }

    static RunConfig request(Path out, int concurrency, long seed) {
        return builder(out, concurrency, seed).build();
    }

    /** Episode lines sorted by key, without the timing field. */
    static List<String> stableLines(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(RunDirectory.EPISODES))) {
            ObjectNode n = (ObjectNode) Mappers.json().readTree(line);
            n.remove("timing");
            out.add(Mappers.json().writeValueAsString(n));
        }
        out.sort(null);
        return out;
    }

    @Test
    void writesEveryFileWithUniqueParsableEpisodes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        RunService.Result r = new RunService().run(request(out, 2, 0), Progress.silent());
        for (String f : List.of("run.json", "episodes.jsonl", "summary.json", "summary.md", "junit.xml", "report/index.html")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        List<String> lines = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
        assertThat(lines).hasSize(3 * 4 * 4 * 2);
        Set<String> keys = new HashSet<>();
        for (String l : lines) {
            JsonNode n = Mappers.json().readTree(l);
            assertThat(n.get("schema").asText()).isEqualTo("attune.episode/v1");
            assertThat(keys.add(n.get("key").asText())).isTrue();
        }
        assertThat(r.outcome().errors()).isZero();
        JsonNode run = Mappers.json().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("schema").asText()).isEqualTo("attune.run/v1");
        assertThat(run.get("seed").asLong()).isZero();
        assertThat(run.get("agents").toString()).contains("builtin:reference", "builtin:plain");
        assertThat(run.get("counts").get("finished").asInt()).isEqualTo(96);
        assertThat(run.get("finishedAt").isNull()).isFalse();
    }

    @Test
    void sameSeedSameEpisodesWhateverTheConcurrency(@TempDir Path tmp) throws Exception {
        new RunService().run(request(tmp.resolve("a"), 1, 5), Progress.silent());
        new RunService().run(request(tmp.resolve("b"), 4, 5), Progress.silent());
        new RunService().run(request(tmp.resolve("c"), 2, 6), Progress.silent());
        assertThat(stableLines(tmp.resolve("a"))).isEqualTo(stableLines(tmp.resolve("b")));
        assertThat(stableLines(tmp.resolve("a"))).isNotEqualTo(stableLines(tmp.resolve("c")));
    }

    @Test
    void resumeRunsOnlyWhatIsMissingAndSetsATornLineAside(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        new RunService().run(request(out, 2, 0), Progress.silent());
        List<String> full = stableLines(out);
        Path journal = out.resolve(RunDirectory.EPISODES);
        List<String> lines = Files.readAllLines(journal);
        // keep 40 complete lines and half of the 41st, as a crash mid-write would
        String kept = String.join("\n", lines.subList(0, 40)) + "\n" + lines.get(40).substring(0, 30);
        Files.writeString(journal, kept);
        RunService.Result r = new RunService().resume(out, Progress.silent());
        assertThat(r.outcome().skipped()).isEqualTo(40);
        assertThat(r.outcome().finished()).isEqualTo(56);
        assertThat(out.resolve("episodes.jsonl.torn")).hasContent(lines.get(40).substring(0, 30));
        assertThat(stableLines(out)).isEqualTo(full);
        // nothing left: a resume still rewrites the summary
        Files.delete(out.resolve(RunDirectory.SUMMARY_JSON));
        RunService.Result again = new RunService().resume(out, Progress.silent());
        assertThat(again.outcome().finished()).isZero();
        assertThat(out.resolve(RunDirectory.SUMMARY_JSON)).isRegularFile();
    }

    @Test
    void aTornLineCutInsideAMultiByteCharacterIsSetAsideAsItsBytesAndTheResumeCompletes(@TempDir Path tmp)
            throws Exception {
        Path out = tmp.resolve("run");
        new RunService().run(request(out, 2, 0), Progress.silent());
        List<String> full = stableLines(out);
        Path journal = out.resolve(RunDirectory.EPISODES);
        byte[] bytes = Files.readAllBytes(journal);
        // what a power cut or a full disk can leave: whole lines, then a line stopped inside a character
        int lineStart = 0;
        int cut = -1;
        for (int i = 0; i < bytes.length && cut < 0; i++) {
            if (bytes[i] == '\n') {
                lineStart = i + 1;
            } else if ((bytes[i] & 0xC0) == 0xC0 && lineStart > 0) {
                cut = i + 1; // the lead byte of a multi-byte character, without its continuation
            }
        }
        assertThat(cut).as("a journal line with a character outside ASCII").isPositive();
        Files.write(journal, java.util.Arrays.copyOf(bytes, cut));
        RunService.Result r = new RunService().resume(out, Progress.silent());
        assertThat(r.outcome().skipped()).isEqualTo(countLines(bytes, lineStart));
        assertThat(stableLines(out)).isEqualTo(full);
        assertThat(Files.readAllBytes(out.resolve("episodes.jsonl.torn")))
                .isEqualTo(java.util.Arrays.copyOfRange(bytes, lineStart, cut));
    }

    private static int countLines(byte[] bytes, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            n += bytes[i] == '\n' ? 1 : 0;
        }
        return n;
    }

    @Test
    void theReportAfterAResumeIsTheOneAReportFromTheJournalAloneHolds(@TempDir Path tmp)
            throws Exception {
        Path out = tmp.resolve("run");
        new RunService().run(request(out, 3, 0), Progress.silent());
        Path journal = out.resolve(RunDirectory.EPISODES);
        List<String> lines = Files.readAllLines(journal);
        // an interrupted run: some pairs complete, some partly done (left to the end), some not started
        Files.writeString(journal, String.join("\n", lines.subList(0, 37)) + "\n");
        new RunService().resume(out, Progress.silent());
        assertThat(Files.readAllLines(journal)).hasSize(lines.size());

        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        for (String f : List.of(RunDirectory.RUN_JSON, RunDirectory.EPISODES, RunDirectory.SUMMARY_JSON)) {
            Files.copy(out.resolve(f), copy.resolve(f));
        }
        org.attune.reports.Reports.writeAll(copy, org.attune.reports.ReportOptions.defaults());
        List<Path> pages;
        try (var walk = Files.walk(copy.resolve("report"))) {
            pages = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(pages.stream().filter(p -> p.getFileName().toString().startsWith("pages-"))).isNotEmpty();
        for (Path p : pages) {
            Path mine = out.resolve("report").resolve(copy.resolve("report").relativize(p).toString());
            assertThat(Files.readString(mine)).as(mine.toString()).isEqualTo(Files.readString(p));
        }
        assertThat(out.resolve(".report.new")).doesNotExist();
    }

    @Test
    void aRunMadeWithAPersonaFileResumesAndRescoresFromThatFile(@TempDir Path tmp) throws Exception {
        Path persona = tmp.resolve("mine.yaml");
        Files.copy(Path.of(RunServiceTest.class.getResource("/fixtures/persona-ok.yaml").toURI()), persona);
        Path out = tmp.resolve("run");
        RunConfig req = builder(out, 2, 0).personas(List.of(persona.toString(), "p001")).limit(1).build();
        new RunService().run(req, Progress.silent());
        JsonNode run = Mappers.json().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("settings").get("personaFiles").get(0).asText())
                .isEqualTo(persona.toAbsolutePath().normalize().toString());
        List<String> full = stableLines(out);
        Path journal = out.resolve(RunDirectory.EPISODES);
        List<String> lines = Files.readAllLines(journal);
        Files.writeString(journal, String.join("\n", lines.subList(0, 5)) + "\n");

        java.io.StringWriter notes = new java.io.StringWriter();
        RunService.Result r = new RunService().resume(out, new Progress(new java.io.PrintWriter(notes), false, false));
        assertThat(r.outcome().finished()).isEqualTo(lines.size() - 5);
        assertThat(stableLines(out)).isEqualTo(full);
        assertThat(notes.toString()).doesNotContain("content hash");

        RunRescorer.Result again = new RunRescorer(new StopSignal(), java.util.Map.of()).rescore(new RunRescorer.Request(
                out, tmp.resolve("rescored"), Components.BUILTIN_JUDGE, Components.BUILTIN_EDITOR, 2,
                org.attune.runners.models.ModelOptions.defaults()), Progress.silent());
        assertThat(again.episodes()).isEqualTo(lines.size());

        // an edited file is used as it is now, and said; a missing one stops with what to do
        Files.writeString(persona, Files.readString(persona).replaceFirst("(?m)^name: .*$", "name: Someone Else"));
        Files.delete(out.resolve(RunDirectory.SUMMARY_JSON));
        java.io.StringWriter later = new java.io.StringWriter();
        new RunService().resume(out, new Progress(new java.io.PrintWriter(later), false, false));
        assertThat(later.toString()).contains("content hash");
        Files.delete(persona);
        InvalidInputException e = catchThrowableOfType(() -> new RunService().resume(out, Progress.silent()),
                InvalidInputException.class);
        assertThat(e).hasMessageContaining("settings.personaFiles: " + persona.toAbsolutePath().normalize())
                .hasMessageContaining("not found");
    }

    @Test
    void pairsWithEpisodesFromBeforeAreLeftToTheEnd() {
        RunConfig req = request(Path.of("unused"), 1, 0);
        var content = ContentResolver.content(req.tasks(), 2, req.taskFormat().toOptions(), s -> { });
        var catalog = org.attune.personas.AttributeCatalog.builtin();
        var personas = ContentResolver.personas(List.of("2"), 10, org.attune.personas.PersonaLibrary.builtin(), catalog);
        List<EpisodeSpec> plan = RunPlan.expand(content.tasks(), personas, content.personalized(),
                List.of(PlannedCondition.parse("generic"), PlannedCondition.parse("oracle")),
                List.of("a", "b"), 1, 0, 5, new org.attune.personas.PreferenceSampler(catalog));
        assertThat(RunService.pairsToRender(plan, Set.of())).hasSize(4).containsValues(4);
        var left = RunService.pairsToRender(plan, Set.of(plan.get(0).key()));
        assertThat(left).hasSize(3).doesNotContainKey(org.attune.evaluator.Episode.pairKey(plan.get(0).task().id(),
                plan.get(0).item().id(), plan.get(0).persona().id()));
    }

    @Test
    void refusesToOverwriteARunAndToResumeAFolderWithoutOne(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        new RunService().run(request(out, 2, 0), Progress.silent());
        long before = Files.size(out.resolve(RunDirectory.EPISODES));
        InvalidInputException again = catchThrowableOfType(InvalidInputException.class,
                () -> new RunService().run(request(out, 2, 0), Progress.silent()));
        assertThat(again.getMessage()).contains("already holds a run");
        assertThat(Files.size(out.resolve(RunDirectory.EPISODES))).isEqualTo(before);
        InvalidInputException none = catchThrowableOfType(InvalidInputException.class,
                () -> new RunService().resume(tmp.resolve("empty"), Progress.silent()));
        assertThat(none.getMessage()).contains("no run.json");
    }
}
