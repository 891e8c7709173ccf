package org.attune.api;

/** The simulated person answering an agent's message (SPEC §2). */
@FunctionalInterface
public interface SimulatedUser {
    UserReply reply(UserContext context, String message);
}
