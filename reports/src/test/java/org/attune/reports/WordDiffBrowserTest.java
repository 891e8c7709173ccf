package org.attune.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.attune.reports.internal.Templates;
import org.attune.reports.internal.TokenDiff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The word diff the episode and longitudinal pages draw (worddiff.js, as the report inlines it) run
 * in headless Chromium gives exactly the segments of the Java reference ({@link TokenDiff}) on word
 * soups with Unicode letters, marks, digits, contractions, odd whitespace and punctuation, on lines of
 * public benchmark files and their edits, and on responses and edits from a quick-suite run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordDiffBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<String>>> SEGMENTS = new TypeReference<>() {
    };
    private static final String[] WORDS = {"a", "b", "the", "answer", "is", "42", "3.14", ".", ",", ";", "!", "?", "-",
        "—", "(", ")", "\"", "'", "’", "don't", "DON'T", "it’s", "we're", "they'LL", "can’t", "n't", "'s", "s", "naïve",
        "émigré", "e\u0301t\u0065\u0301", "日本語", "ß", "İstanbul", "x²", "١٢٣", "😀", "a😀b", "snake_case", "Ⅻ", "ſ's",
        "\u200dj", "x\u200c", "\u00a0", "\u2007", "\u202f", "\u3000", "\u0085", "\u001c", "\u2028", "\ufeff", "\t",
        "\n", "\r\n", "  ", "\u00ad", "$", "%", "*", "#"};

    private ChromeDriver driver;

    @BeforeAll
    void setUp() {
        Chromium.assumeInstalled();
        driver = Chromium.start(800, 600);
        driver.get("about:blank");
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void wordSoupsDiffAsTheJavaReferenceDoes() {
        SplittableRandom r = new SplittableRandom(18);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String a = soup(r, r.nextInt(30));
            // half the pairs are edits of one text, so most tokens match
            String b = i % 2 == 0 ? soup(r, r.nextInt(30)) : edit(r, a, r.nextInt(6));
            pairs.add(new String[] {a, b});
        }
        pairs.add(new String[] {"", ""});
        pairs.add(new String[] {"  \n", "word"});
        pairs.add(new String[] {"word  \n", ""});
        assertSameAsJava(pairs);
    }

    @Test
    void textsWithMoreDistinctWordsThanCodesDiffAsOneReplacement() {
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < 63_300; i++) {
            a.append('w').append(i).append(' ');
        }
        assertSameAsJava(List.<String[]>of(new String[] {a.toString(), "short"}, new String[] {"x y", a.toString()}));
    }

    @Test
    void responsesAndEditsOfAQuickSuiteRunDiffAsTheJavaReferenceDoes() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/worddiff/quick-suite-edits.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode p = JSON.readTree(line);
                pairs.add(new String[] {p.get("response").asText(), p.get("edited").asText()});
            }
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(50);
        assertSameAsJava(pairs);
    }

    /** Lines of public benchmark files (/work/shared/realdata), each against the next and against an edit of itself. */
    @Test
    void linesOfPublicBenchmarkFilesDiffAsTheJavaReferenceDoes() throws IOException {
        Path data = Path.of(System.getProperty("attune.realdata", "../../shared/realdata"));
        Assumptions.assumeTrue(Files.isDirectory(data), "no public benchmark files at " + data.toAbsolutePath());
        SplittableRandom r = new SplittableRandom(7);
        List<String[]> pairs = new ArrayList<>();
        for (String file : List.of("gsm8k_test.jsonl", "truthfulqa.csv", "math500_test.jsonl", "logiqa_test_first200.txt",
                "medqa_usmle_4options_test_first200.jsonl")) {
            Path p = data.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).limit(41).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                String a = lines.get(i).replace("\\n", "\n");
                pairs.add(new String[] {a, lines.get(i + 1).replace("\\n", "\n")});
                pairs.add(new String[] {a, edit(r, a, 1 + r.nextInt(8))});
            }
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(100);
        assertSameAsJava(pairs);
    }

    private void assertSameAsJava(List<String[]> pairs) {
        String script = Templates.get().asset("worddiff.js") + "\nreturn JSON.stringify(JSON.parse(arguments[0])"
                + ".map(function (p) { return window.attuneDiff.segments(p[0], p[1]); }));";
        try {
            JsonNode js = JSON.readTree((String) driver.executeScript(script, JSON.writeValueAsString(pairs)));
            assertThat(js.size()).isEqualTo(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                List<List<String>> expected = TokenDiff.diff(pairs.get(i)[0], pairs.get(i)[1]).stream()
                        .map(s -> List.of(s.op(), s.text())).toList();
                List<List<String>> drawn = JSON.convertValue(js.get(i), SEGMENTS);
                assertThat(drawn).as("%s -> %s",
                        JSON.writeValueAsString(pairs.get(i)[0]), JSON.writeValueAsString(pairs.get(i)[1]))
                        .isEqualTo(expected);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String soup(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(3) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    /** A text with {@code changes} stretches of words deleted, replaced or inserted, as an editor would. */
    private static String edit(SplittableRandom r, String text, int changes) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ", -1)));
        for (int c = 0; c < changes; c++) {
            int at = r.nextInt(words.size() + 1);
            int kind = r.nextInt(3);
            if (kind == 0 && at < words.size()) {
                words.subList(at, Math.min(words.size(), at + 1 + r.nextInt(4))).clear();
            } else if (kind == 1 && at < words.size()) {
                words.set(at, WORDS[r.nextInt(WORDS.length)]);
            } else {
                words.add(at, soup(r, 1 + r.nextInt(4)).strip());
            }
        }
        return String.join(" ", words);
    }
}
