package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.runners.models.internal.JsonReplies;

/**
 * Reads a judge's score (SPEC §2): the {@code {"score", "justification"}} JSON first; else a labelled
 * score in text, as models write them when they ignore the format ({@code Score: 4},
 * {@code **Score:** 4}, {@code Rating: 4 out of 5}, {@code 4/5}, or {@code "score": 4} in JSON that does not
 * parse); the form found is named, so it can be counted. A score must be an integer 1-5.
 */
final class JudgeReplyReader {
    static final String JSON = "json";
    static final String LABEL = "score-label";
    static final String FRACTION = "score-fraction";
    static final String OUT_OF = "score-out-of";

    /** A score, the justification that came with it and the form it was read from. */
    record Reading(int score, String justification, String form) {
    }

    // the label may be a quoted key of JSON that did not parse (cut off by max_tokens, a Python dict, inner quotes)
    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(?:final\\s+)?(?:score|rating|grade)\\b[\"']?[*_\\s]*[:=]"
            + "[*_\\s\"']*([0-9]+(?:\\.[0-9]+)?)(?:[*_\\s]*(?:/\\s*5|out\\s+of\\s+5))?");
    private static final Pattern FRACTIONAL = Pattern.compile("(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*5\\b");
    private static final Pattern OUT_OF_FIVE = Pattern.compile("(?i)(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)\\s+out\\s+of\\s+5\\b");

    private JudgeReplyReader() {
    }

    /** The reading of a reply, or null when it holds no score 1-5 in any form. */
    static Reading read(String text) {
        JsonNode n = JsonReplies.lastObject(text, x -> x.has("score"));
        if (n != null) {
            Integer score = score(n.get("score"));
            if (score != null) {
                return new Reading(score, JsonReplies.text(n, "justification"), JSON);
            }
        }
        for (Object[] form : new Object[][] {{LABELLED, LABEL}, {OUT_OF_FIVE, OUT_OF}, {FRACTIONAL, FRACTION}}) {
            Matcher m = ((Pattern) form[0]).matcher(text);
            String last = null;
            int end = -1;
            int start = -1;
            while (m.find()) {
                last = m.group(1);
                start = m.start();
                end = m.end();
            }
            Integer score = last == null ? null : score(last);
            if (score != null) {
                String rest = (text.substring(0, start) + " " + text.substring(end)).replaceAll("[*_#>`]+", " ").strip();
                return new Reading(score, rest.isEmpty() ? null : rest, (String) form[1]);
            }
        }
        return null;
    }

    /** An integer 1-5, given as a number or a numeric string; null otherwise. */
    static Integer score(JsonNode s) {
        if (s.isNumber()) {
            return score(s.asText());
        }
        return s.isTextual() ? score(s.asText().strip()) : null;
    }

    private static Integer score(String s) {
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
        if (d != Math.rint(d) || d < 1 || d > 5) {
            return null;
        }
        return (int) d;
    }
}
