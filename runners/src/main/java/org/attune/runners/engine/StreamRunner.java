package org.attune.runners.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.attune.api.ActivePreference;
import org.attune.api.Attempt;
import org.attune.api.InferredPreferences;
import org.attune.api.Learner;
import org.attune.api.Round;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.EpisodeScorer;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Timing;
import org.attune.runners.models.ModelLedger;

/**
 * Plays one learner through one persona's stream, round by round: the learner answers (no questions),
 * the editor revises the answer as the person would, the scorer scores it, the learner learns from the
 * edit, and the round is journaled at once. Rounds already journaled (resume) are replayed into the
 * learner instead of played, so it continues with the state it had.
 */
final class StreamRunner {
    /** The journal's condition of every round. */
    static final String CONDITION = "longitudinal";

    /** Counters shared by every stream of a run. */
    interface Tally {
        void played(Episode e);

        void replayed();
    }

    private final EpisodeScorer scorer;
    private final ModelLedger ledger;

    StreamRunner(EpisodeScorer scorer, ModelLedger ledger) {
        this.scorer = scorer;
        this.ledger = ledger;
    }

    void run(String label, Learner learner, List<Round> rounds, Map<String, Episode> done, EpisodeJournal journal,
             Tally tally, BooleanSupplier stop) {
        for (Round round : rounds) {
            Episode prior = done.get(round.key(label));
            if (prior != null) {
                replay(learner, round, prior, ledger);
                tally.replayed();
                continue;
            }
            if (stop.getAsBoolean()) {
                return;
            }
            Episode e = play(label, learner, round);
            journal.append(e);
            tally.played(e);
        }
    }

    Episode play(String label, Learner learner, Round round) {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        Attempt attempt = null;
        Scores scores = null;
        ErrorInfo error = null;
        // the round number is the sheet's epoch: part of every cache key, so a replay meets the same calls
        ModelLedger.Sheet sheet = ledger.open(round.number());
        try {
            attempt = learner.attempt(round);
            if (attempt == null || attempt.response() == null) {
                throw new IllegalStateException("learner gave no response");
            }
            scores = scorer.score(round.task().typeOf(round.item()), round.item(), round.persona(), round.preferences(),
                    List.of(), attempt.response(), false);
            learner.learn(round, attempt, scores.edited());
        } catch (RuntimeException ex) {
            error = new ErrorInfo(ex.getClass().getSimpleName(), ex.getMessage() == null ? "" : ex.getMessage());
            scores = null;
        } finally {
            sheet.close();
        }
        List<PreferenceWeight> prefs = new ArrayList<>();
        for (ActivePreference p : round.preferences().items()) {
            prefs.add(new PreferenceWeight(p.attribute(), p.value(), p.weight()));
        }
        String inferred = attempt == null || attempt.belief() == null ? null : attempt.belief().format();
        return new Episode(Episode.SCHEMA, round.key(label), round.task().id(), round.item().id(), round.persona().id(),
                CONDITION, label, 1, round.item().prompt(), round.item().answer(), prefs, List.of(),
                attempt == null ? null : attempt.response(), error, scores, sheet.usage(), sheet.costUsd(),
                new Timing(startedAt, (System.nanoTime() - t0) / 1_000_000), label, round.number(), inferred,
                sheet.formatErrors(), List.of());
    }

    /**
     * Feeds a journaled round back to the learner; an errored round taught it nothing. Model calls it
     * makes (reading the edit again) are cache hits when the cache is on; their usage is not counted twice.
     */
    static void replay(Learner learner, Round round, Episode e, ModelLedger ledger) {
        if (e.failed() || e.scores() == null || e.response() == null) {
            return;
        }
        InferredPreferences belief = e.inferred() == null ? null : InferredPreferences.parse(e.inferred());
        String edited = e.scores().edited() == null ? e.response() : e.scores().edited();
        try (ModelLedger.Sheet ignored = ledger.open(round.number())) {
            learner.learn(round, new Attempt(e.response(), belief), edited);
        }
    }
}
