package org.attune.api;


/**
 * The simulated person's revision of a response so that it fits the active preferences
 * (SPEC §3). It never sees the task. Returning the response unchanged means "accepted".
 */
@FunctionalInterface
public interface Editor {
    String edit(String response, ActivePreferences preferences, Persona persona);
}
