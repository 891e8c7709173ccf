package org.attune.runners.models.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in prompt templates, loaded once from the class path. */
public final class Prompts {
    public static final String AGENT_GENERIC = "agent-generic";
    public static final String AGENT_PERSONA = "agent-persona";
    public static final String AGENT_ORACLE = "agent-oracle";
    public static final String AGENT_PERSONA_KNOWN = "agent-persona-known";
    public static final String AGENT_DISCOVERY = "agent-discovery";
    public static final String AGENT_FINAL = "agent-final";
    public static final String USER_PASSIVE = "user-passive";
    public static final String USER_COLLABORATIVE = "user-collaborative";
    public static final String JUDGE = "judge-criterion";
    public static final String JUDGE_REPAIR = "judge-repair";
    public static final String EDITOR = "editor";
    public static final String CORRECTNESS = "correctness-judge";
    public static final String LEARNER_ANSWER = "learner-answer";
    public static final String LEARNER_INFER = "learner-infer";
    public static final String LEARNER_AGGREGATE = "learner-aggregate";

    /** Every template name with its current version. */
    static final Map<String, Integer> VERSIONS = Map.ofEntries(Map.entry(AGENT_GENERIC, 1),
            Map.entry(AGENT_PERSONA, 1), Map.entry(AGENT_ORACLE, 1), Map.entry(AGENT_PERSONA_KNOWN, 1),
            Map.entry(AGENT_DISCOVERY, 1),
            Map.entry(AGENT_FINAL, 1), Map.entry(USER_PASSIVE, 1), Map.entry(USER_COLLABORATIVE, 1), Map.entry(JUDGE, 1),
            Map.entry(JUDGE_REPAIR, 1),
            Map.entry(EDITOR, 1), Map.entry(CORRECTNESS, 1), Map.entry(LEARNER_ANSWER, 1), Map.entry(LEARNER_INFER, 1),
            Map.entry(LEARNER_AGGREGATE, 1));

    private static final String USER_MARK = "=== user ===";
    private static final Map<String, Template> LOADED = new ConcurrentHashMap<>();

    private Prompts() {
    }

    public static Template get(String name) {
        return LOADED.computeIfAbsent(name, Prompts::load);
    }

    public static List<String> names() {
        return VERSIONS.keySet().stream().sorted().toList();
    }

    private static Template load(String name) {
        Integer version = VERSIONS.get(name);
        if (version == null) {
            throw new IllegalArgumentException("no prompt template " + name);
        }
        String resource = "attune/prompts/" + name + ".v" + version + ".txt";
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
            String system = text;
            String user = null;
            int mark = text.indexOf("\n" + USER_MARK + "\n");
            if (text.startsWith(USER_MARK + "\n")) { // a template that only continues a conversation
                system = "";
                user = text.substring(USER_MARK.length() + 1);
            } else if (mark >= 0) {
                system = text.substring(0, mark);
                user = text.substring(mark + USER_MARK.length() + 2);
            }
            return new Template(name, version, Hashing.sha256(bytes), system, user);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
