package org.attune.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.personas.util.Mappers;
import org.attune.runners.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What README.md and docs/*.md show a user to type holds for this build: every option a shown
 * {@code attune SUB ...} command gives is an option of SUB, every option the pages name on its own is one
 * of some command, the keys {@code attune init} writes are the keys docs/config.md lists, and the numbers the
 * pages' tables give as defaults are the options' defaults. Reads the
 * pages as they are; no run is made. It lives here, beside the module map, because only this module's
 * class path has the whole command line ({@code bench} joins from this module).
 */
class DocCommandsTest {
    private static final List<String> PAGES = List.of("README.md", "docs/agents.md", "docs/ci.md", "docs/config.md",
            "docs/models.md", "docs/spec-notes.md");
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```[a-z]*\\n(.*?)^\\s*```\\s*$");
    private static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern COMMAND = Pattern.compile("(?<![\\w/-])(?:\\./)?attune ([a-z]+)\\b");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9_-]*");
    /** Options of other programs that the pages name on their own (PrefDisco's own flag). */
    private static final Set<String> FOREIGN = Set.of("--fixed_num_questions");

    @TempDir
    Path tmp;

    @Test
    void everyOptionOfAShownCommandIsAnOptionOfThatCommand() throws IOException {
        CommandLine cli = commandLine();
        Map<String, CommandLine> subs = cli.getSubcommands();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String page : PAGES) {
            for (String snippet : snippets(read(page))) {
                for (String[] command : commands(snippet)) {
                    CommandLine sub = subs.get(command[0]);
                    if (sub == null) {
                        // "attune median 2.58 s" in quoted output is prose; a word followed by options is a command
                        if (OPTION.matcher(command[1]).find()) {
                            wrong.add(page + ": attune " + command[0] + ": no such command");
                        }
                        continue;
                    }
                    Matcher o = OPTION.matcher(command[1]);
                    while (o.find()) {
                        checked++;
                        if (sub.getCommandSpec().findOption(o.group()) == null) {
                            wrong.add(page + ": attune " + command[0] + " " + o.group() + ": no such option");
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("options checked").isGreaterThan(100);
    }

    @Test
    void everyOptionNamedInTextIsAnOptionOfSomeCommand() throws IOException {
        CommandLine cli = commandLine();
        Set<String> known = new TreeSet<>();
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().options().forEach(o -> known.addAll(List.of(o.names())));
        }
        List<String> wrong = new ArrayList<>();
        for (String page : PAGES) {
            Matcher span = SPAN.matcher(withoutFences(read(page)));
            while (span.find()) {
                if (!span.group(1).startsWith("-")) {
                    continue; // a command: checked above against its own command (or another program's)
                }
                Matcher o = OPTION.matcher(span.group(1));
                while (o.find()) {
                    if (!known.contains(o.group()) && !FOREIGN.contains(o.group())) {
                        wrong.add(page + ": " + o.group() + " (in `" + span.group(1) + "`)");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theKeysInitWritesAreTheKeysConfigMdLists() throws IOException {
        Path file = tmp.resolve("attune.yaml");
        StringWriter err = new StringWriter();
        int code = Cli.execute(new String[] {"init", file.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), false);
        assertThat(code).as(err.toString()).isZero();
        // the longitudinal mode is written commented out, as mode holds one of the two
        String text = Files.readString(file)
                .replaceAll("(?m)^#(  longitudinal:|    rounds:|    learners:)([^#(\\n]*).*$", "$1$2");
        Set<String> written = new TreeSet<>();
        leaves("", Mappers.yaml().readTree(text), written);

        Set<String> listed = new TreeSet<>();
        String page = read("docs/config.md");
        String keys = page.substring(page.indexOf("## Keys"), page.indexOf("\n## ", page.indexOf("## Keys") + 1));
        for (String row : keys.lines().filter(l -> l.startsWith("| `")).toList()) {
            Matcher m = SPAN.matcher(row.split("\\|")[1]);
            String first = null;
            while (m.find()) {
                String key = m.group(1);
                if (first == null) {
                    first = key;
                    listed.add(key);
                } else {
                    listed.add(first.substring(0, first.lastIndexOf('.')) + key);
                }
            }
        }
        assertThat(listed).isEqualTo(written);
    }

    @Test
    void theNumbersTheTablesGiveAsDefaultsAreTheOptionsDefaults() throws IOException {
        CommandLine cli = commandLine();
        CommandLine.Model.CommandSpec run = cli.getSubcommands().get("run").getCommandSpec();
        CommandLine.Model.CommandSpec gate = cli.getSubcommands().get("gate").getCommandSpec();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        // docs/config.md: a row whose keys, defaults and options pair up one to one
        for (List<String> row : rows(read("docs/config.md"), "## Keys")) {
            List<String> keys = spans(row.get(0));
            List<String> defaults = topLevel(row.get(1));
            List<String> options = spans(row.get(2));
            if (keys.size() == defaults.size() && keys.size() == options.size()) {
                for (int i = 0; i < keys.size(); i++) {
                    checked += compare("config.md (" + keys.get(0) + " row)", run, options.get(i).split(" ")[0],
                            defaults.get(i), wrong);
                }
            }
        }
        // docs/models.md "Options": option, default
        for (List<String> row : rows(read("docs/models.md"), "## Options")) {
            checked += compare("models.md", run, spans(row.get(0)).get(0).split(" ")[0], row.get(1), wrong);
        }
        // docs/ci.md: each metric family's default threshold is its --X-threshold option's default
        Map<String, String> family = Map.of("alignment", "--alignment-threshold", "normalizedGain", "--gain-threshold",
                "worseThanGenericRate", "--worse-than-generic-threshold", "correctness", "--correctness-threshold",
                "editCostNormalized", "--edit-cost-threshold", "recall", "--recall-threshold");
        for (List<String> row : rows(read("docs/ci.md"), "### Metrics and default thresholds")) {
            String metric = spans(row.get(0)).get(0).replace(".<condition>", "");
            checked += compare("ci.md " + metric, gate, family.get(metric), row.get(3).split(" ")[0], wrong);
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("numeric defaults compared").isGreaterThanOrEqualTo(14);
    }

    /** 1 when {@code given} is a number (compared with the option's default), else 0. */
    private static int compare(String where, CommandLine.Model.CommandSpec cmd, String name, String given,
                               List<String> wrong) {
        String value = given.replace("`", "").strip();
        if (!value.matches("[0-9]+(\\.[0-9]+)?")) {
            return 0;
        }
        CommandLine.Model.OptionSpec o = name == null ? null : cmd.findOption(name);
        if (o == null) {
            wrong.add(where + ": " + name + ": no such option of " + cmd.name());
            return 1;
        }
        String actual = o.defaultValue();
        if (actual == null) {
            Matcher m = Pattern.compile("default:? ([0-9]+(\\.[0-9]+)?)").matcher(String.join(" ", o.description()));
            actual = m.find() ? m.group(1) : null;
        }
        if (actual == null || Double.parseDouble(actual) != Double.parseDouble(value)) {
            wrong.add(where + ": " + name + " defaults to " + actual + ", the page says " + value);
        }
        return 1;
    }

    /** The cells after the first of each body row of the first table under {@code heading}. */
    private static List<List<String>> rows(String page, String heading) {
        int at = page.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        List<List<String>> out = new ArrayList<>();
        boolean started = false;
        for (String line : page.substring(at).lines().toList()) {
            if (line.startsWith("|")) {
                started = true;
                List<String> cells = List.of(line.substring(1).split("\\|"));
                if (!line.startsWith("|---") && cells.get(0).contains("`")) {
                    out.add(cells.stream().map(String::strip).toList());
                }
            } else if (started) {
                break;
            }
        }
        return out;
    }

    private static List<String> spans(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = SPAN.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** A cell split at the commas outside brackets, parentheses and code spans. */
    private static List<String> topLevel(String cell) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean code = false;
        StringBuilder part = new StringBuilder();
        for (char ch : cell.toCharArray()) {
            code ^= ch == '`';
            depth += "([{".indexOf(ch) >= 0 ? 1 : ")]}".indexOf(ch) >= 0 ? -1 : 0;
            if (ch == ',' && depth == 0 && !code) {
                out.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        out.add(part.toString().strip());
        return out;
    }

    /** {@code [subcommand, the rest of its line]} per {@code attune SUB} in a snippet; a continued line joins it. */
    static List<String[]> commands(String snippet) {
        List<String[]> out = new ArrayList<>();
        String joined = snippet.replaceAll("\\\\\\n", " ").replaceAll("\\n(?=\\s+\\[)", " ");
        for (String line : joined.split("\\n")) {
            Matcher m = COMMAND.matcher(line);
            List<int[]> at = new ArrayList<>();
            while (m.find()) {
                at.add(new int[] {m.start(), m.end()});
            }
            for (int i = 0; i < at.size(); i++) {
                String rest = line.substring(at.get(i)[1], i + 1 < at.size() ? at.get(i + 1)[0] : line.length());
                // up to a comment or the next command of a shell line ("quick|full" is one value, not a pipe)
                rest = rest.replaceAll("(\\s#\\s|\\s\\|\\|\\s|\\s&&\\s|\\s\\|\\s|;\\s).*$", "");
                out.add(new String[] {line.substring(at.get(i)[0], at.get(i)[1]).replaceAll(".*attune ", ""), rest});
            }
        }
        return out;
    }

    /** The fenced blocks and the inline code spans of a page. */
    static List<String> snippets(String page) {
        List<String> out = new ArrayList<>();
        Matcher f = FENCE.matcher(page);
        while (f.find()) {
            out.add(f.group(1));
        }
        Matcher s = SPAN.matcher(withoutFences(page));
        while (s.find()) {
            out.add(s.group(1));
        }
        return out;
    }

    private static CommandLine commandLine() {
        return Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
    }

    private static String withoutFences(String page) {
        return FENCE.matcher(page).replaceAll("");
    }

    private static void leaves(String prefix, JsonNode node, Set<String> into) {
        if (node.isObject() && node.size() > 0 && !prefix.endsWith("baseUrls")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into);
            }
        } else {
            into.add(prefix);
        }
    }

    private static String read(String page) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isRegularFile(here.resolve("docs/config.md"))) {
            here = here.getParent();
        }
        assertThat(here).as("docs/config.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return Files.readString(here.resolve(page));
    }
}
