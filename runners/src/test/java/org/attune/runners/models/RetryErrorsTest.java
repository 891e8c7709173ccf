package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attune.api.CriterionScore;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.runners.cli.Cli;
import org.attune.runners.engine.Progress;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.RunConfigs;
import org.attune.runners.engine.RunService;
import org.junit.jupiter.api.Test;

/**
 * A judge that answered without scores leaves criteria unscored, not episodes errored; nothing it
 * said is cached, so {@code --resume --retry-errors} against a healthy server asks again, judges them
 * on the recorded responses and plays errored episodes again.
 */
class RetryErrorsTest extends RealRepliesServer {
    private RunService.Result run(Path out) {
        String s = spec();
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).build();
        RunConfig config = RunConfigs.builder().suite("quick").tasks(List.of(ModelFixtures.tasks())).personas(List.of("2"))
                .conditions(List.of("generic", "discovery")).agents(List.of(s)).user(s).judge(s).editor(s).limit(3)
                .concurrency(2).maxErrorRate(1.0).out(out).models(options).build();
        return new RunService(Map.of()).run(config, options, Progress.silent());
    }

    @Test
    void unscoredCriteriaAreJudgedAgainAndErroredEpisodesPlayedAgain() throws Exception {
        Path out = tmp.resolve("run");
        replies.judgeScores = false;
        replies.agentDownFor = "bus leaves";
        run(out);
        List<Episode> first = new RunDirectory(out).readEpisodes();
        List<Episode> judged = first.stream().filter(e -> !e.failed()).toList();
        assertThat(first.stream().filter(Episode::failed)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.item()).isEqualTo("tm-2"));
        assertThat(judged).isNotEmpty().allSatisfy(e -> {
            assertThat(e.scores().unscored()).isNotEmpty();
            assertThat(e.scores().criteria()).noneMatch(c -> c.kind().equals(CriterionScore.MODEL));
            assertThat(e.formatErrors()).anyMatch(f -> f.startsWith("judge: no score 1-5"));
            assertThat(e.normalizations().get("judge")).containsKey("repair-turn");
        });
        assertThat(judged).anySatisfy(e -> assertThat(e.scores().alignment()).isNotNull()); // over the rules criteria

        replies.judgeScores = true;
        replies.agentDownFor = null;
        server.resetCounts();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new String[] {"run", "--resume", out.toString(), "--retry-errors", "--no-cache"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                Map.of("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString()));

        assertThat(code).as(err.toString()).isZero();
        assertThat(server.requests()).isPositive();
        List<Episode> after = new RunDirectory(out).readEpisodes();
        assertThat(after).hasSize(first.size());
        assertThat(after).allSatisfy(e -> {
            assertThat(e.error()).as(e.key()).isNull();
            assertThat(e.scores().unscored()).as(e.key()).isEmpty();
            assertThat(e.scores().criteria()).hasSize(e.preferences().size());
        });
        assertThat(after).anySatisfy(e -> assertThat(e.scores().criteria())
                .anyMatch(c -> c.kind().equals(CriterionScore.MODEL) && c.score() == 4.0));
        assertThat(after.stream().filter(e -> e.item().equals("tm-1")).findFirst().orElseThrow().usage().get("judge")
                .calls()).as("the judge's new calls are added to the episode's usage").isGreaterThan(0);
        assertThat(new RunDirectory(out).readRunInfo().settings().models().cache()).isTrue();
    }
}
