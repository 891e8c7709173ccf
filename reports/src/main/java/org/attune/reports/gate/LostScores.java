package org.attune.reports.gate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.attune.evaluator.Scores;
import org.attune.reports.gate.EpisodePairs.Pair;

/**
 * A score the baseline has for a comparison unit and the candidate has for none of its matched episodes
 * (every one errored, or its judge failed on every criterion). With no pair to compare, the metric would be
 * "not applicable" and the unit would pass; instead it is a regression, since a gate never passes work that
 * failed (docs/spec-notes.md, "Verdicts CI can trust").
 *
 * @param baselineMean the baseline's mean over its scored episodes of the unit
 * @param baselineScored how many of the unit's matched baseline episodes have the score
 * @param clusters     the (item, persona) clusters of those episodes
 * @param errored      candidate episodes of the unit that ended in an error
 * @param unscored     candidate episodes of the unit that finished without this score
 */
record LostScores(double baselineMean, int baselineScored, int clusters, int errored, int unscored) {

    /** The loss, when the baseline scored some of the unit's matched episodes and the candidate none. */
    static Optional<LostScores> of(List<Pair> unit, Function<Scores, Double> f) {
        double sum = 0;
        int scored = 0;
        int errored = 0;
        int unscored = 0;
        java.util.Set<String> clusters = new java.util.HashSet<>();
        for (Pair p : unit) {
            Double b = p.baseline().failed() || p.baseline().scores() == null ? null : f.apply(p.baseline().scores());
            if (b != null) {
                sum += b;
                scored++;
                clusters.add(p.cluster());
            }
            if (p.candidate().failed() || p.candidate().scores() == null) {
                errored++;
            } else if (f.apply(p.candidate().scores()) == null) {
                unscored++;
            } else {
                return Optional.empty(); // the candidate has the score somewhere: nothing was lost outright
            }
        }
        return scored == 0 ? Optional.empty()
                : Optional.of(new LostScores(sum / scored, scored, clusters.size(), errored, unscored));
    }

    String note() {
        return "no scored episode in the candidate (" + errored + " errored, " + unscored
                + " unscored) where the baseline scored " + baselineScored;
    }
}
