package org.attune.runners.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.attune.testkit.PromptRoles;
import org.junit.jupiter.api.Test;

class PromptsTest {
    @Test
    void everyTemplateLoadsWithItsVersionAndHash() {
        // every template file shipped is known by name, and nothing else
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/attune/prompts"))) {
            assertThat(Prompts.names()).containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString()
                    .replaceFirst("\\.v1\\.txt$", "")).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String name : Prompts.names()) {
            Template t = Prompts.get(name);
            assertThat(t.id()).isEqualTo(name + ".v1");
            assertThat(t.hash()).matches("sha256:[0-9a-f]{64}");
            if (name.startsWith("user-")) {
                assertThat(t.user()).as("the user's dialogue is the agent's messages").isNull();
            } else {
                assertThat(t.user()).as(name).isNotBlank();
            }
        }
    }

    @Test
    void eachRolesSystemPromptIsRecognisableAndTheFinalStepHasNone() {
        Map<String, String> roles = Map.of(Prompts.AGENT_GENERIC, "agent", Prompts.AGENT_PERSONA, "agent",
                Prompts.AGENT_ORACLE, "agent", Prompts.AGENT_PERSONA_KNOWN, "agent", Prompts.AGENT_DISCOVERY, "agent",
                Prompts.USER_PASSIVE, "user",
                Prompts.USER_COLLABORATIVE, "user", Prompts.JUDGE, "judge", Prompts.EDITOR, "editor",
                Prompts.CORRECTNESS, "correctness");
        roles.forEach((name, role) -> assertThat(PromptRoles.roleOf(Prompts.get(name).system())).as(name).isEqualTo(role));
        Map.of(Prompts.LEARNER_ANSWER, "agent", Prompts.LEARNER_INFER, "learner", Prompts.LEARNER_AGGREGATE, "learner")
                .forEach((name, role) -> assertThat(PromptRoles.roleOf(Prompts.get(name).system())).as(name).isEqualTo(role));
        assertThat(Prompts.get(Prompts.AGENT_FINAL).system()).isEmpty();
    }

    @Test
    void renderingFillsEveryPlaceholderOnceAndRefusesMissingValues() {
        Template t = Prompts.get(Prompts.AGENT_GENERIC);
        assertThat(t.render(Map.of("question", "What is {{question}}?"))).last()
                .satisfies(m -> assertThat(m.text()).isEqualTo("What is {{question}}?"));
        assertThatThrownBy(() -> Prompts.get(Prompts.JUDGE).render(Map.of("response", "x")))
                .hasMessageContaining("no value for");
    }
}
