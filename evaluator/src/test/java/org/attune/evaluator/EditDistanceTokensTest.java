package org.attune.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ASCII tokenizer gives exactly the pattern's tokens, on random and on real benchmark text. */
class EditDistanceTokensTest {
    /** Chars where the two could part: contraction letters in both cases, both apostrophes, '_', spaces, controls. */
    private static final String ALPHABET = "nNtTsSrReEvVlLdDmMoaZ09_'\u2019 \t\n\r\u000b\f\u001f\u0000.,!?-\"(";

    private static List<String> reference(String text) {
        return EditDistance.patternTokens(text, new ArrayList<>());
    }

    @Test
    void randomTextsTokenizeAsThePatternDoes() {
        Random r = new Random(18);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(14);
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            assertTrue(AsciiTokenizer.covers(text));
            assertEquals(reference(text), EditDistance.tokens(text), () -> "text: [" + text + "]");
        }
    }

    @Test
    void contractionsAndPossessivesSplitAtWordEnds() {
        assertEquals(List.of("I", "do", "n't", "know", "’s", "it", "'S", "_", "we", "'re", "'", "rex", "ca", "N’T"),
                EditDistance.tokens("I don't know ’s it 'S _ we're 'rex caN’T"));
        // "_" is not a letter or digit (SPEC §3): "n't" before it is split off, as in Markdown "_don't_"
        assertEquals(List.of("don", "'", "tx", "n't", "_"), EditDistance.tokens("don'tx n't_"));
        assertEquals(reference("don'tx n't_"), EditDistance.tokens("don'tx n't_"));
    }

    @Test
    void otherTextsKeepThePattern() {
        String text = "Caf\u00e9 isn\u2019t na\u00efve \u2014 \u00c5ngstr\u00f6m\u2019s";
        assertFalse(AsciiTokenizer.covers(text));
        assertEquals(reference(text), EditDistance.tokens(text));
    }

    @Test
    void realBenchmarkTextTokenizesAsThePatternDoes() throws Exception {
        Path data = Path.of("/work/shared/realdata");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(data), "the shared benchmark files are absent");
        int checked = 0;
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".csv")).toList()) {
                for (String line : Files.readAllLines(f).stream().limit(300).toList()) {
                    String text = line.replace("\\n", "\n").replace("\\u2019", "\u2019");
                    if (AsciiTokenizer.covers(text)) {
                        assertEquals(reference(text), EditDistance.tokens(text), () -> f + ": " + text);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "ASCII lines checked: " + checked);
    }
}
