package org.attune.runners.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.ErrorInfo;
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

/** Plays one episode by the protocol of SPEC §2 and scores it; failures become an error record. */
public final class EpisodeRunner {
    private final Roles roles;
    private final int maxTurns;

    public EpisodeRunner(Roles roles, int maxTurns) {
        this.roles = roles;
        this.maxTurns = maxTurns;
    }

    public Episode run(EpisodeSpec spec) {
        long t0 = System.nanoTime();
        String startedAt = Instant.now().toString();
        List<Turn> turns = new ArrayList<>();
        String response = null;
        Scores scores = null;
        ErrorInfo error = null;
        try {
            Agent agent = roles.agents().get(spec.agent());
            response = converse(agent, spec, turns);
            scores = roles.scorer().score(spec.task().answerType(), spec.item(), spec.persona(), spec.preferences(),
                    turns, response, spec.condition() == Condition.DISCOVERY);
        } catch (RuntimeException e) {
            error = new ErrorInfo(e.getClass().getSimpleName(), e.getMessage() == null ? "" : e.getMessage());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        List<PreferenceWeight> prefs = new ArrayList<>();
        for (ActivePreference p : spec.preferences().items()) {
            prefs.add(new PreferenceWeight(p.attribute(), p.value(), p.weight()));
        }
        String gold = spec.item().answer();
        return new Episode(Episode.SCHEMA, spec.key(), spec.task().id(), spec.item().id(), spec.persona().id(),
                spec.condition().id(), spec.agent(), spec.epoch(), spec.item().prompt(), gold, prefs, turns,
                response, error, scores, Map.of(), 0.0, new org.attune.evaluator.Timing(startedAt, millis),
                null, null, null);
    }

    private String converse(Agent agent, EpisodeSpec spec, List<Turn> turns) {
        boolean discovery = spec.condition() == Condition.DISCOVERY;
        int left = discovery ? maxTurns : 0;
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
            return action.text();
        }
    }
}
