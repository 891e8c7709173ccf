package org.attune.runners.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.AnswerType;
import org.attune.api.Condition;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.api.Turn;
import org.attune.api.UserContext;
import org.attune.api.UserReply;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;

/**
 * {@code attune check}: one call per given role on a canned item, through the same code a run uses
 * (cache off), to see before a big run whether each model's replies can be read: the raw reply, what
 * was parsed, the normalizations, latency and tokens.
 */
public final class ModelCheck {
    /** The roles, in the order they are checked. */
    public static final List<String> ROLES = List.of("agent", "user", "judge", "editor");

    static final Item ITEM = new Item("check-1", "A baker fills 6 trays with 8 rolls each. How many rolls is that?",
            List.of(), "48", List.of(), "6 trays of 8 rolls are 6 x 8 = 48 rolls.\n\nThe answer is 48.", "textbook",
            List.of());
    static final TaskSet TASK = new TaskSet("check", "attune check", "math", AnswerType.NUMBER, List.of(ITEM));
    static final String RESPONSE = "Multiply the trays by the rolls on each: 6 times 8 is 48.\n\nThe answer is 48.";
    static final String QUESTION = "Would you like the answer as bullet points or as a short paragraph?";

    /** What one role's check found: whether its reply was read, what was read, its calls, or why it failed. */
    public record RoleResult(String role, String spec, boolean ok, String parsed, List<CallTrace> calls,
                             List<String> formatErrors, String error) {
    }

    private ModelCheck() {
    }

    /** Checks each role of {@code specs} (role to spec; roles not given are skipped). */
    public static List<RoleResult> run(ModelComponents models, Map<String, String> specs) {
        AttributeCatalog catalog = AttributeCatalog.builtin();
        Persona persona = PersonaLibrary.builtin().all().get(0);
        ActivePreferences prefs = new ActivePreferences(List.of(new ActivePreference("layout", "bullets", 5, 0.5),
                new ActivePreference("encouragement", "5", 5, 0.5)));
        List<RoleResult> out = new ArrayList<>();
        for (String role : ROLES) {
            String spec = specs.get(role);
            if (spec == null) {
                continue;
            }
            List<CallTrace> calls = new ArrayList<>();
            models.trace(calls::add);
            String parsed = null;
            String error = null;
            List<String> formatErrors;
            try (ModelLedger.Sheet sheet = models.ledger().open(1)) {
                try {
                    parsed = switch (role) {
                        case "agent" -> describe(models.agent(spec).act(new AgentContext(TASK, ITEM, Condition.DISCOVERY,
                                null, null, List.of(), 5, false, "check")));
                        case "user" -> describe(models.user(spec, "passive").reply(new UserContext(persona, prefs,
                                List.of(Turn.agent(QUESTION)), "check"), QUESTION));
                        case "judge" -> {
                            var s = models.rubricJudge(spec).score(catalog.get("encouragement"), "5", persona, RESPONSE);
                            yield "score " + (int) s.score() + " (" + s.justification() + ")";
                        }
                        default -> "revised response:\n" + models.editor(spec).edit(RESPONSE, prefs, persona);
                    };
                } catch (RuntimeException e) {
                    error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                }
                formatErrors = sheet.formatErrors();
            }
            models.trace(t -> { });
            boolean ok = error == null && formatErrors.isEmpty() && !calls.isEmpty()
                    && calls.stream().allMatch(CallTrace::parsed);
            out.add(new RoleResult(role, spec, ok, parsed, calls, formatErrors, error));
        }
        return out;
    }

    private static String describe(AgentAction a) {
        return (a.kind() == AgentAction.Kind.ASK ? "asks: " : "answers: ") + a.text();
    }

    private static String describe(UserReply r) {
        return "reply: " + r.text() + "\ntargets: " + r.matched().stream().map(m -> m.attribute()).toList();
    }

    /** The specs of the roles given (null ones left out), in role order. */
    public static Map<String, String> specs(String agent, String user, String judge, String editor) {
        Map<String, String> m = new LinkedHashMap<>();
        String[] given = {agent, user, judge, editor};
        for (int i = 0; i < ROLES.size(); i++) {
            if (given[i] != null) {
                m.put(ROLES.get(i), given[i]);
            }
        }
        return m;
    }
}
