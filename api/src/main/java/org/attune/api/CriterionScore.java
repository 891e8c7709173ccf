package org.attune.api;

/**
 * The score of one active attribute, 1-5, with the kind of judge that gave it
 * ({@code rules}, {@code model} or {@code heuristic}) and a one-line justification.
 */
public record CriterionScore(String attribute, double score, String kind, String justification) {
    public static final String RULES = "rules";
    public static final String MODEL = "model";
    public static final String HEURISTIC = "heuristic";
}
