package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;

class ComponentSpecsTest {
    @Test
    void labelsDropBaseUrlsAndFilePaths() {
        assertThat(ComponentSpecs.label("openai-compatible:m@http://host/v1")).isEqualTo("openai-compatible:m");
        assertThat(ComponentSpecs.label("builtin:scripted@x/y.yaml")).isEqualTo("builtin:scripted:y");
        assertThat(ComponentSpecs.label("builtin:reference")).isEqualTo("builtin:reference");
    }

    @Test
    void pepLabelsKeepTheirStrategySoStrategiesShareARun() {
        assertThat(ComponentSpecs.label("builtin:pep@random")).isEqualTo("builtin:pep@random");
        assertThat(ComponentSpecs.agent("builtin:pep@fixed").label()).isEqualTo("builtin:pep@fixed");
        assertThat(ComponentSpecs.label("builtin:pep")).isEqualTo("builtin:pep");
    }

    @Test
    void nameEqualsSpecSetsTheLabel() {
        assertThat(ComponentSpecs.agent("mine=openai:gpt-x")).isEqualTo(new ComponentSpecs.Labelled("mine", "openai:gpt-x"));
        assertThat(ComponentSpecs.agent("builtin:plain")).isEqualTo(new ComponentSpecs.Labelled("builtin:plain", "builtin:plain"));
    }

    @Test
    void malformedSpecsAndLabelsAreInputErrors() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ComponentSpecs.agent("reference")).getMessage())
                .startsWith("--agent: \"reference\" is not a component spec");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ComponentSpecs.agent("a|b=builtin:plain"))
                .getMessage()).contains("no '|'");
    }
}
