package org.attune.personas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.api.BigFive;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.personas.util.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in persona library: every file named in {@code index.txt} loads through the
 * validating loader, and the library as a whole keeps the distribution rules (age spread,
 * distinct names, varied occupations and places, varied importances). Written against the
 * index, so it holds for any library size.
 */
class BuiltinPersonasTest {
    private static final int QUICK_SUITE = 10;

    private static Map<String, Persona> byFile;
    private static List<Persona> all;

    @BeforeAll
    static void load() {
        AttributeCatalog catalog = AttributeCatalog.builtin();
        byFile = new LinkedHashMap<>();
        for (String file : PersonaLibrary.builtinFiles()) {
            String res = PersonaLibrary.BUILTIN_DIR + file;
            String name = "builtin:" + res;
            byFile.put(file, PersonaLibrary.parse(name, Files2.parse(name, Files2.readResource(res)), catalog));
        }
        all = new ArrayList<>(byFile.values());
    }

    @Test
    void indexNamesEachFileAfterItsIdAndTheBuiltinLibraryKeepsTheOrder() {
        assertThat(all.size()).as("personas in the index").isGreaterThanOrEqualTo(50);
        byFile.forEach((file, p) -> assertThat(file).isEqualTo(p.id() + ".yaml"));
        assertThat(PersonaLibrary.builtin().all()).extracting(Persona::id)
                .containsExactlyElementsOf(all.stream().map(Persona::id).toList());
    }

    @Test
    void idsAndFullNamesAreUnique() {
        assertThat(PersonaLibrary.crossCheck(byFile)).isEmpty();
        for (Persona p : all) {
            assertThat(p.name().strip().split("\\s+")).as(p.id() + " full name").hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void agesSpanAdultLifeAndNoDecadeHoldsMoreThanAQuarter() {
        Map<Integer, Long> perDecade = new TreeMap<>(all.stream()
                .collect(Collectors.groupingBy(p -> p.age() / 10, Collectors.counting())));
        assertThat(all).allSatisfy(p -> assertThat(p.age()).as(p.id()).isBetween(18, 80));
        assertThat(perDecade.values()).as("personas per decade " + perDecade)
                .allSatisfy(n -> assertThat(n * 4).isLessThanOrEqualTo(all.size()));
        assertThat(perDecade).as("decades covered").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void occupationsAndCountriesAreVaried() {
        Set<String> occupations = distinct(Persona::occupation);
        Set<String> countries = distinct(BuiltinPersonasTest::country);
        // 30 of every 50 at least
        assertThat(occupations.size() * 5).isGreaterThanOrEqualTo(all.size() * 3);
        assertThat(countries.size() * 4).as("countries " + countries).isGreaterThanOrEqualTo(all.size());
    }

    @Test
    void everyPersonaHasAFullProfile() {
        for (Persona p : all) {
            assertThat(p.expertise()).as(p.id() + " expertise").hasSizeBetween(2, 3);
            assertThat(p.bigFive().readings().keySet()).as(p.id() + " readings")
                    .containsExactlyInAnyOrderElementsOf(BigFive.TRAITS);
            assertThat(p.location()).as(p.id() + " location").contains(", ");
            // 2-4 sentences asked for; the split over-counts abbreviations such as "U.S.", hence 6
            assertThat(p.background().split("[.!?](\\s|$)").length).as(p.id() + " background sentences")
                    .isBetween(2, 6);
            assertThat(p.cognitive()).as(p.id()).isNotBlank();
            assertThat(p.affective()).as(p.id()).isNotBlank();
        }
    }

    @Test
    void preferencesAreManyMixedAndExplained() {
        AttributeCatalog catalog = AttributeCatalog.builtin();
        for (Persona p : all) {
            Map<String, Preference> prefs = p.preferences();
            assertThat(prefs.size()).as(p.id() + " preference count")
                    .isBetween(PersonaLibrary.MIN_PREFERENCES, PersonaLibrary.MAX_PREFERENCES);
            long rules = prefs.keySet().stream().filter(a -> catalog.find(a).orElseThrow().isRules()).count();
            assertThat(rules).as(p.id() + " rules attributes").isGreaterThanOrEqualTo(4);
            assertThat(prefs.size() - rules).as(p.id() + " judge attributes").isGreaterThanOrEqualTo(4);
            assertThat(prefs.values()).as(p.id() + " why").allSatisfy(v -> assertThat(v.why()).isNotBlank());
        }
    }

    @Test
    void importancesAreGenuinelyVaried() {
        Map<Integer, Long> histogram = new TreeMap<>();
        for (Persona p : all) {
            List<Integer> imp = p.preferences().values().stream().map(Preference::importance).toList();
            assertThat(imp).as(p.id() + " has strong preferences").anyMatch(i -> i >= 4);
            assertThat(imp.stream().filter(i -> i <= 3).count()).as(p.id() + " has mild preferences")
                    .isGreaterThanOrEqualTo(3);
            assertThat(Set.copyOf(imp)).as(p.id() + " distinct importance levels").hasSizeGreaterThanOrEqualTo(3);
            imp.forEach(i -> histogram.merge(i, 1L, Long::sum));
        }
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        assertThat(histogram.keySet()).containsExactly(1, 2, 3, 4, 5);
        // no level is a token presence or the overwhelming default
        assertThat(histogram.values()).as("importance histogram " + histogram)
                .allSatisfy(n -> assertThat(n * 100 / total).isBetween(3L, 40L));
    }

    @Test
    void mostPersonasWantAnalogiesFromTheirField() {
        long withAnalogies = all.stream().filter(p -> p.preferences().containsKey("field-analogies")).count();
        assertThat(withAnalogies * 10).isGreaterThanOrEqualTo(all.size() * 7L);
    }

    @Test
    void noPersonaInsistsOnBothABriefAnswerAndLongMaterial() {
        for (Persona p : all) {
            Preference budget = p.preferences().get("word-budget");
            if (budget == null || !budget.value().equals("brief") || budget.importance() < 4) {
                continue;
            }
            for (String longForm : List.of("worked-example", "alternative-methods")) {
                Preference q = p.preferences().get(longForm);
                boolean strong = q != null && Integer.parseInt(q.value()) >= 4 && q.importance() >= 4;
                assertThat(strong).as(p.id() + ": brief (importance " + budget.importance() + ") with "
                        + longForm + " " + (q == null ? "" : q.value() + "/" + q.importance())).isFalse();
            }
        }
    }

    @Test
    void quickSuitePersonasDifferWidely() {
        List<Persona> quick = all.subList(0, QUICK_SUITE);
        assertThat(quick).extracting(Persona::id)
                .containsExactly("p001", "p002", "p003", "p004", "p005", "p006", "p007", "p008", "p009", "p010");
        assertThat(quick.stream().map(BuiltinPersonasTest::country).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(quick.stream().map(Persona::occupation).distinct().count()).isEqualTo(QUICK_SUITE);
        int minAge = quick.stream().mapToInt(Persona::age).min().orElseThrow();
        int maxAge = quick.stream().mapToInt(Persona::age).max().orElseThrow();
        assertThat(maxAge - minAge).isGreaterThanOrEqualTo(40);
        // every value of the main format dimensions shows up among them
        for (String attr : List.of("word-budget", "layout", "jargon", "contractions")) {
            Set<String> values = quick.stream().map(p -> p.preferences().get(attr)).filter(v -> v != null)
                    .map(Preference::value).collect(Collectors.toSet());
            assertThat(values).as(attr + " values in the quick suite")
                    .containsExactlyInAnyOrderElementsOf(AttributeCatalog.builtin().find(attr).orElseThrow().values());
        }
    }

    private static Set<String> distinct(Function<Persona, String> f) {
        return all.stream().map(f).map(s -> s.strip().toLowerCase()).collect(Collectors.toSet());
    }

    private static String country(Persona p) {
        String loc = p.location();
        return loc.substring(loc.lastIndexOf(',') + 1).strip();
    }
}
