package org.attune.runners.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.api.ActivePreference;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.PredictedPreference;
import org.attune.api.Turn;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.Scores;
import org.attune.runners.models.ModelLedger;
import org.attune.runners.models.ProviderRefusedException;
import org.attune.runners.plugins.ComponentErrors;

/**
 * Plays one episode by the protocol of SPEC §2 and scores it; failures become an error record, except
 * a provider's refusal of the configuration, which is thrown (the run stops).
 * The model calls of the episode (usage, cost, format errors, judge audit) are recorded on a ledger
 * sheet open while it plays.
 */
public final class EpisodeRunner {
    private final Roles roles;
    private final int maxTurns;
    private final ModelLedger ledger;
    private final boolean exactQuestions;
    private final java.util.function.Function<EpisodeSpec, String> images;

    public EpisodeRunner(Roles roles, int maxTurns) {
        this(roles, maxTurns, new ModelLedger());
    }

    public EpisodeRunner(Roles roles, int maxTurns, ModelLedger ledger) {
        this(roles, maxTurns, ledger, false);
    }

    /** @param exactQuestions whether the agent is told to ask exactly {@code maxTurns} questions in discovery */
    public EpisodeRunner(Roles roles, int maxTurns, ModelLedger ledger, boolean exactQuestions) {
        this(roles, maxTurns, ledger, exactQuestions, s -> null);
    }

    /** @param images the image of an episode's item (null when it has none), for agents that take images */
    public EpisodeRunner(Roles roles, int maxTurns, ModelLedger ledger, boolean exactQuestions,
                         java.util.function.Function<EpisodeSpec, String> images) {
        this.roles = roles;
        this.maxTurns = maxTurns;
        this.ledger = ledger;
        this.exactQuestions = exactQuestions;
        this.images = images;
    }

    public Episode run(EpisodeSpec spec) {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        List<Turn> turns = new ArrayList<>();
        String response = null;
        Scores scores = null;
        ErrorInfo error = null;
        String reasoning = null;
        List<PredictedPreference> predicted = List.of();
        ModelLedger.Sheet sheet = ledger.open(spec.epoch());
        try {
            Agent agent = roles.agents().get(spec.agent());
            AgentAction last = converse(agent, spec, turns);
            response = last.text();
            reasoning = last.reasoning();
            predicted = last.predicted();
            scores = roles.scorer().score(spec.task().typeOf(spec.item()), spec.item(), spec.persona(), spec.preferences(),
                    turns, response, spec.condition() == Condition.DISCOVERY);
        } catch (ProviderRefusedException e) {
            throw e; // the run stops; the episode is not journaled, so a resume plays it
        } catch (RuntimeException e) {
            error = new ErrorInfo(e.getClass().getSimpleName(), e.getMessage() == null ? "" : e.getMessage());
        } catch (Error e) {
            if (!ComponentErrors.byComponent(e)) {
                throw e;
            }
            error = new ErrorInfo(e.getClass().getSimpleName(), ComponentErrors.describe("a component of the episode", e));
        } finally {
            sheet.close();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        List<PreferenceWeight> prefs = new ArrayList<>();
        for (ActivePreference p : spec.preferences().items()) {
            prefs.add(new PreferenceWeight(p.attribute(), p.value(), p.weight()));
        }
        String gold = spec.item().answer();
        return new Episode(Episode.SCHEMA, spec.key(), spec.task().id(), spec.item().id(), spec.persona().id(),
                spec.conditionLabel(), spec.agent(), spec.epoch(), spec.item().prompt(), gold, prefs, turns,
                response, error, scores, sheet.usage(), sheet.costUsd(), new org.attune.evaluator.Timing(startedAt, millis),
                null, null, null, sheet.formatErrors(), sheet.judgeAudit(), reasoning, sheet.normalizations(),
                sheet.unpricedCalls(), predicted);
    }

    /** Plays the dialogue; returns the final action (the response, its reasoning and any profile it acted on). */
    private AgentAction converse(Agent agent, EpisodeSpec spec, List<Turn> turns) {
        boolean discovery = spec.condition() == Condition.DISCOVERY;
        int left = !discovery ? 0 : spec.budget() != null ? spec.budget() : maxTurns;
        Integer budget = discovery ? left : null;
        boolean userEnded = false;
        String image = agent.takesImages() ? images.apply(spec) : null;
        while (true) {
            boolean mustAnswer = !discovery || left == 0;
            AgentContext ctx = new AgentContext(spec.task(), spec.item(), spec.condition(),
                    spec.condition().showsProfile() ? spec.persona() : null,
                    spec.condition().showsPreferences() ? spec.preferences() : null,
                    turns, left, mustAnswer, spec.key(), discovery && exactQuestions, image, budget, userEnded);
            AgentAction action;
            try {
                action = agent.act(ctx);
            } catch (Error e) {
                if (!ComponentErrors.byComponent(e)) {
                    throw e;
                }
                throw new IllegalStateException(ComponentErrors.describe(spec.agent(), e), e);
            }
            if (action == null || action.text() == null) {
                throw new IllegalStateException("agent returned no action");
            }
            if (action.kind() == AgentAction.Kind.ASK && !mustAnswer) {
                turns.add(Turn.agent(action.text(), action.reasoning()));
                UserReply reply = roles.user().reply(new UserContext(spec.persona(), spec.preferences(), turns,
                        spec.key()), action.text());
                turns.add(Turn.user(reply.text(), reply.matched(), reply.reasoning()));
                userEnded = reply.stop();
                left = userEnded ? 0 : left - 1; // a user who ends the dialogue gets the final response now
                continue;
            }
            // an agent that keeps asking once it must answer has its message taken as the response
            return action;
        }
    }
}
