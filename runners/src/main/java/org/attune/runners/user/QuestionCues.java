package org.attune.runners.user;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.attune.personas.util.Files2;

/**
 * Lexical cues of questions about an attribute ("bold", "glossary", "emoji"), from the resource
 * {@value #RESOURCE}: words that a sentence embedding weighs too lightly against the rest of a
 * question. Attributes without cues are matched by the embeddings alone.
 */
final class QuestionCues {
    static final String RESOURCE = "attune/user/question-cues.yaml";

    private final Map<String, Pattern> byAttribute;

    private QuestionCues(Map<String, Pattern> byAttribute) {
        this.byAttribute = byAttribute;
    }

    static QuestionCues load() {
        JsonNode root = Files2.parse("builtin:" + RESOURCE, Files2.readResource(RESOURCE));
        Map<String, Pattern> m = new LinkedHashMap<>();
        root.path("cues").fields().forEachRemaining(e -> {
            StringBuilder alternation = new StringBuilder();
            for (JsonNode cue : e.getValue()) {
                alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(cue.asText()).append(')');
            }
            try {
                m.put(e.getKey(), Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException x) {
                throw new IllegalStateException(RESOURCE + ": cues." + e.getKey() + ": " + x.getDescription(), x);
            }
        });
        return new QuestionCues(Map.copyOf(m));
    }

    /** For each id, in order, whether one of its cues occurs in the text. */
    boolean[] fire(String text, List<String> ids) {
        boolean[] out = new boolean[ids.size()];
        for (int i = 0; i < out.length; i++) {
            Pattern p = byAttribute.get(ids.get(i));
            out[i] = p != null && p.matcher(text).find();
        }
        return out;
    }

    java.util.Set<String> attributeIds() {
        return byAttribute.keySet();
    }
}
