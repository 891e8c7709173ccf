package org.attune.runners.agents;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.personas.util.Files2;

/** The reference agent's phrases for judge attributes, loaded from its resource file. */
record ReferencePhrases(Map<String, Phrase> byAttribute) {
    static final String RESOURCE = "attune/agents/reference.yaml";

    /**
     * @param text  the phrase for a strong wish (4-5)
     * @param light the phrase for a middle wish (3); null when there is none
     */
    record Phrase(boolean atStart, String text, String light) {
    }

    static ReferencePhrases load() {
        JsonNode root = Files2.parse("builtin:" + RESOURCE, Files2.readResource(RESOURCE));
        Map<String, Phrase> m = new LinkedHashMap<>();
        root.path("phrases").fields().forEachRemaining(e ->
                m.put(e.getKey(), new Phrase("start".equals(e.getValue().path("at").asText()),
                        e.getValue().path("text").asText(), e.getValue().path("light").asText(null))));
        return new ReferencePhrases(m);
    }
}
