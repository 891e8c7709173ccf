package org.attune.personas;

/**
 * Big Five trait scores on 1-5, with an optional one-line reading of the profile.
 */
public record BigFive(int openness, int conscientiousness, int extraversion, int agreeableness,
                      int neuroticism, String reading) {
}
