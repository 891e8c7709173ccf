package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.UserReply;
import org.attune.runners.PrefDiscoSample;
import org.attune.runners.config.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PrefDisco's users: passive-stop may end the dialogue with a signal the agent sees; passive never does. */
class PrefDiscoUserStylesTest {
    static Path play(Path tmp, String style) throws Exception {
        Path script = tmp.resolve("agent.yaml");
        Files.writeString(script, "questions:\n  - \"Which football club do you support?\"\n"
                + "  - \"How long should the whole answer be?\"\nanswer: \"The width is 6 meters.\"\n");
        Path out = tmp.resolve(style);
        RunConfig req = RunConfigs.builder().suite("quick")
                .tasks(List.of(PrefDiscoSample.file("personalized_math500.jsonl").toString()))
                .conditions(List.of("discovery")).agents(List.of("builtin:scripted@" + script)).userStyle(style)
                .limit(1).concurrency(1).out(out).build();
        new RunService().run(req, Progress.silent());
        return out;
    }

    @Test
    void passiveStopEndsTheDialogueWhenAQuestionAsksAboutNothingThatMatters(@TempDir Path tmp) throws Exception {
        JsonNode e = PrefDiscoRunTest.episodes(play(tmp, "passive-stop")).get(0);
        JsonNode turns = e.get("turns");
        assertThat(turns).hasSize(2); // one question, one reply that ends the dialogue
        assertThat(turns.get(1).get("text").asText()).endsWith(UserReply.STOP_SIGNAL);
        assertThat(e.get("response").asText()).isEqualTo("The width is 6 meters.");
        assertThat(e.get("scores").get("questions").asInt()).isEqualTo(1);
    }

    @Test
    void passiveNeverEndsIt(@TempDir Path tmp) throws Exception {
        JsonNode e = PrefDiscoRunTest.episodes(play(tmp, "passive")).get(0);
        assertThat(e.get("turns")).hasSize(4);
        e.get("turns").forEach(t -> assertThat(t.get("text").asText()).doesNotContain(UserReply.STOP_SIGNAL));
    }
}
