package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.CriterionScore;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.runners.PrefDiscoSample;
import org.attune.runners.bench.ChatExchange;
import org.attune.runners.engine.Components;
import org.attune.runners.engine.Progress;
import org.attune.runners.engine.RunRequest;
import org.attune.runners.engine.RunService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model judge of PrefDisco records sees each criterion's own rubric levels and the person's stated value. */
class PrefDiscoModelJudgeTest {
    @Test
    void theJudgePromptCarriesTheRubricLevelsAsAnchors(@TempDir Path tmp) throws Exception {
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            Path out = tmp.resolve("run");
            RunRequest req = new RunRequest("quick", List.of(PrefDiscoSample.path().toString()), List.of(),
                    List.of("generic"), List.of("builtin:reference"), Components.BUILTIN_USER, "passive", server.spec(),
                    Components.BUILTIN_EDITOR, 5, 5, 1, 1, 0, 1, 1.0, out, null, null,
                    ModelFixtures.options(tmp.resolve("cache")).build());
            RunService.Result r = new RunService(Map.of()).run(req, Progress.silent());
            assertThat(r.outcome().errors()).isZero();
            Episode e = new RunDirectory(out).readEpisodes().get(0);
            assertThat(e.scores().criteria()).extracting(CriterionScore::attribute)
                    .containsExactly("pd-hand-checkable-arithmetic", "pd-mechanical-analogies", "pd-no-filler");
            assertThat(e.scores().criteria()).extracting(CriterionScore::kind).containsOnly(CriterionScore.MODEL);
            List<String> prompts = server.received().stream().filter(x -> "judge".equals(x.role()))
                    .map(ChatExchange::last).toList();
            assertThat(prompts).hasSize(3);
            assertThat(prompts).anySatisfy(p -> assertThat(p).contains("1 = Only the final number is given.",
                    "3 = Some products are shown, others are skipped.", "5 = Each product is written out on its own line.",
                    "every intermediate product written out"));
        }
    }
}
