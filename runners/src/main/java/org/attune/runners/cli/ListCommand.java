package org.attune.runners.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.api.Attribute;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;
import org.attune.personas.util.Mappers;
import org.attune.tasks.TaskSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune list tasks|personas|attributes|components [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in library.")
public final class ListCommand implements Callable<Integer> {
    enum What { tasks, personas, attributes, components }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "tasks, personas, attributes or components")
    What what;

    @Option(names = "--json", description = "A JSON array for scripts.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (what) {
            case tasks -> {
                for (TaskSet t : TaskSets.builtin().values()) {
                    rows.add(row("id", t.id(), "domain", t.domain(), "answerType", t.answerType().id(),
                            "items", t.items().size(), "name", t.name()));
                }
            }
            case personas -> {
                for (Persona p : PersonaLibrary.builtin().all()) {
                    rows.add(row("id", p.id(), "name", p.name(), "preferences", p.preferences().size(),
                            "age", p.age(), "occupation", p.occupation(), "location", p.location()));
                }
            }
            case attributes -> {
                for (Attribute a : AttributeCatalog.builtin().all()) {
                    rows.add(row("id", a.id(), "category", a.category().id(), "check", a.check().id(),
                            "values", String.join("|", a.values()), "name", a.name()));
                }
            }
            case components -> {
                rows.add(row("role", "agent", "spec", "builtin:reference", "about", "reference baseline that follows the condition"));
                rows.add(row("role", "agent", "spec", "builtin:plain", "about", "never personalizes: the floor"));
                rows.add(row("role", "agent", "spec", "builtin:scripted@FILE", "about", "replays {questions, answer} from YAML/JSON"));
                rows.add(row("role", "agent", "spec", "exec:COMMAND", "about", "your program over stdin/stdout, see docs/agents.md"));
                rows.add(row("role", "agent", "spec", "http:URL", "about", "your server, one POST a turn, see docs/agents.md"));
                rows.add(row("role", "agent", "spec", "builtin:pep[@STRATEGY]", "about", "elicits with population priors;"
                        + " STRATEGY: information-gain (default), uncertainty, expected-value, random, fixed"));
                rows.add(row("role", "user", "spec", "builtin:user", "about", "offline simulated person (embedding matcher)"));
                rows.add(row("role", "judge", "spec", "builtin:judge", "about", "rules checkers + cue heuristic"));
                rows.add(row("role", "editor", "spec", "builtin:editor", "about", "style operators of violated rules"));
                for (String p : List.of("openai:MODEL", "anthropic:MODEL", "gemini:MODEL", "ollama:MODEL",
                        "openai-compatible:MODEL@BASE_URL")) {
                    rows.add(row("role", "any", "spec", p, "about", "a model through LangChain4j (key from the environment)"));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Mappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } else {
            printTable(out, rows);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static void printTable(PrintWriter out, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            out.println("(none)");
            return;
        }
        List<String> cols = new ArrayList<>(rows.get(0).keySet());
        int[] w = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            w[i] = cols.get(i).length();
            for (Map<String, Object> r : rows) {
                w[i] = Math.min(48, Math.max(w[i], String.valueOf(r.get(cols.get(i))).length()));
            }
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            head.append(pad(cols.get(i), w[i])).append(i + 1 < cols.size() ? "  " : "");
        }
        out.println(head.toString().stripTrailing());
        for (Map<String, Object> r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) {
                String v = String.valueOf(r.get(cols.get(i)));
                sb.append(pad(v.length() > w[i] ? v.substring(0, w[i] - 1) + "…" : v, w[i]))
                        .append(i + 1 < cols.size() ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println(rows.size() + " " + (rows.size() == 1 ? "entry" : "entries"));
    }

    private static String pad(String s, int w) {
        return String.format(Locale.ROOT, "%-" + w + "s", s);
    }
}
