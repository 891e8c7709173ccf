package org.attune.runners.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static List<Integer> shownCounts(String text) {
        Matcher m = Pattern.compile("\\] (\\d+)/81 episodes").matcher(text);
        List<Integer> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void countsReportedOutOfOrderByEpisodeThreadsNeverGoBackInALog() {
        StringWriter log = new StringWriter();
        Progress p = new Progress(new PrintWriter(log, true), false, false);
        p.start(81);
        // the order threads reached the lock in a model run: 33 then 32; 65, 60, 68, 59
        for (int n : new int[] {8, 9, 17, 33, 32, 41, 49, 65, 60, 68, 59, 73, 81, 80}) {
            p.step(n, 0);
        }
        List<Integer> shown = shownCounts(log.toString());
        assertThat(shown).isSorted().contains(81).doesNotContain(32, 60, 59, 80);
    }

    @Test
    void countsNeverGoBackOnATerminalEither() {
        StringWriter tty = new StringWriter();
        Progress p = new Progress(new PrintWriter(tty, true), true, false);
        p.start(81);
        for (int n : new int[] {33, 32, 81, 80}) {
            p.step(n, 0);
        }
        assertThat(shownCounts(tty.toString())).isSorted().endsWith(81);
    }
}
