package org.attune.runners.user;

/** Decides which attributes (if any) a message to the simulated person is about (SPEC §2). */
@FunctionalInterface
public interface AttributeMatcher {
    MatchResult match(String message);
}
