package org.attune.api;

import java.util.List;

/**
 * What the simulated person knows: who they are, which preferences are active, and the dialogue
 * so far. Never the task item or its answer (SPEC §2).
 */
public record UserContext(Persona persona, ActivePreferences active, List<Turn> transcript, String episodeKey) {
    public UserContext {
        transcript = List.copyOf(transcript);
    }
}
