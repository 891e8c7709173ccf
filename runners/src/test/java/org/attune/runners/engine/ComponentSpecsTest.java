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

    @Test
    void externalAgentsAreLabelledByScriptOrHostAndPort() {
        assertThat(ComponentSpecs.label("exec:python3 my_agent.py")).isEqualTo("exec:my_agent");
        assertThat(ComponentSpecs.label("exec:python3 -u agents/my_agent.py --fast")).isEqualTo("exec:my_agent");
        assertThat(ComponentSpecs.label("exec:'/opt/my tools/run agent.sh'")).isEqualTo("exec:run agent");
        assertThat(ComponentSpecs.label("exec:./bot")).isEqualTo("exec:bot");
        assertThat(ComponentSpecs.label("http:http://127.0.0.1:8000/agent")).isEqualTo("http:127.0.0.1:8000");
        assertThat(ComponentSpecs.label("http:https://agents.example.com/v1/turn")).isEqualTo("http:agents.example.com:443");
        assertThat(ComponentSpecs.label("http://localhost/agent")).isEqualTo("http:localhost:80");
        assertThat(ComponentSpecs.agent("mine=exec:python3 a.py --k=v"))
                .isEqualTo(new ComponentSpecs.Labelled("mine", "exec:python3 a.py --k=v"));
        assertThat(ComponentSpecs.agent("exec:python3 a.py --k=v").label()).isEqualTo("exec:a");
    }

    @Test
    void externalSpecsWithoutACommandOrAnHttpUrlAreInputErrors() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ComponentSpecs.agent("exec: ")).getMessage())
                .isEqualTo("--agent: \"exec:\": exec: needs a command, e.g. exec:python3 my_agent.py");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ComponentSpecs.agent("http:ftp://h/x"))
                .getMessage()).contains("http: needs an http(s) URL with a host");
    }
}
