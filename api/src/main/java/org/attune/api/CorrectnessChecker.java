package org.attune.api;


/** Judges whether a response states an item's gold answer (SPEC §3). */
@FunctionalInterface
public interface CorrectnessChecker {
    Correctness check(AnswerType type, Item item, String response);
}
