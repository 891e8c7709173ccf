package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typos are exit 2 with a suggestion when a close name exists; nothing is written. */
class UsageErrorsTest {
    @TempDir
    Path tmp;

    private CliTest.Outcome refused(String... args) {
        CliTest.Outcome o = CliTest.run(args);
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return o;
    }

    @Test
    void unknownOptionsAndValuesSuggestTheClosestName() {
        Path out = tmp.resolve("never");
        assertThat(refused("run", "--limt", "1", "--out", out.toString()).err()).contains("did you mean --limit?");
        assertThat(refused("run", "--suite", "Quick", "--out", out.toString()).err())
                .contains("unknown suite \"Quick\"").contains("did you mean \"quick\"?");
        assertThat(refused("run", "--conditions", "discovry", "--out", out.toString()).err())
                .contains("did you mean \"discovery\"?");
        assertThat(refused("run", "--tasks", "x.jsonl", "--format", "gsm8", "--out", out.toString()).err())
                .contains("did you mean \"gsm8k\"?");
        assertThat(refused("run", "--agent", "opnai:gpt-4o", "--out", out.toString()).err())
                .contains("unknown provider 'opnai' in --agent; did you mean 'openai'?");
        assertThat(refused("run", "--mode", "longitudnal", "--learner", "cipher-5", "--out", out.toString()).err())
                .contains("did you mean \"longitudinal\"?");
        assertThat(refused("run", "--mode", "longitudinal", "--learner", "cypher-5", "--out", out.toString()).err())
                .contains("did you mean \"cipher-5\"?");
        assertThat(refused("gate", "--baseline", "a", "--candidate", "b", "--method", "bcaa").err())
                .contains("did you mean \"bca\"?");
        // nothing close: no guess
        assertThat(refused("run", "--suite", "zzzzzz", "--out", out.toString()).err()).doesNotContain("did you mean");
        assertThat(out).doesNotExist();
    }

    @Test
    void mistypedSubcommandWordsSuggestTheClosestToo() {
        // README: a usage error "suggests the closest name for a typo"; these took a fixed word list without one
        assertThat(refused("list", "taks").err()).contains("did you mean \"tasks\"?");
        assertThat(refused("list", "atributes", "--json").err()).contains("did you mean \"attributes\"?");
        assertThat(refused("import", "prefdsco", "x.jsonl").err()).contains("did you mean \"prefdisco\"?");
        assertThat(refused("cache", "stat").err()).contains("did you mean \"stats\"?");
        assertThat(refused("list", "zzzzzz").err()).doesNotContain("did you mean");
    }

    @Test
    void unknownYamlKeysAreNamedWithTheClosestKnownKey() throws Exception {
        Path agent = tmp.resolve("agent.yaml");
        Files.writeString(agent, "questons:\n  - Do you like bullet points?\nanswer: The answer is 4.\n");
        Path out = tmp.resolve("never");
        assertThat(refused("run", "--agent", "builtin:scripted@" + agent, "--out", out.toString()).err())
                .contains(agent + ": questons: unknown field").contains("did you mean \"questions\"?");
        assertThat(out).doesNotExist();
        Path thresholds = tmp.resolve("t.yaml");
        Files.writeString(thresholds, "alignmnet.oracle: 0.2\n");
        assertThat(refused("gate", "--baseline", "a", "--candidate", "b", "--thresholds", thresholds.toString()).err())
                .contains("alignmnet.oracle: unknown metric").contains("did you mean \"alignment\"?");
    }

    @Test
    void aCountBeyondThePersonaLibraryIsAnError() {
        assertThat(refused("run", "--personas", "1000", "--out", tmp.resolve("never").toString()).err())
                .contains("--personas: 1000 personas asked for, but the library has 100");
    }
}
