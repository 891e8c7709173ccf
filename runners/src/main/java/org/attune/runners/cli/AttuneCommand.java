package org.attune.runners.cli;

import java.util.concurrent.Callable;
import org.attune.runners.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code attune} command. */
@Command(name = "attune",
        mixinStandardHelpOptions = true,
        versionProvider = AttuneCommand.VersionProvider.class,
        description = "Measures whether a model personalizes its reasoning just in time.",
        subcommands = {RunCommand.class, ScoreCommand.class, ReportCommand.class, GateCommand.class, MergeCommand.class, ListCommand.class, ValidateCommand.class,
                ImportCommand.class, CacheCommand.class, CheckCommand.class, InitCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 regression (gate) or a missed threshold, 2 usage or input error, 3 runs not"
                + " comparable, 4 too many errored episodes or a provider refused the configuration, 130/143"
                + " interrupted."})
public final class AttuneCommand implements Callable<Integer> {
    final boolean interactive;
    /** Where keys, base URLs and the cache folder are looked up (the process environment, or a test's). */
    final java.util.Map<String, String> env;

    @Spec
    CommandSpec spec;

    public AttuneCommand(boolean interactive) {
        this(interactive, System.getenv());
    }

    public AttuneCommand(boolean interactive, java.util.Map<String, String> env) {
        this.interactive = interactive;
        this.env = java.util.Map.copyOf(env);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.INPUT;
    }

    /** Reads the version from the jar manifest. */
    public static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"attune " + Version.get()};
        }
    }
}
