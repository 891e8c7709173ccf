package org.attune.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;

class AgentMapTest {

    @Test
    void parsesRepeatedOptionsAndCommaLists() {
        AgentMap m = AgentMap.parse(List.of("a=b, c=d", "e=f"));
        assertThat(m.apply("a")).isEqualTo("b");
        assertThat(m.apply("c")).isEqualTo("d");
        assertThat(m.apply("e")).isEqualTo("f");
        assertThat(m.apply("z")).isEqualTo("z");
        assertThat(m.describe()).containsExactly("a=b", "c=d", "e=f");
    }

    @Test
    void rejectsMalformedAndContradictoryEntries() {
        assertThatThrownBy(() -> AgentMap.parse(List.of("justone"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("--agent-map: expected OLD=NEW, was \"justone\"");
        assertThatThrownBy(() -> AgentMap.parse(List.of("a="))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AgentMap.parse(List.of("a=b", "a=c"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a is mapped twice");
    }

    @Test
    void refusesUnknownAgentsAndCollisions() {
        assertThatThrownBy(() -> AgentMap.parse(List.of("x=y")).validate(Set.of("a", "b")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("(it has: a, b)");
        assertThatThrownBy(() -> AgentMap.parse(List.of("a=b")).validate(Set.of("a", "b")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("would both be named b");
    }
}
