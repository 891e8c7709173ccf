package org.attune.personas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.api.BigFive;
import org.attune.api.Persona;
import org.attune.api.Preference;
import org.attune.personas.util.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Personas p051-p100 (listed in index-b.txt): each parses against the catalog, and the set is varied. */
class PersonasBTest {
    private static final int FIRST = 51;
    private static final int LAST = 100;
    // Country -> continent for the locations used here; an unknown country fails the test (catches typos).
    private static final Map<String, String> CONTINENT = Map.ofEntries(
            Map.entry("USA", "North America"), Map.entry("Canada", "North America"),
            Map.entry("Mexico", "North America"), Map.entry("Jamaica", "North America"),
            Map.entry("Guatemala", "North America"), Map.entry("Greenland", "North America"),
            Map.entry("Japan", "Asia"), Map.entry("South Korea", "Asia"), Map.entry("India", "Asia"),
            Map.entry("Vietnam", "Asia"), Map.entry("Philippines", "Asia"), Map.entry("Indonesia", "Asia"),
            Map.entry("Nepal", "Asia"), Map.entry("Mongolia", "Asia"), Map.entry("Kazakhstan", "Asia"),
            Map.entry("Pakistan", "Asia"), Map.entry("Taiwan", "Asia"), Map.entry("Thailand", "Asia"),
            Map.entry("Uzbekistan", "Asia"),
            Map.entry("Australia", "Oceania"), Map.entry("New Zealand", "Oceania"), Map.entry("Tonga", "Oceania"),
            Map.entry("Samoa", "Oceania"), Map.entry("Fiji", "Oceania"), Map.entry("Papua New Guinea", "Oceania"),
            Map.entry("Chile", "South America"), Map.entry("Madagascar", "Africa"),
            Map.entry("Faroe Islands", "Europe"));

    private static final Map<String, Persona> BY_FILE = new LinkedHashMap<>();
    private static final List<String> PROBLEMS = new ArrayList<>();

    /** The files this set owns, p051.yaml to p100.yaml, in order. */
    static List<String> files() {
        List<String> out = new ArrayList<>();
        for (int n = FIRST; n <= LAST; n++) {
            out.add(String.format("p%03d.yaml", n));
        }
        return out;
    }

    @BeforeAll
    static void load() {
        AttributeCatalog catalog = AttributeCatalog.builtin();
        for (String file : files()) {
            String res = PersonaLibrary.BUILTIN_DIR + file;
            try {
                BY_FILE.put(file, PersonaLibrary.parse(res, Files2.parse(res, Files2.readResource(res)), catalog));
            } catch (InvalidInputException e) {
                PROBLEMS.addAll(e.problems());
            }
        }
    }

    private static List<Persona> all() {
        return new ArrayList<>(BY_FILE.values());
    }

    @Test
    void everyFileParsesAgainstTheCatalog() {
        assertThat(PROBLEMS).isEmpty();
        assertThat(BY_FILE.keySet()).hasSize(50);
    }

    @Test
    void idsMatchFileNamesAndAreUnique() {
        for (Map.Entry<String, Persona> e : BY_FILE.entrySet()) {
            assertThat(e.getKey()).isEqualTo(e.getValue().id() + ".yaml");
        }
        assertThat(PersonaLibrary.crossCheck(BY_FILE)).isEmpty();
    }

    @Test
    void theIndexListsEveryFileInOrder() {
        // index-b.txt until the lead merges it into index.txt; afterwards index.txt must hold the same run
        String index = PersonaLibrary.BUILTIN_DIR + "index-b.txt";
        if (getClass().getClassLoader().getResource(index) == null) {
            index = PersonaLibrary.BUILTIN_DIR + "index.txt";
        }
        List<String> listed = new ArrayList<>();
        for (String line : Files2.readResource(index).split("\n")) {
            String f = line.strip();
            if (files().contains(f)) {
                listed.add(f);
            }
        }
        assertThat(listed).containsExactlyElementsOf(files());
    }

    @Test
    void namesStartWithNToZSoTheyNeverCollideWithTheOtherHalf() {
        for (Persona p : all()) {
            assertThat(p.name().charAt(0)).as(p.id() + " " + p.name()).isBetween('N', 'Z');
        }
    }

    @Test
    void agesSpreadOverDecadesWithNoneHoldingMoreThanAQuarter() {
        Map<Integer, Integer> byDecade = new TreeMap<>();
        for (Persona p : all()) {
            assertThat(p.age()).as(p.id()).isBetween(18, 80);
            byDecade.merge(p.age() / 10, 1, Integer::sum);
        }
        assertThat(byDecade).hasSizeGreaterThanOrEqualTo(7);
        assertThat(byDecade.values()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(all().size() / 4));
    }

    @Test
    void occupationsAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (Persona p : all()) {
            assertThat(seen.add(p.occupation().toLowerCase())).as(p.id() + " " + p.occupation()).isTrue();
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void atLeastFourCountriesOnEachCoveredContinent() {
        Map<String, Set<String>> countries = new TreeMap<>();
        for (Persona p : all()) {
            String loc = p.location();
            String country = loc.substring(loc.lastIndexOf(',') + 1).strip();
            assertThat(CONTINENT).as(p.id() + " " + loc).containsKey(country);
            countries.computeIfAbsent(CONTINENT.get(country), k -> new HashSet<>()).add(country);
        }
        for (String c : List.of("North America", "Asia", "Oceania")) {
            assertThat(countries.get(c)).as(c).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void profilesAreComplete() {
        Pattern sentenceEnd = Pattern.compile("[.!?](\\s|$)");
        for (Persona p : all()) {
            assertThat(p.bigFive().readings()).as(p.id()).containsOnlyKeys(BigFive.TRAITS);
            assertThat(p.expertise()).as(p.id()).hasSizeBetween(2, 3);
            Matcher m = sentenceEnd.matcher(p.background());
            int sentences = 0;
            while (m.find()) {
                sentences++;
            }
            assertThat(sentences).as(p.id() + " background sentences").isBetween(2, 4);
            assertThat(p.preferences().values()).as(p.id()).allSatisfy(v -> assertThat(v.why()).isNotBlank());
        }
    }

    @Test
    void preferencesMixRulesAndJudgeAttributesWithVariedImportance() {
        AttributeCatalog catalog = AttributeCatalog.builtin();
        Map<Integer, Integer> importance = new TreeMap<>();
        int total = 0;
        int withAnalogies = 0;
        for (Persona p : all()) {
            int rules = 0;
            Set<Integer> levels = new HashSet<>();
            for (Map.Entry<String, Preference> e : p.preferences().entrySet()) {
                rules += catalog.find(e.getKey()).orElseThrow().isRules() ? 1 : 0;
                levels.add(e.getValue().importance());
                importance.merge(e.getValue().importance(), 1, Integer::sum);
                total++;
            }
            int judge = p.preferences().size() - rules;
            assertThat(rules).as(p.id() + " rules").isGreaterThanOrEqualTo(6);
            assertThat(judge).as(p.id() + " judge").isGreaterThanOrEqualTo(6);
            assertThat(levels).as(p.id() + " importance levels").hasSizeGreaterThanOrEqualTo(4);
            withAnalogies += p.preferences().containsKey("field-analogies") ? 1 : 0;
        }
        assertThat(withAnalogies).isGreaterThanOrEqualTo(40);
        for (int level = 1; level <= 5; level++) {
            assertThat(importance.getOrDefault(level, 0)).as("importance " + level).isGreaterThanOrEqualTo(total / 12);
        }
    }

    @Test
    void noPersonaHoldsContradictoryPreferences() {
        for (Persona p : all()) {
            List<String> clashes = clashes(p);
            assertThat(clashes).as(p.id()).isEmpty();
        }
    }

    static List<String> clashes(Persona p) {
        return PersonaConsistency.clashes(p);
    }

    @Test
    void clashDetectorFlagsAContradiction() {
        Persona p = new Persona("x", "Nobody", 30, "o", "l, USA", "b. c.", new BigFive(3, 3, 3, 3, 1, Map.of()),
                "c", "a", List.of("e", "f"), Map.of(
                        "word-budget", new Preference("brief", 3, "w"),
                        "worked-example", new Preference("5", 3, "w"),
                        "reassurance", new Preference("5", 3, "w")));
        assertThat(clashes(p)).hasSize(2);
    }
}
