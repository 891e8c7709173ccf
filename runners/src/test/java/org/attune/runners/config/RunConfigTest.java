package org.attune.runners.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Mappers;
import org.attune.runners.learners.Learners;
import org.attune.runners.models.ModelOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record tree: defaults for missing keys, the mode variants in JSON, and nothing secret written down. */
class RunConfigTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyFileIsEveryDefault() throws Exception {
        Path f = Files.writeString(tmp.resolve("empty.yaml"), "# nothing\n");
        RunConfig c = ConfigFile.config(ConfigFile.read(f), f);
        assertThat(c).isEqualTo(RunConfig.defaults());
        assertThat(c.limits().maxTurns()).isEqualTo(5);
        assertThat(c.execution().maxErrorRate()).isEqualTo(0.25);
        assertThat(c.models().toOptions(null)).isEqualTo(ModelOptions.defaults());
        assertThat(c.mode()).isEqualTo(new RunConfig.Episodes(List.of("generic", "discovery", "oracle"), List.of()));
    }

    @Test
    void theModeIsOneVariantInJsonAndComesBackAsItsRecord() throws Exception {
        RunConfig longitudinal = RunConfig.defaults().with(List.of(), RunConfig.Execution.defaults(),
                new RunConfig.Longitudinal(null, null));
        JsonNode json = Mappers.json().valueToTree(longitudinal);
        assertThat(json.get("mode").fieldNames()).toIterable().containsExactly("longitudinal");
        assertThat(json.at("/mode/longitudinal/rounds").asInt()).isEqualTo(200);
        RunConfig back = Mappers.json().treeToValue(json, RunConfig.class);
        assertThat(back).isEqualTo(longitudinal);
        assertThat(((RunConfig.Longitudinal) back.mode()).learners()).isEqualTo(Learners.DEFAULT);
    }

    @Test
    void theRecordedFormHasNoCredentialsInBaseUrls() {
        RunConfig.Models m = RunConfig.Models.of(ModelOptions.builder()
                .baseUrls(Map.of("openai", "https://user:s3cret@proxy.example/v1")).build());
        RunConfig c = new RunConfig(null, null, null, null, null, null, null, null, null, m, null, null, null);
        String written = Mappers.json().valueToTree(c.recordable()).toString();
        assertThat(written).contains("https://proxy.example/v1").doesNotContain("s3cret");
        assertThat(c.models().baseUrls().get("openai")).contains("s3cret"); // the run itself still uses it
    }

    @Test
    void modelValuesOutOfRangeAreUsageErrorsNamedAfterTheirOption() {
        RunConfig.Models m = new RunConfig.Models(null, null, null, null, null, 99, null, null, null, null, null);
        InvalidInputException e = catchThrowableOfType(() -> m.toOptions(null), InvalidInputException.class);
        assertThat(e).hasMessageContaining("--max-retries: must be 0-20, was 99");
    }
}
