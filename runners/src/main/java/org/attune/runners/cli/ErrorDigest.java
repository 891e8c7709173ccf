package org.attune.runners.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeFigures;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.RunDirectory;

/**
 * The error most of a run's errored episodes ended with, for the line a run stopped for errors prints:
 * without it the console said only how many errored, and the cause ("cannot start ...", "401 ...") was in
 * the journal and junit.xml alone.
 */
final class ErrorDigest {
    private static final int MAX_MESSAGE = 300;
    /** An exec/http agent's request id (docs/agents.md): messages that differ only there are one error. */
    private static final java.util.regex.Pattern REQUEST_ID = java.util.regex.Pattern.compile("request [0-9a-f]{8}-\\d+");

    private ErrorDigest() {
    }

    /** "; most errors (N of M): kind: message", or "" when the journal holds no errored episode or cannot be read. */
    static String of(Path runDir) {
        try {
            return of(new RunDirectory(runDir).readEpisodes(EpisodeFigures.view()));
        } catch (RuntimeException unreadable) {
            return ""; // the count is already said; the digest is only a help
        }
    }

    static String of(List<Episode> episodes) {
        Map<String, Integer> counts = new LinkedHashMap<>(); // ties go to the error seen first
        Map<String, String> shown = new LinkedHashMap<>(); // the first message of each kind, as it was
        int errored = 0;
        for (Episode e : episodes) {
            ErrorInfo err = e.error();
            if (err != null) {
                errored++;
                String text = text(err);
                String same = REQUEST_ID.matcher(text).replaceAll("request #");
                counts.merge(same, 1, Integer::sum);
                shown.putIfAbsent(same, text);
            }
        }
        if (errored == 0) {
            return "";
        }
        Map.Entry<String, Integer> top = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (top == null || c.getValue() > top.getValue()) {
                top = c;
            }
        }
        return "; " + (top.getValue() == errored ? "every one" : top.getValue() + " of the " + errored)
                + " ended with: " + shown.get(top.getKey());
    }

    private static String text(ErrorInfo err) {
        String m = err.message() == null ? "" : err.message().strip().replaceAll("\\s+", " ");
        if (m.length() > MAX_MESSAGE) {
            m = m.substring(0, MAX_MESSAGE) + "...";
        }
        // the message only: a kind is often the Java class of the failure, which says nothing to a user
        return m.isEmpty() ? (err.kind() == null ? "an error without a message" : err.kind()) : m;
    }
}
