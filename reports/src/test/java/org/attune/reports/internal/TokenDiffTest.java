package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.attune.evaluator.EditDistance;
import org.junit.jupiter.api.Test;

class TokenDiffTest {

    @Test
    void identicalTextsAreOneUnchangedSegment() {
        List<TokenDiff.Segment> d = TokenDiff.diff("Answer: 42.\n\n- one", "Answer: 42.\n\n- one");
        assertThat(d).containsExactly(new TokenDiff.Segment(TokenDiff.SAME, "Answer: 42.\n\n- one"));
    }

    @Test
    void marksDeletedAndInsertedWords() {
        List<TokenDiff.Segment> d = TokenDiff.diff("the quick brown fox", "the quick red fox jumps");
        assertThat(d).containsExactly(
                new TokenDiff.Segment(TokenDiff.SAME, "the quick"),
                new TokenDiff.Segment(TokenDiff.DELETED, " brown"),
                new TokenDiff.Segment(TokenDiff.INSERTED, " red"),
                new TokenDiff.Segment(TokenDiff.SAME, " fox"),
                new TokenDiff.Segment(TokenDiff.INSERTED, " jumps"));
    }

    @Test
    void deletedSentenceEndsOnItsOwnFullStop() {
        List<TokenDiff.Segment> d = TokenDiff.diff("It is over. Units stay. Done.", "It is over. Done.");
        assertThat(d).containsExactly(
                new TokenDiff.Segment(TokenDiff.SAME, "It is over."),
                new TokenDiff.Segment(TokenDiff.DELETED, " Units stay."),
                new TokenDiff.Segment(TokenDiff.SAME, " Done."));
    }

    @Test
    void missingTextsDiffAsEmpty() {
        assertThat(TokenDiff.diff(null, "new words")).containsExactly(
                new TokenDiff.Segment(TokenDiff.INSERTED, "new words"));
        assertThat(TokenDiff.diff("old", null)).containsExactly(new TokenDiff.Segment(TokenDiff.DELETED, "old"));
    }

    @Test
    void eachSideRebuildsItsTokensAndChangesAreBoundedByTheEditCost() {
        SplittableRandom r = new SplittableRandom(5);
        String[] words = {"a", "b", "c", "the", "answer", "is", "42", ".", ",", "don't", "-", "\n"};
        for (int run = 0; run < 300; run++) {
            String a = random(r, words);
            String b = random(r, words);
            List<TokenDiff.Segment> d = TokenDiff.diff(a, b);
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            int changed = 0;
            for (TokenDiff.Segment s : d) {
                List<String> t = EditDistance.tokens(s.text());
                if (!s.op().equals(TokenDiff.INSERTED)) {
                    before.addAll(t);
                }
                if (!s.op().equals(TokenDiff.DELETED)) {
                    after.addAll(t);
                }
                changed += s.op().equals(TokenDiff.SAME) ? 0 : t.size();
            }
            assertThat(before).as(a).isEqualTo(EditDistance.tokens(a));
            assertThat(after).as(b).isEqualTo(EditDistance.tokens(b));
            int e = EditDistance.words(a, b);
            assertThat(changed).as(a + " -> " + b).isBetween(e, 2 * e);
        }
    }

    private static String random(SplittableRandom r, String[] words) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        }
        return sb.toString();
    }
}
