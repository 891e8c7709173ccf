package org.attune.runners.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.util.Mappers;
import org.attune.runners.config.RunConfig;
import org.attune.runners.engine.RunConfigs;

/** Shared set-up of the model tests: fast retries, a private cache, requests against the fixture server. */
final class ModelFixtures {
    /** Short waits so fault tests stay fast; budgets as small as the tests need. */
    static final RetryPolicy FAST = new RetryPolicy(3, 3, Duration.ofMillis(10), Duration.ofMillis(40),
            Duration.ofSeconds(5), 0);

    private ModelFixtures() {
    }

    static String tasks() {
        try {
            return Path.of(ModelFixtures.class.getResource("/fixtures/tiny-math.yaml").toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ModelOptions.Builder options(Path cache) {
        return ModelOptions.builder().cacheDir(cache).timeout(Duration.ofSeconds(5)).retry(FAST);
    }

    static ModelComponents components(ModelOptions options) {
        return new ModelComponents(options, Map.of(), AttributeCatalog.builtin());
    }

    /** Every role on the fixture server; one persona; the given conditions and items. */
    static RunConfig request(String spec, Path out, List<String> conditions, int items, int concurrency,
                             ModelOptions options) {
        return RunConfigs.builder().suite("quick").tasks(List.of(tasks())).personas(List.of("1")).conditions(conditions)
                .agents(List.of(spec)).user(spec).judge(spec).editor(spec).limit(items).concurrency(concurrency)
                .maxErrorRate(1.0).out(out).models(options).build();
    }

    /** Episode lines sorted, without their timing: what two identical runs must share. */
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
}
