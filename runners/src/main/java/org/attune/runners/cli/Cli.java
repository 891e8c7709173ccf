package org.attune.runners.cli;

import java.io.PrintWriter;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.DidYouMean;
import org.attune.runners.models.ProviderRefusedException;
import picocli.CommandLine;

/**
 * Runs the command line with injected writers and maps every exception to an exit code in one
 * place: input errors print one line per problem and exit 2, never a stack trace.
 */
public final class Cli {
    private Cli() {
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
        CommandLine cl = commandLine(out, err, interactive);
        return cl.execute(args);
    }

    /** Runs with {@code env} in place of the process environment (for tests: fake keys, cache folder). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        return commandLine(out, err, false, env).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
        return commandLine(out, err, interactive, System.getenv());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive,
                                          java.util.Map<String, String> env) {
        CommandLine cl = new CommandLine(new AttuneCommand(interactive, env));
        // before the settings below, which reach only the subcommands already added
        java.util.ServiceLoader.load(OptionalCommand.class).forEach(cl::addSubcommand);
        // text from models, servers and files reaches the terminal only as printable text (ConsoleWriter);
        // picocli's own colours would be escaped with it, so help is plain
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setOut(org.attune.runners.engine.ConsoleWriter.of(out));
        cl.setErr(org.attune.runners.engine.ConsoleWriter.of(err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("attune: " + ex.getMessage() + suggestion(ex));
            e.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            e.flush();
            return ExitCodes.INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            int code = exitCode(ex);
            if (ex instanceof InvalidInputException iie) {
                for (String p : iie.problems()) {
                    e.println("attune: " + oneLine(p));
                }
            } else if (code == ExitCodes.NOT_COMPARABLE) {
                e.println("attune: not comparable: " + oneLine(ex.getMessage()));
            } else if (ex instanceof ProviderRefusedException) {
                e.println("attune: stopped: " + oneLine(ex.getMessage()));
            } else {
                e.println("attune: internal error: " + ex);
                if (System.getenv("ATTUNE_DEBUG") != null) {
                    ex.printStackTrace(e);
                } else {
                    e.println("(set ATTUNE_DEBUG=1 to see the stack trace, and please report it)");
                }
            }
            e.flush();
            return code;
        });
        return cl;
    }

    /**
     * A message on one console line: a line break inside it (a value quoted from a file or a server) shows as
     * {@code \\n}, so that no quoted text starts a line that passes for one of Attune's own.
     */
    static String oneLine(String message) {
        return String.valueOf(message).replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /**
     * Picocli's closest options to an unknown one (its own similarity), as "; did you mean ...?"; for a value
     * outside a fixed list ({@code attune list taks}), the closest of the list.
     */
    private static String suggestion(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", u.getSuggestions().subList(0,
                    Math.min(2, u.getSuggestions().size()))) + "?";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getArgSpec().completionCandidates() != null) {
            java.util.List<String> known = new java.util.ArrayList<>();
            ex.getArgSpec().completionCandidates().forEach(known::add);
            return DidYouMean.hint(ex.getValue(), known);
        }
        return "";
    }

    /** The single exception-to-exit-code mapping. */
    public static int exitCode(Throwable ex) {
        if (ex instanceof InvalidInputException) {
            return ExitCodes.INPUT;
        }
        if (ex instanceof CommandLine.ParameterException) {
            return ExitCodes.INPUT;
        }
        if (ex instanceof NotComparableException) {
            return ExitCodes.NOT_COMPARABLE;
        }
        if (ex instanceof ProviderRefusedException) {
            return ExitCodes.TOO_MANY_ERRORS; // SPEC §5: a provider refused deterministically
        }
        return ExitCodes.INTERNAL;
    }
}
