package org.attune.api;

/**
 * One entry of the profile an eliciting agent acted on ({@code predictedProfile} of an episode line):
 * an attribute and value, how probable the agent held it to be active, and whether the person revealed
 * it ({@code revealed}) or the agent predicted it without asking ({@code predicted}).
 */
public record PredictedPreference(String attribute, String value, double probability, String source) {
    public static final String REVEALED = "revealed";
    public static final String PREDICTED = "predicted";
}
