package org.attune.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scans that skip work (word counts, the last answer phrase and number, hedge counts, answer
 * statements, contractions) give exactly what their plain regular-expression versions ({@link RegexTextOracle})
 * give: on the rules corpus and its rewrites, on public benchmark solutions and on generated text
 * full of near misses, whole and line by line and sentence by sentence.
 */
class TextScanEquivalenceTest {
    private static final RulesLibrary LIB = RulesLibrary.builtin();
    private static final String[] PIECES = {
        "The answer is 42.", "**Final answer:** 3/4", "ANSWER = 7", "answers vary", "correct   answer is\n 12",
        "short\nanswer: x", "the answer\u00A0is 5", "`answer is 5`", "$answer is 6$", "anſwer is 3", "Answer:",
        "final answer", "the Answer would be 1,000.25", "answer:answer: 4", "AnSwEr is **9**", "Answers: 2", "\\boxed{8}",
        "1. First", "  2) step", "3,000.5", "1 / 2", "x2", "a.5", "²", "٣", "10.", "#### 20", "12,34", "7,000,000",
        "I think that", "i Believe,", "in my opinion,", "as far as I know", "if I’m not mistaken", "seems to be",
        "Appears to be", "it seems,", "is likely to", "most likely,", "likely be", "probably", "may well", "might",
        "somewhat  ", "SEEMINGLY", "don't", "Won’t", "it's been", "I AM", "they are", "We will", "let us go",
        "cannot", "can not", "Is not", "he is here", "y'all", "'d", "’re", "I'd better", "shan't", "İ think", "thınk", "liKely", "perhaps,", "Bottom line: 4", "**Bottom line**: x",
        "word", "two words", "$x + 1$", "`code here`", "<<2*3=6>>", "https://example.org/a.", "\\frac{1}{2}",
        "\uD835\uDC00", "é", "—", "-", "…", ".", "!", "?", "\n", "\n\n", "\t", "  ", " ", " ", " ", "\r\n", "\f",
    };

    @Test
    void scansAgreeWithTheirRegexVersionsOnCorpusRewritesAndRealSolutions() {
        List<String> texts = new ArrayList<>(Corpus.load().values());
        for (String text : List.copyOf(texts)) {
            for (String id : LIB.attributeIds()) {
                for (String value : LIB.values(id)) {
                    texts.add(LIB.find(id).orElseThrow().operator().apply(text, value));
                }
            }
        }
        texts.addAll(RealData.jsonl("gsm8k_test.jsonl", "answer", 300));
        texts.addAll(RealData.jsonl("math500_test.jsonl", "solution", 300));
        texts.addAll(RealData.jsonl("math_test_first200.jsonl", "solution", 200));
        assertThat(texts).hasSizeGreaterThan(2000);
        assertAllAgree(texts);
    }

    @Test
    void scansAgreeWithTheirRegexVersionsOnGeneratedNearMisses() {
        Random r = new Random(18);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + r.nextInt(12);
            for (int p = 0; p < parts; p++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextBoolean()) {
                    sb.append(' ');
                }
            }
            texts.add(sb.toString());
        }
        assertAllAgree(texts);
    }

    /** Each text, and each of its lines and sentences, through every scan and its oracle. */
    private static void assertAllAgree(List<String> texts) {
        int phrases = 0;
        int numbers = 0;
        int hedges = 0;
        for (String text : texts) {
            assertThat(ContractionsRule.count(text)).as("contractions in: %s", text)
                    .isEqualTo(RegexTextOracle.contractions(text));
            List<String> parts = new ArrayList<>(List.of(text.split("\n")));
            parts.add(text);
            parts.addAll(Para.of(text.replace('\n', ' ')).sents);
            Answers.Found whole = Answers.find(text);
            for (String s : parts) {
                assertThat(Words.count(s)).as("words of: %s", s).isEqualTo(RegexTextOracle.wordCount(s));
                Answers.Found phrase = Answers.lastPhrase(s);
                assertThat(phrase).as("answer phrase of: %s", s).isEqualTo(RegexTextOracle.lastPhrase(s));
                Answers.Found number = Answers.lastNumber(s);
                assertThat(number).as("last number of: %s", s).isEqualTo(RegexTextOracle.lastNumber(s));
                int h = CertaintyToneRule.countIn(s);
                assertThat(h).as("hedges in: %s", s).isEqualTo(RegexTextOracle.hedges(s));
                assertThat(Outline.isStatement(s, whole)).as("statement: %s", s)
                        .isEqualTo(RegexTextOracle.isStatement(s, whole));
                assertThat(ContractionsRule.contract(s, "’")).as("contracted: %s", s)
                        .isEqualTo(RegexTextOracle.contract(s, "’"));
                assertThat(ContractionsRule.expand(s)).as("expanded: %s", s).isEqualTo(RegexTextOracle.expand(s));
                phrases += phrase == null ? 0 : 1;
                numbers += number == null ? 0 : 1;
                hedges += h;
            }
        }
        assertThat(phrases).as("texts with an answer phrase").isGreaterThan(100);
        assertThat(numbers).as("texts with a number").isGreaterThan(100);
        assertThat(hedges).as("hedges found").isGreaterThan(100);
    }
}
