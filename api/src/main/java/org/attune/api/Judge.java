package org.attune.api;


/** Scores one criterion of a response for a person, 1-5 (SPEC §3). */
@FunctionalInterface
public interface Judge {
    CriterionScore score(Attribute attribute, String value, Persona persona, String response);
}
