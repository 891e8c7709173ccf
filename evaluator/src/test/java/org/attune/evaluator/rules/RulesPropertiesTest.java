package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The five contract properties of SPEC §1, over the corpus, for every rules attribute and value. */
class RulesPropertiesTest {
    static final RulesLibrary LIB = RulesLibrary.builtin();
    static final Map<String, String> CORPUS = Corpus.load();

    /** Writes all failures to target/ for reading when a run fails. */
    static void dump(List<String> failures) {
        if (failures.isEmpty()) {
            return;
        }
        String name = StackWalker.getInstance().walk(f -> f.skip(2).findFirst().map(StackWalker.StackFrame::getMethodName).orElse("x"));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "rules-" + name + ".txt"),
                    String.join("\n=========\n", failures));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String show(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    static void expectNone(List<String> failures) {
        dump(failures);
        assertThat(failures).as(failures.size() + " failures, first: " + String.join("\n-----\n",
                failures.subList(0, Math.min(6, failures.size())))).isEmpty();
    }

    @Test
    void operatorOutputSatisfiesItsValue() {
        List<String> failures = new ArrayList<>();
        for (String id : LIB.attributeIds()) {
            Rule r = LIB.find(id).orElseThrow();
            for (String v : LIB.values(id)) {
                for (Map.Entry<String, String> e : CORPUS.entrySet()) {
                    String out = r.operator().apply(e.getValue(), v);
                    double d = r.checker().degree(out, v);
                    if (d < 1.0) {
                        failures.add(id + "=" + v + " on " + e.getKey() + " d=" + d + "\n" + show(out));
                    }
                }
            }
        }
        expectNone(failures);
    }

    @Test
    void operatorsKeepTheExtractedAnswer() {
        List<String> failures = new ArrayList<>();
        for (String id : LIB.attributeIds()) {
            Rule r = LIB.find(id).orElseThrow();
            for (String v : LIB.values(id)) {
                for (Map.Entry<String, String> e : CORPUS.entrySet()) {
                    String out = r.operator().apply(e.getValue(), v);
                    String before = LocalExtractor.extract(e.getValue());
                    String after = LocalExtractor.extract(out);
                    if (!before.equals(after)) {
                        failures.add(id + "=" + v + " on " + e.getKey() + ": " + before + " -> " + after + "\n" + show(out));
                    }
                }
            }
        }
        expectNone(failures);
    }

    @Test
    void operatorsAreIdempotentAndLeaveSatisfyingTextAlone() {
        List<String> failures = new ArrayList<>();
        for (String id : LIB.attributeIds()) {
            Rule r = LIB.find(id).orElseThrow();
            for (String v : LIB.values(id)) {
                for (Map.Entry<String, String> e : CORPUS.entrySet()) {
                    String x = e.getValue();
                    String once = r.operator().apply(x, v);
                    String twice = r.operator().apply(once, v);
                    if (!once.equals(twice)) {
                        failures.add(id + "=" + v + " not idempotent on " + e.getKey());
                    }
                    if (r.checker().degree(x, v) >= 1.0 && !once.equals(x)) {
                        failures.add(id + "=" + v + " changed satisfying " + e.getKey());
                    }
                }
            }
        }
        expectNone(failures);
    }

    @Test
    void checkersRejectTheContraryValue() {
        List<String> failures = new ArrayList<>();
        for (String id : LIB.attributeIds()) {
            Rule r = LIB.find(id).orElseThrow();
            for (String v : LIB.values(id)) {
                String c = r.contrary().apply(v);
                assertThat(c).isNotEqualTo(v);
                for (Map.Entry<String, String> e : CORPUS.entrySet()) {
                    if (!Applicability.applies(id, e.getValue())) {
                        continue;
                    }
                    String out = r.operator().apply(e.getValue(), c);
                    if (r.checker().degree(out, v) >= 1.0) {
                        failures.add(id + "=" + v + " accepts " + c + " output on " + e.getKey() + "\n" + show(out));
                    }
                }
            }
        }
        expectNone(failures);
    }

    @Test
    void applyAllSatisfiesEveryChosenValue() {
        Random rnd = new Random(Long.getLong("seed", 20261124L));
        List<String> ids = new ArrayList<>(LIB.attributeIds());
        List<String> failures = new ArrayList<>();
        List<String> texts = new ArrayList<>(CORPUS.keySet());
        int runs = 0;
        for (int trial = 0; trial < Integer.getInteger("trials", 1500); trial++) {
            Map<String, String> values = new LinkedHashMap<>();
            int k = trial % 3 == 0 ? ids.size() : 1 + rnd.nextInt(ids.size());
            List<String> pool = new ArrayList<>(ids);
            java.util.Collections.shuffle(pool, rnd);
            for (String id : pool.subList(0, k)) {
                List<String> vs = LIB.values(id);
                values.put(id, vs.get(rnd.nextInt(vs.size())));
            }
            String name = texts.get(trial % texts.size());
            String x = CORPUS.get(name);
            String out = LIB.applyAll(x, values);
            runs++;
            for (Map.Entry<String, String> e : values.entrySet()) {
                double d = LIB.degree(e.getKey(), out, e.getValue());
                if (d < 1.0) {
                    failures.add(e.getKey() + "=" + e.getValue() + " d=" + d + " on " + name + " with " + values
                            + "\n" + show(out));
                }
            }
            if (!LocalExtractor.extract(x).equals(LocalExtractor.extract(out))) {
                failures.add("answer changed on " + name + " with " + values + ": " + LocalExtractor.extract(x)
                        + " -> " + LocalExtractor.extract(out) + "\n" + show(out));
            }
        }
        assertThat(runs).isEqualTo(Integer.getInteger("trials", 1500));
        expectNone(failures);
    }
}
