package org.attune.runners.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
import org.attune.evaluator.PredictedPreference;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Turn;
import org.attune.personas.ActivePreference;
import org.attune.runners.Agent;
import org.attune.runners.AgentAction;
import org.attune.runners.AgentContext;
import org.attune.runners.Condition;
import org.attune.runners.UserContext;
import org.attune.runners.UserReply;
import org.attune.runners.models.ModelLedger;

/**
 * Plays one episode by the protocol of SPEC §2 and scores it; failures become an error record.
 * The model calls of the episode (usage, cost, format errors, judge audit) are recorded on a ledger
 * sheet open while it plays.
 */
public final class EpisodeRunner {
    private final Roles roles;
    private final int maxTurns;
    private final ModelLedger ledger;

    public EpisodeRunner(Roles roles, int maxTurns) {
        this(roles, maxTurns, new ModelLedger());
    }

    public EpisodeRunner(Roles roles, int maxTurns, ModelLedger ledger) {
        this.roles = roles;
        this.maxTurns = maxTurns;
        this.ledger = ledger;
    }

    public Episode run(EpisodeSpec spec) {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        List<Turn> turns = new ArrayList<>();
        String response = null;
        List<PredictedPreference> predicted = List.of();
        Scores scores = null;
        ErrorInfo error = null;
        ModelLedger.Sheet sheet = ledger.open(spec.epoch());
        try {
            Agent agent = roles.agents().get(spec.agent());
            AgentAction last = converse(agent, spec, turns);
            response = last.text();
            predicted = last.predicted();
            scores = roles.scorer().score(spec.task().answerType(), spec.item(), spec.persona(), spec.preferences(),
                    turns, response, spec.condition() == Condition.DISCOVERY);
        } catch (RuntimeException e) {
            error = new ErrorInfo(e.getClass().getSimpleName(), e.getMessage() == null ? "" : e.getMessage());
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
                null, null, null, sheet.formatErrors(), sheet.judgeAudit(), predicted);
    }

    private AgentAction converse(Agent agent, EpisodeSpec spec, List<Turn> turns) {
        boolean discovery = spec.condition() == Condition.DISCOVERY;
        int left = !discovery ? 0 : spec.budget() != null ? spec.budget() : maxTurns;
        while (true) {
            boolean mustAnswer = !discovery || left == 0;
            AgentContext ctx = new AgentContext(spec.task(), spec.item(), spec.condition(),
                    spec.condition() == Condition.PERSONA ? spec.persona() : null,
                    spec.condition() == Condition.ORACLE ? spec.preferences() : null,
                    turns, left, mustAnswer, spec.key());
            AgentAction action = agent.act(ctx);
            if (action == null || action.text() == null) {
                throw new IllegalStateException("agent returned no action");
            }
            if (action.kind() == AgentAction.Kind.ASK && !mustAnswer) {
                turns.add(Turn.agent(action.text()));
                UserReply reply = roles.user().reply(new UserContext(spec.persona(), spec.preferences(), turns,
                        spec.key()), action.text());
                turns.add(Turn.user(reply.text(), reply.matched()));
                left--;
                continue;
            }
            // an agent that keeps asking once it must answer has its message taken as the response
            return action;
        }
    }
}
