package org.attune.reports.gate;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attune.personas.InvalidInputException;

/**
 * Renames baseline agent labels so that a renamed agent still pairs with itself
 * ({@code --agent-map old=new}).
 */
public record AgentMap(Map<String, String> renames) {

    public AgentMap {
        renames = Map.copyOf(renames);
    }

    public static AgentMap none() {
        return new AgentMap(Map.of());
    }

    /** Parses {@code old=new} entries; each entry may itself be a comma-separated list. */
    public static AgentMap parse(Collection<String> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : entries) {
            for (String part : entry.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                if (eq <= 0 || eq == p.length() - 1) {
                    throw new InvalidInputException("--agent-map: expected OLD=NEW, was \"" + p + "\"");
                }
                String old = p.substring(0, eq).trim();
                String renamed = p.substring(eq + 1).trim();
                if (old.contains("|") || renamed.contains("|")) {
                    throw new InvalidInputException("--agent-map: agent labels cannot contain '|', was \"" + p + "\"");
                }
                String before = out.put(old, renamed);
                if (before != null && !before.equals(renamed)) {
                    throw new InvalidInputException("--agent-map: " + old + " is mapped twice (to " + before
                            + " and " + renamed + ")");
                }
            }
        }
        return new AgentMap(out);
    }

    public String apply(String agent) {
        return renames.getOrDefault(agent, agent);
    }

    /** Checks every mapped agent exists in the baseline and no two end up with the same label. */
    public void validate(Set<String> baselineAgents) {
        for (String old : renames.keySet()) {
            if (!baselineAgents.contains(old)) {
                throw new InvalidInputException("--agent-map: the baseline has no agent \"" + old + "\" (it has: "
                        + String.join(", ", new TreeSet<>(baselineAgents)) + ")");
            }
        }
        Map<String, String> seen = new HashMap<>();
        for (String agent : new TreeSet<>(baselineAgents)) {
            String prior = seen.put(apply(agent), agent);
            if (prior != null) {
                throw new InvalidInputException("--agent-map: baseline agents " + prior + " and " + agent
                        + " would both be named " + apply(agent));
            }
        }
    }

    /** The renames as {@code old=new} strings, for the record. */
    public List<String> describe() {
        return renames.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
    }
}
