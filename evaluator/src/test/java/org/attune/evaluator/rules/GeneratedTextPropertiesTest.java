package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract properties on responses jqwik assembles from fragments: sentences with numbers,
 * LaTeX, hedges, "you", contractions, terms, emoji and bold; prose, bullets, steps or sections; an
 * answer that is boxed, phrased, a bare final number or absent.
 */
class GeneratedTextPropertiesTest {
    static final RulesLibrary LIB = RulesLibrary.builtin();
    static final List<String> IDS = new ArrayList<>(LIB.attributeIds());
    static final String[] SENTENCES = {
        "We start from the 3 boxes on the shelf.", "Each box holds $\\frac{1}{2}$ kg of flour.",
        "You might think the hypotenuse is the shortest side, but it isn't.", "It's worth checking x^2 + 1 = 10 first.",
        "Perhaps the colour of the label matters here.", "This is **important** for the next step!",
        "Multiply 4 by 6 to get 24, then subtract 4.", "The doctor said hypertension needs regular checks. 🙂",
        "In my opinion the premises are fine, so the inference holds.", "Don't forget the units when you write it down.",
        "The train left at noon and arrived two hours later, which surprised everyone on board that day.",
        "A quick sketch helps.", "Is that right?", "Sure!",
    };
    static final String[] ANSWERS = {
        "So the answer is $\\boxed{20}$.", "Therefore, the answer is (C).", "So she has 20 left.", "Answer: 7",
        "That settles it.", "#### 20", "",
    };

    @Provide
    Arbitrary<String> responses() {
        Arbitrary<List<String>> body = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 3);
        Arbitrary<String> answer = Arbitraries.of(ANSWERS);
        return Combinators.combine(body, shape, answer).as(GeneratedTextPropertiesTest::assemble);
    }

    static String assemble(List<String> body, int shape, String answer) {
        StringBuilder sb = new StringBuilder();
        switch (shape) {
            case 0 -> sb.append(String.join(" ", body));
            case 1 -> body.forEach(s -> sb.append("- ").append(s).append('\n'));
            case 2 -> {
                for (int i = 0; i < body.size(); i++) {
                    sb.append(i + 1).append(". ").append(body.get(i)).append('\n');
                }
            }
            default -> {
                sb.append("## Working\n").append(String.join(" ", body.subList(0, (body.size() + 1) / 2)));
                if (body.size() > 1) {
                    sb.append("\n\n## More\n").append(String.join(" ", body.subList((body.size() + 1) / 2, body.size())));
                }
            }
        }
        String out = sb.toString().strip();
        return answer.isEmpty() ? out : out + (answer.startsWith("####") ? "\n" : "\n\n") + answer;
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> preferences() {
        return Arbitraries.of(IDS).flatMap(id -> Arbitraries.of(LIB.values(id)).map(v -> Map.entry(id, v)));
    }

    @Property(tries = 400, seed = "1124")
    void eachOperatorSatisfiesItsValueKeepsTheAnswerAndIsIdempotent(@ForAll("responses") String x,
            @ForAll("preferences") Map.Entry<String, String> pref) {
        Rule r = LIB.find(pref.getKey()).orElseThrow();
        String out = r.operator().apply(x, pref.getValue());
        assertThat(r.checker().degree(out, pref.getValue())).as(out).isEqualTo(1.0);
        assertThat(LocalExtractor.extract(out)).as(out).isEqualTo(LocalExtractor.extract(x));
        assertThat(r.operator().apply(out, pref.getValue())).isEqualTo(out);
    }

    @Property(tries = 200, seed = "2026")
    void applyAllSatisfiesEverySampledPreference(@ForAll("responses") String x,
            @ForAll("preferences") Map.Entry<String, String> a, @ForAll("preferences") Map.Entry<String, String> b,
            @ForAll("preferences") Map.Entry<String, String> c, @ForAll("preferences") Map.Entry<String, String> d) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : List.of(a, b, c, d)) {
            values.putIfAbsent(e.getKey(), e.getValue());
        }
        String out = LIB.applyAll(x, values);
        for (Map.Entry<String, String> e : values.entrySet()) {
            assertThat(LIB.degree(e.getKey(), out, e.getValue())).as(e + " on\n" + out).isEqualTo(1.0);
        }
        assertThat(LocalExtractor.extract(out)).as(out).isEqualTo(LocalExtractor.extract(x));
    }

    @Property(tries = 300, seed = "94")
    void applyAllSatisfiesAValueForEveryAttributeAtOnce(@ForAll("responses") String x,
            @ForAll @IntRange(min = 0, max = 1 << 30) int choice) {
        Map<String, String> values = new LinkedHashMap<>();
        int k = choice;
        for (String id : IDS) {
            List<String> vs = LIB.values(id);
            values.put(id, vs.get(Math.floorMod(k, vs.size())));
            k = k / vs.size() + k % 7;
        }
        String out = LIB.applyAll(x, values);
        for (Map.Entry<String, String> e : values.entrySet()) {
            assertThat(LIB.degree(e.getKey(), out, e.getValue())).as(e + " with " + values + " on\n" + out).isEqualTo(1.0);
        }
        assertThat(LocalExtractor.extract(out)).as(out).isEqualTo(LocalExtractor.extract(x));
    }
}
