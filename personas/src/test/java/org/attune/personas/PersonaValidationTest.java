package org.attune.personas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import org.attune.api.Persona;
import org.attune.personas.util.Files2;
import org.junit.jupiter.api.Test;

class PersonaValidationTest {
    private static String prefs(int n) {
        StringBuilder sb = new StringBuilder();
        String[] ids = {"word-budget", "layout", "answer-placement", "summary-line", "sentence-length", "jargon",
            "headings", "emoji", "address", "contractions", "math-notation", "emphasis", "exclamation",
            "certainty-tone", "encouragement", "humor", "rigor"};
        String[] vals = {"brief", "prose", "answer-first", "include", "short", "plain", "none", "none",
            "second-person", "casual", "plain", "plain", "calm", "confident", "4", "2", "3"};
        for (int i = 0; i < n; i++) {
            sb.append("  ").append(ids[i]).append(": {value: ").append(vals[i]).append(", importance: 3}\n");
        }
        return sb.toString();
    }

    static final String HEAD = """
            schema: attune.persona/v1
            id: p900
            name: Dana Test
            age: 33
            occupation: nurse
            location: Oslo, Norway
            background: Works nights.
            bigFive: {openness: 3, conscientiousness: 4, extraversion: 2, agreeableness: 4, neuroticism: 3}
            cognitive: Likes steps.
            affective: Dislikes being rushed.
            expertise: [nursing, knitting]
            preferences:
            """;

    @Test
    void aValidPersonaLoads() {
        Persona p = parse("ok.yaml", HEAD + prefs(16));
        assertThat(p.preferences()).hasSize(16);
        assertThat(p.preferences().get("word-budget").value()).isEqualTo("brief");
    }

    @Test
    void aMisspelledKeyIsAnErrorWithTheClosestKnownName() {
        String text = HEAD.replace("cognitive:", "cogntive: x\ncognitive:")
                .replace("neuroticism: 3}", "neuroticism: 3, openess: 4}") + prefs(15)
                + "  humor: {value: 2, importance: 3, wy: because}\n";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> parse("typo.yaml", text));
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).startsWith("typo.yaml: cogntive: unknown field")
                .endsWith("did you mean \"cognitive\"?"));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).startsWith("typo.yaml: bigFive.openess: unknown field")
                .endsWith("did you mean \"openness\"?"));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).startsWith("typo.yaml: preferences.humor.wy: unknown field")
                .endsWith("did you mean \"why\"?"));
    }

    @Test
    void everyProblemIsReportedOnItsOwnLineNamingFileAndField() {
        String text = HEAD.replace("id: p900\n", "").replace("age: 33", "age: thirty") + prefs(15)
                + "  humor: {value: 2, importance: 7}\n"
                + "  not-an-attribute: {value: x, importance: 2}\n";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> parse("bad.yaml", text));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).startsWith("bad.yaml: id: is required"));
        assertThat(e.problems()).anySatisfy(l -> assertThat(l).startsWith("bad.yaml: age: expected an integer"));
        assertThat(e.problems()).contains("bad.yaml: preferences.humor.importance: must be 1-5, was 7");
        assertThat(e.problems()).contains("bad.yaml: preferences.not-an-attribute: unknown attribute \"not-an-attribute\"");
        assertThat(e.problems()).allSatisfy(l -> assertThat(l).startsWith("bad.yaml: "));
    }

    @Test
    void anIllegalValueNamesTheLegalOnes() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> parse("v.yaml", HEAD + prefs(15) + "  humor: {value: loud, importance: 2}\n"));
        assertThat(e.problems()).containsExactly(
                "v.yaml: preferences.humor.value: must be one of [1, 2, 3, 4, 5], was \"loud\"");
    }

    @Test
    void duplicateKeysAndTooFewPreferencesAreRejected() {
        InvalidInputException dup = catchThrowableOfType(InvalidInputException.class,
                () -> parse("d.yaml", HEAD + prefs(15) + "  word-budget: {value: brief, importance: 3}\n"));
        assertThat(dup.getMessage()).startsWith("d.yaml: ").contains("word-budget");
        InvalidInputException few = catchThrowableOfType(InvalidInputException.class, () -> parse("f.yaml", HEAD + prefs(3)));
        assertThat(few.problems()).containsExactly("f.yaml: preferences: has 3 entries; 15-30 are expected");
    }

    @Test
    void aliasBombsDoNotExpand() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        // Jackson's YAML reader does not expand collection aliases: the bomb stays a few nodes big.
        JsonNode root = Files2.parse("bomb.yaml", bomb);
        int[] nodes = {0};
        root.forEach(n -> nodes[0] += 1 + n.size());
        assertThat(nodes[0]).isLessThan(100);
    }

    @Test
    void binaryAndInvalidUtf8AreRefused() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> Files2.decode("b.yaml", new byte[] {'a', 0, 'b'})).getMessage()).contains("binary");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> Files2.decode("u.yaml", new byte[] {'a', (byte) 0xC3, '('})).getMessage()).contains("UTF-8");
        assertThat(Files2.decode("bom.yaml", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'})).isEqualTo("x");
    }

    @Test
    void aYamlSyntaxErrorSaysWhatWasExpectedNotOnlyWhereTheParserWas() {
        String unclosed = catchThrowableOfType(InvalidInputException.class,
                () -> Files2.parse("t.yaml", "alignment: [1\n")).getMessage();
        assertThat(unclosed).startsWith("t.yaml: line 1: while parsing a flow sequence: expected ',' or ']', but got")
                .doesNotContain("in 'reader'").doesNotContain("^");
        String tab = catchThrowableOfType(InvalidInputException.class,
                () -> Files2.parse("tab.yaml", "a:\n\tb: 1\n")).getMessage();
        assertThat(tab).startsWith("tab.yaml: line ").contains("cannot start any token", "(Do not use");
    }

    @Test
    void duplicateIdsAndNamesAcrossFilesAreReported() {
        Persona a = parse("a.yaml", HEAD + prefs(15));
        Persona b = parse("b.yaml", HEAD + prefs(15));
        var problems = PersonaLibrary.crossCheck(new java.util.LinkedHashMap<>(java.util.Map.of("a.yaml", a, "b.yaml", b)));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("duplicate id \"p900\""));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("also named \"Dana Test\""));
    }

    private static Persona parse(String name, String text) {
        JsonNode root = Files2.parse(name, text);
        return PersonaLibrary.parse(name, root, AttributeCatalog.builtin());
    }
}
