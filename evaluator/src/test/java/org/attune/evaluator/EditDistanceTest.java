package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void tokensSplitContractionsAndPunctuation() {
        assertThat(EditDistance.tokens("I don't know, it's 3.5!"))
                .containsExactly("I", "do", "n't", "know", ",", "it", "'s", "3", ".", "5", "!");
    }

    @Test
    void layoutCostsNothing() {
        assertThat(EditDistance.words("a b\n\nc", "a   b c")).isZero();
        assertThat(EditDistance.words("", "")).isZero();
    }

    @Test
    void countsTokenInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.words("the cat sat", "the cat sat down")).isEqualTo(1);
        assertThat(EditDistance.words("the cat sat", "the dog sat")).isEqualTo(1);
        assertThat(EditDistance.words("the cat sat", "cat sat")).isEqualTo(1);
        assertThat(EditDistance.words("- one\n- two", "one two")).isEqualTo(2);
        assertThat(EditDistance.words("a b c d", "d c b a")).isEqualTo(4);
    }

    @Test
    void normalizedDividesByTheLongerSide() {
        assertThat(EditDistance.normalized("a b c d", "a b")).isEqualTo(0.5);
        assertThat(EditDistance.normalized("", "")).isZero();
    }

    @Test
    void manyDistinctTokensStillWork() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            a.append("w").append(i).append(' ');
            b.append("w").append(i).append(i % 1000 == 0 ? "x " : " ");
        }
        assertThat(EditDistance.words(a.toString(), b.toString())).isEqualTo(70);
    }

    @Test
    void cuttingTheCommonEndsGivesThePlainDynamicProgrammingDistance() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        String[] words = {"the", "cat", "sat", "on", "a", "mat", ".", ",", "and", "then", "ran", "away", "7", "x"};
        for (int n = 0; n < 3_000; n++) {
            java.util.List<String> a = new java.util.ArrayList<>();
            int len = r.nextInt(0, 30);
            for (int i = 0; i < len; i++) {
                a.add(words[r.nextInt(words.length)]);
            }
            java.util.List<String> b = new java.util.ArrayList<>(a);
            int edits = r.nextInt(0, 6);
            for (int k = 0; k < edits; k++) { // edits anywhere, including at both ends and in repeats
                int op = r.nextInt(3);
                if (op == 0 || b.isEmpty()) {
                    b.add(r.nextInt(b.size() + 1), words[r.nextInt(words.length)]);
                } else if (op == 1) {
                    b.remove(r.nextInt(b.size()));
                } else {
                    b.set(r.nextInt(b.size()), words[r.nextInt(words.length)]);
                }
            }
            String ta = String.join(" ", a);
            String tb = String.join(" ", b);
            int expected = plain(EditDistance.tokens(ta), EditDistance.tokens(tb));
            assertThat(EditDistance.words(ta, tb)).as("%s -> %s", ta, tb).isEqualTo(expected);
            EditDistance.Measure m = EditDistance.measure(ta, tb);
            assertThat(m.edits()).isEqualTo(expected);
            assertThat(m.normalized()).isEqualTo(EditDistance.normalized(ta, tb))
                    .isEqualTo(expected / (double) Math.max(Math.max(a.size(), b.size()), 1));
        }
    }

    private static int plain(java.util.List<String> a, java.util.List<String> b) {
        int[][] d = new int[a.size() + 1][b.size() + 1];
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.size()][b.size()];
    }
}
