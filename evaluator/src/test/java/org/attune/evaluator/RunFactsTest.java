package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json's {@code settings} as a typed record: old files read into it and write back as they were. */
class RunFactsTest {
    @TempDir
    Path tmp;

    private Path oldRun() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("old"));
        try (InputStream in = RunFactsTest.class.getResourceAsStream("run-v1-settings.json")) {
            Files.copy(in, dir.resolve(RunDirectory.RUN_JSON));
        }
        return dir;
    }

    @Test
    void aRunJsonWrittenWithTheUntypedSettingsReadsIntoTypedFields() throws Exception {
        RunFacts s = new RunDirectory(oldRun()).readRunInfo().settings();
        assertThat(s.userStyle()).isEqualTo("passive");
        assertThat(s.fixedQuestions()).isEqualTo(3);
        assertThat(s.plugins()).containsExactly("/opt/plugins/myco.jar");
        assertThat(s.shard()).isEqualTo("1/2");
        assertThat(s.taskFormat().path("skipInvalid").asBoolean()).isTrue();
        assertThat(s.prefdisco().imageItemsSkipped()).containsExactly("mmmu-3 (gpt)");
        assertThat(s.models().timeoutSeconds()).isEqualTo(45.0);
        assertThat(s.models().maxRetries()).isEqualTo(1);
        assertThat(s.models().baseUrls()).containsEntry("openai", "http://127.0.0.1:8080/v1");
        assertThat(s.templates()).containsEntry("user-reply", "sha256:bb22");
        assertThat(s.rescoredFrom().dir()).isEqualTo("/runs/a");
        assertThat(s.rescoring()).isNull();
        assertThat(s.rounds()).isNull();
    }

    @Test
    void writingItBackKeepsEverySettingsKeyAndValue() throws Exception {
        Path dir = oldRun();
        JsonNode before = Mappers.json().readTree(dir.resolve(RunDirectory.RUN_JSON).toFile()).get("settings");
        RunDirectory rd = new RunDirectory(dir);
        rd.writeRunInfo(rd.readRunInfo());
        JsonNode after = Mappers.json().readTree(dir.resolve(RunDirectory.RUN_JSON).toFile()).get("settings");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void factsARunDoesNotHaveAreLeftOutAndAResumeKeepsTheRecordedModelOptions() {
        RunFacts.ModelSettings recorded = new RunFacts.ModelSettings(0.0, null, null, 45.0, 16, true, null, false,
                null, Map.of(), 1, 8);
        RunFacts.ModelSettings now = new RunFacts.ModelSettings(0.0, null, null, 120.0, 16, false, null, false,
                null, Map.of(), 4, 8);
        RunFacts facts = RunFacts.builder().userStyle("passive").models(recorded).build()
                .withModels(new RunFacts.ModelFacts(now, Map.of("judge", "sha256:1"), Map.of(), "built-in"));
        assertThat(facts.models()).isEqualTo(recorded);
        assertThat(facts.templates()).containsEntry("judge", "sha256:1");
        JsonNode json = Mappers.json().valueToTree(facts);
        assertThat(fieldNames(json)).containsExactly("userStyle", "models", "templates", "endpoints", "prices");
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> out = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
