package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentProvider;
import org.attune.api.spi.ComponentRole;
import org.attune.evaluator.judging.OfflineJudge;
import org.attune.evaluator.judging.OperatorEditor;
import org.attune.personas.InvalidInputException;
import org.attune.runners.agents.PlainAgent;
import org.attune.runners.agents.ReferenceAgent;
import org.attune.runners.agents.ScriptedAgent;
import org.attune.runners.agents.pep.PepAgents;
import org.attune.runners.user.LevelSimilarityJudge;
import org.attune.runners.user.OfflineSimulatedUser;
import org.attune.runners.user.StoppingUser;

/** The {@code builtin:} agents, simulated user, judge and editor (SPEC §5). */
public final class BuiltinComponents implements ComponentProvider {
    private static final String SCRIPTED = "builtin:scripted@";

    @Override
    public List<String> schemes() {
        return List.of("builtin");
    }

    @Override
    public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
        Components.Call call = context.internal(Components.Call.class).orElse(null);
        if (call == null) {
            return null;
        }
        Components c = call.components();
        Object made = null;
        if (role == ComponentRole.AGENT) {
            made = agent(spec, c);
        } else if (role == ComponentRole.USER && spec.equals(Components.BUILTIN_USER)) {
            made = user(call);
        } else if (role == ComponentRole.JUDGE && spec.equals(Components.BUILTIN_JUDGE)) {
            // criteria without cue phrases (PrefDisco's rubrics) are judged by their level texts
            made = new LevelSimilarityJudge(new OfflineJudge(c.rules()));
        } else if (role == ComponentRole.EDITOR && spec.equals(Components.BUILTIN_EDITOR)) {
            made = new OperatorEditor(c.rules());
        }
        return made == null ? null : role.cast(made);
    }

    private static Object agent(String spec, Components c) {
        if (spec.equals("builtin:reference")) {
            return new ReferenceAgent(c.catalog(), c.rules(), c.population(), c.itemCriteria());
        }
        if (PepAgents.isPep(spec)) {
            return c.pepAgents().agent(spec);
        }
        if (spec.equals("builtin:plain")) {
            return new PlainAgent();
        }
        if (spec.startsWith(SCRIPTED)) {
            return ScriptedAgent.load(Path.of(spec.substring(SCRIPTED.length())));
        }
        return null;
    }

    private static Object user(Components.Call call) {
        String style = call.userStyle();
        boolean collaborative = "collaborative".equals(style);
        if (!collaborative && !"passive".equals(style)) {
            throw new InvalidInputException("--user-style: must be passive, passive-stop or collaborative, was \""
                    + style + "\"" + org.attune.personas.util.DidYouMean.hint(style,
                    List.of("passive", StoppingUser.STYLE, "collaborative")));
        }
        Components c = call.components();
        return new Components.LazyUser(() -> new OfflineSimulatedUser(c.catalog(), call.matcher().get(), collaborative));
    }

    @Override
    public List<String> known(ComponentRole<?> role) {
        if (role == ComponentRole.AGENT) {
            return List.of("builtin:reference", "builtin:plain", "builtin:scripted@FILE", "builtin:pep[@STRATEGY]");
        }
        if (role == ComponentRole.USER) {
            return List.of(Components.BUILTIN_USER);
        }
        if (role == ComponentRole.JUDGE) {
            return List.of(Components.BUILTIN_JUDGE);
        }
        return role == ComponentRole.EDITOR ? List.of(Components.BUILTIN_EDITOR) : List.of();
    }
}
