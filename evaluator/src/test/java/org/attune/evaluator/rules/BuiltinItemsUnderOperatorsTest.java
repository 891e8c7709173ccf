package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.AnswerType;
import org.attune.api.Attribute;
import org.attune.api.Correctness;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.evaluator.correctness.AnswerCorrectnessChecker;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.attune.personas.PreferenceSampler;
import org.attune.tasks.TaskSets;
import org.junit.jupiter.api.Test;

/**
 * The operator properties of SPEC §1 over every built-in item's reference solution, checked with
 * the real correctness checker: each operator satisfies its checker, keeps the answer correct, and
 * the operators of real active-preference draws compose.
 */
class BuiltinItemsUnderOperatorsTest {
    private final RulesLibrary lib = RulesLibrary.builtin();
    private final AttributeCatalog catalog = AttributeCatalog.builtin();
    private final AnswerCorrectnessChecker correctness = new AnswerCorrectnessChecker();

    private List<TaskSet> sets() {
        return TaskSets.builtin().values().stream().filter(t -> t.answerType() != AnswerType.OPEN).toList();
    }

    @Test
    void everyOperatorOnEverySolutionSatisfiesItsCheckerAndKeepsTheAnswerCorrect() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> applicable = new java.util.TreeMap<>();
        Map<String, Integer> inapplicable = new java.util.TreeMap<>();
        int cases = 0;
        for (TaskSet t : sets()) {
            for (Item item : t.items()) {
                for (String id : lib.attributeIds()) {
                    Attribute a = catalog.get(id);
                    if (!a.appliesTo(t.domain())) {
                        continue;
                    }
                    for (String v : a.values()) {
                        String out = lib.find(id).orElseThrow().operator().apply(item.solution(), v);
                        cases++;
                        if (lib.degree(id, out, v) < 1.0) {
                            failures.add(item.id() + " " + id + "=" + v + ": checker below 1");
                        }
                        Correctness c = correctness.check(t.answerType(), item, out);
                        if (!Boolean.TRUE.equals(c.correct())) {
                            failures.add(item.id() + " " + id + "=" + v + ": answer no longer correct (" + c.reason() + ")");
                        }
                        String contrary = lib.find(id).orElseThrow().contrary().apply(v);
                        String other = lib.find(id).orElseThrow().operator().apply(item.solution(), contrary);
                        // some attributes say nothing about some texts (no math, no spelling variants): both values hold there
                        if (!Applicability.applies(id, item.solution())) {
                            inapplicable.merge(id, 1, Integer::sum);
                            continue;
                        }
                        applicable.merge(id, 1, Integer::sum);
                        if (lib.degree(id, other, v) >= 1.0) {
                            failures.add(item.id() + " " + id + "=" + v + ": operator for " + contrary + " still satisfies it");
                        }
                    }
                }
            }
        }
        System.out.printf("operators over built-in solutions: %d cases, %d failures; discrimination checked where the"
                + " attribute applies: %s; not applicable: %s%n", cases, failures.size(), applicable, inapplicable);
        for (String id : lib.attributeIds()) {
            assertThat(applicable.getOrDefault(id, 0)).as(id + " applies to some built-in solution").isPositive();
        }
        assertThat(failures).as(String.join("\n", failures.subList(0, Math.min(10, failures.size())))).isEmpty();
    }

    @Test
    void theOperatorsOfRealActiveSetsComposeOnEverySolution() {
        PreferenceSampler sampler = new PreferenceSampler(catalog);
        List<Persona> personas = PersonaLibrary.builtin().all();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (TaskSet t : sets()) {
            for (Item item : t.items()) {
                for (int i = 0; i < 10; i++) {
                    Persona p = personas.get((item.id().hashCode() & 0xffff) * 31 % personas.size() + i * 7 % personas.size()
                            < personas.size() ? ((item.id().hashCode() & 0xffff) + i * 7) % personas.size() : i);
                    ActivePreferences act = sampler.sample(i, t.id(), item.id(), p, t.domain(), 8);
                    Map<String, String> values = new LinkedHashMap<>();
                    for (ActivePreference ap : act.items()) {
                        if (lib.find(ap.attribute()).isPresent()) {
                            values.put(ap.attribute(), ap.value());
                        }
                    }
                    String out = lib.applyAll(item.solution(), values);
                    cases++;
                    values.forEach((id, v) -> {
                        if (lib.degree(id, out, v) < 1.0) {
                            failures.add(item.id() + " " + values + ": " + id + "=" + v + " below 1 after composition");
                        }
                    });
                    if (!Boolean.TRUE.equals(correctness.check(t.answerType(), item, out).correct())) {
                        failures.add(item.id() + " " + values + ": answer no longer correct");
                    }
                }
            }
        }
        System.out.printf("composed active sets over built-in solutions: %d cases, %d failures%n", cases, failures.size());
        assertThat(failures).as(String.join("\n", failures.subList(0, Math.min(10, failures.size())))).isEmpty();
    }
}
