package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract properties on reference solutions nobody on this project wrote: GSM8K (calculator
 * notes, "#### n" answers) and MATH-500 (LaTeX, display math, \boxed{} answers).
 */
class RealSolutionsTest {
    static final RulesLibrary LIB = RulesLibrary.builtin();

    static Map<String, String> solutions() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> gsm = RealData.jsonl("gsm8k_test.jsonl", "answer", 40);
        for (int i = 0; i < gsm.size(); i++) {
            out.put("gsm8k#" + i, gsm.get(i));
        }
        List<String> math = RealData.jsonl("math500_test.jsonl", "solution", 40);
        for (int i = 0; i < math.size(); i++) {
            out.put("math500#" + i, math.get(i));
        }
        return out;
    }

    @Test
    void eachOperatorSatisfiesItsValueAndKeepsTheAnswer() {
        Map<String, String> texts = solutions();
        List<String> failures = new ArrayList<>();
        for (String id : LIB.attributeIds()) {
            Rule r = LIB.find(id).orElseThrow();
            for (String v : LIB.values(id)) {
                for (Map.Entry<String, String> e : texts.entrySet()) {
                    String out = r.operator().apply(e.getValue(), v);
                    if (r.checker().degree(out, v) < 1.0) {
                        failures.add(id + "=" + v + " unmet on " + e.getKey() + "\n" + RulesPropertiesTest.show(out));
                    }
                    if (!LocalExtractor.extract(out).equals(LocalExtractor.extract(e.getValue()))) {
                        failures.add(id + "=" + v + " changed the answer on " + e.getKey() + ": "
                                + LocalExtractor.extract(e.getValue()) + " -> " + LocalExtractor.extract(out)
                                + "\n" + RulesPropertiesTest.show(out));
                    }
                    if (!r.operator().apply(out, v).equals(out)) {
                        failures.add(id + "=" + v + " not idempotent on " + e.getKey());
                    }
                }
            }
        }
        RulesPropertiesTest.expectNone(failures);
    }

    @Test
    void applyAllSatisfiesRandomPreferenceSets() {
        Map<String, String> texts = solutions();
        List<String> names = new ArrayList<>(texts.keySet());
        List<String> ids = new ArrayList<>(LIB.attributeIds());
        Random rnd = new Random(7L);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 400; trial++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String id : ids) {
                if (trial % 4 == 0 || rnd.nextInt(3) == 0) {
                    List<String> vs = LIB.values(id);
                    values.put(id, vs.get(rnd.nextInt(vs.size())));
                }
            }
            String name = names.get(trial % names.size());
            String x = texts.get(name);
            String out = LIB.applyAll(x, values);
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (LIB.degree(e.getKey(), out, e.getValue()) < 1.0) {
                    failures.add(e + " d=" + LIB.degree(e.getKey(), out, e.getValue()) + " on " + name + " with "
                            + values + "\n" + RulesPropertiesTest.show(out));
                }
            }
            if (!LocalExtractor.extract(out).equals(LocalExtractor.extract(x))) {
                failures.add("answer changed on " + name + " with " + values + "\n" + RulesPropertiesTest.show(out));
            }
        }
        assertThat(names).hasSize(80);
        RulesPropertiesTest.expectNone(failures);
    }
}
