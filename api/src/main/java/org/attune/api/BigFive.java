package org.attune.api;

import java.util.Map;

/**
 * Big Five trait scores on 1-5, each with a one-line reading of what the score means for this
 * person ({@code readings}: trait name -> line).
 */
public record BigFive(int openness, int conscientiousness, int extraversion, int agreeableness,
                      int neuroticism, Map<String, String> readings) {
    public static final java.util.List<String> TRAITS =
            java.util.List.of("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism");

    public BigFive {
        readings = readings == null ? Map.of() : Map.copyOf(readings);
    }
}
