package org.attune.runners.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plug-ins as they break in the field: an agent whose code fails with an Error rather than an exception,
 * and a jar built against an api the running Attune does not have. Each is said in words, with the right
 * exit code, and never reported as success.
 */
class PluginFailuresCliTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    private static final String PROVIDER = """
            package bad;

            import java.util.List;
            import org.attune.api.Agent;
            import org.attune.api.AgentAction;
            import org.attune.api.spi.ComponentContext;
            import org.attune.api.spi.ComponentProvider;
            import org.attune.api.spi.ComponentRole;

            public final class BadProvider implements ComponentProvider {
                public List<String> schemes() {
                    return List.of("bad");
                }

                public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
                    if (role != ComponentRole.AGENT) {
                        return null;
                    }
                    Agent agent = c -> BODY;
                    return role.cast(MADE);
                }

                public List<String> known(ComponentRole<?> role) {
                    return role == ComponentRole.AGENT ? List.of("bad:x") : List.of();
                }
            }
            """;

    private Outcome run(Path jar, Path out, String... more) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.execute(new String[] {"run", "-q", "--plugin", jar.toString(), "--agent", "bad:x", "--conditions",
            "generic", "--tasks", "formal-logic", "--limit", "2", "--personas", "2", "--concurrency", "1", "--out",
            out.toString(), more.length > 0 ? more[0] : "--seed", more.length > 1 ? more[1] : "0"},
            new PrintWriter(o, true), new PrintWriter(e, true), Map.of());
        return new Outcome(code, o.toString(), e.toString());
    }

    private static List<JsonNode> episodes(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(RunDirectory.EPISODES))) {
            out.add(Mappers.json().readTree(l));
        }
        return out;
    }

    @Test
    void anAgentWhoseCodeOverflowsTheStackErrorsItsEpisodesAndTheRunFails() throws Exception {
        Path jar = PluginJars.build(tmp.resolve("soe"), "bad.BadProvider", Map.of("bad.BadProvider",
                PROVIDER.replace("BODY", "recurse(c)").replace("MADE", "agent").replace("public List<String> known",
                        "static AgentAction recurse(Object c) {\n        return recurse(c);\n    }\n\n    public List<String> known")));
        Path out = tmp.resolve("run");
        Outcome o = run(jar, out);
        // before, the Error killed the episode threads unseen: "0 episodes run, 0 errors", exit 0
        assertThat(o.code()).as(o.err()).isEqualTo(4);
        assertThat(o.err()).contains("4 of 4 in the run").contains("bad:x: the agent's code recursed without end (stack overflow)")
                .doesNotContain("\tat ", "StackOverflowError", "Exception in thread");
        assertThat(episodes(out)).hasSize(4).allSatisfy(e -> assertThat(e.at("/error/message").asText())
                .isEqualTo("bad:x: the agent's code recursed without end (stack overflow)"));
    }

    @Test
    void aPluginBuiltAgainstAnotherApiIsAnInputErrorNamingTheMissingClass() throws Exception {
        Path jar = PluginJars.build(tmp.resolve("newapi"), "bad.BadProvider", Map.of(
                "bad.BadProvider", PROVIDER.replace("BODY", "AgentAction.answer(\"x\")").replace("MADE", "org.attune.api.AgentV2.wrap(agent)"),
                "org.attune.api.AgentV2", "package org.attune.api;\npublic final class AgentV2 {\n"
                        + "    public static Agent wrap(Agent a) {\n        return a;\n    }\n}\n"),
                List.of("org.attune.api.AgentV2"));
        Outcome o = run(jar, tmp.resolve("run"));
        // before: "Exception in thread "main" java.lang.NoClassDefFoundError: org/attune/api/AgentV2" and exit 1
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains("--agent: bad:x: the plug-in " + jar + " needs class org.attune.api.AgentV2, which "
                + "is not there").doesNotContain("\tat ", "NoClassDefFoundError");
    }

    @Test
    void anAgentThatNeverReturnsTimesOutPerEpisodeInsteadOfHoldingTheRun() throws Exception {
        // waits on a latch nobody counts down (an interrupt ends it, as the timeout's cancel does)
        Path jar = PluginJars.build(tmp.resolve("blocks"), "bad.BadProvider", Map.of("bad.BadProvider", PROVIDER
                .replace("BODY", "block()").replace("MADE", "agent").replace("public List<String> known",
                        "static AgentAction block() {\n        try {\n            new java.util.concurrent.CountDownLatch(1).await();"
                        + "\n        } catch (InterruptedException e) {\n            Thread.currentThread().interrupt();\n        }"
                        + "\n        return AgentAction.answer(\"late\");\n    }\n\n    public List<String> known")));
        Path out = tmp.resolve("run");
        Outcome o = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                () -> run(jar, out, "--timeout", "1"));
        assertThat(o.code()).as(o.err()).isEqualTo(4);
        assertThat(episodes(out)).hasSize(4).allSatisfy(e -> assertThat(e.at("/error/message").asText())
                .isEqualTo("bad:x: no answer within 1 s (--timeout)"));
    }
}
