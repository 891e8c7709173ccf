package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.testkit.ChatAnswer;
import org.attune.runners.cli.Cli;
import org.attune.runners.engine.Progress;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.RunConfigs;
import org.attune.runners.engine.RunService;
import org.junit.jupiter.api.Test;

/**
 * Costs as they are: a model without a price is "unpriced", not $0; an answer from the cache costs
 * nothing and is reported as saved; summary.md has tokens and cost per agent x condition. The console
 * of a model run shows the traffic as it goes and prints the first fault of each kind once, whole.
 */
class HonestCostAndConsoleTest extends RealRepliesServer {
    private RunService.Result run(Path out, ModelOptions options, Progress progress) {
        String s = spec();
        RunConfig config = RunConfigs.builder().suite("quick").tasks(List.of(ModelFixtures.tasks())).personas(List.of("1"))
                .conditions(List.of("generic", "discovery")).agents(List.of(s)).user(s).judge(s).editor(s).limit(2)
                .concurrency(2).maxErrorRate(1.0).out(out).models(options).build();
        return new RunService(Map.of()).run(config, options, progress);
    }

    @Test
    void aModelWithoutAPriceIsUnpricedOnTheConsoleAndInSummaryMd() throws Exception {
        Path out = tmp.resolve("run");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String unlisted = "openai:gpt-9-preview"; // OpenAI's API on the local server; the table has no such model
        int code = Cli.execute(new String[] {"run", "--agent", unlisted, "--user", unlisted, "--judge", unlisted,
                        "--editor", unlisted, "--base-url", "openai=" + server.baseUrl(), "--tasks", ModelFixtures.tasks(),
                        "--personas", "1", "--limit", "1", "--conditions", "generic,discovery", "--out", out.toString()},
                new PrintWriter(o, true), new PrintWriter(e, true),
                Map.of("ATTUNE_CACHE_DIR", tmp.resolve("cache").toString(), "OPENAI_API_KEY", "sk-test"));
        assertThat(code).as(e.toString()).isZero();
        assertThat(o.toString()).contains("unpriced", "no price known for openai:gpt-9-preview",
                "replies normalized: agent: ", "format errors (replies that could not be read): none");
        assertThat(o.toString()).doesNotContain("$0.0000 ");
        String md = Files.readString(out.resolve(RunDirectory.SUMMARY_MD));
        assertThat(md).contains("**Model usage**", "| Tokens in / out | Cost |", "| unpriced |");
        assertThat(new RunDirectory(out).readEpisodes()).allSatisfy(ep -> assertThat(ep.unpricedCalls()).isPositive());
    }

    @Test
    void answersFromTheCacheCostNothingAndAreReportedAsSaved() throws Exception {
        Path prices = tmp.resolve("prices.yaml");
        Files.writeString(prices, "schema: attune.prices/v1\nprices:\n"
                + "  - {provider: openai-compatible, model: qwen3-8b, input: 1.0, output: 2.0}\n");
        ModelOptions options = ModelFixtures.options(tmp.resolve("cache")).priceTable(prices.toString()).build();
        RunService.Result first = run(tmp.resolve("a"), options, Progress.silent());
        double paid = new RunDirectory(tmp.resolve("a")).readEpisodes().stream().mapToDouble(Episode::costUsd).sum();
        assertThat(paid).isPositive();
        assertThat(first.models().totals().costUsd()).isCloseTo(paid, org.assertj.core.data.Offset.offset(1e-9));

        RunService.Result again = run(tmp.resolve("b"), options, Progress.silent());
        assertThat(again.models().requests()).isZero();
        assertThat(new RunDirectory(tmp.resolve("b")).readEpisodes()).allSatisfy(ep -> assertThat(ep.costUsd()).isZero());
        assertThat(again.models().totals().savedUsd()).isGreaterThanOrEqualTo(paid - 1e-9);
        assertThat(Files.readString(tmp.resolve("b").resolve(RunDirectory.SUMMARY_MD))).contains("| $0.0000 |");
    }

    @Test
    void theConsoleShowsTrafficAsItGoesAndTheFirstFaultOfEachKindOnceWhole() {
        replies.agentDownFor = "baker fills";
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err, true), false, false);
        run(tmp.resolve("run"), ModelFixtures.options(tmp.resolve("cache")).build(), progress);
        String console = err.toString();
        assertThat(console).contains(" requests, ", " from cache", "retries: server ", "format errors 0", "tokens ",
                "est. $"); // local servers are priced at $0 by the built-in table
        String first = "first HTTP 503 (server): openai-compatible:qwen3-8b (agent) at " + server.baseUrl()
                + ": HTTP 503 (server_error): The server is overloaded or not ready yet.";
        assertThat(console).contains(first);
        assertThat(Stream.of(console.split("\n")).filter(l -> l.contains("first HTTP 503"))).hasSize(1);
    }
}
