package org.attune.runners.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.DidYouMean;
import org.attune.runners.models.internal.CallCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attune cache stats|clear}: the disk cache of model calls ({@code $ATTUNE_CACHE_DIR}, else ~/.cache/attune). */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Show (stats) or empty (clear) the disk cache of model calls.")
public final class CacheCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    AttuneCommand parent;

    @Parameters(index = "0", paramLabel = "ACTION", description = "stats or clear")
    String action;

    private static final java.util.List<String> ACTIONS = java.util.List.of("stats", "clear");

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (!ACTIONS.contains(action)) {
            PrintWriter e = spec.commandLine().getErr();
            e.println("attune: cache: unknown action \"" + action + "\" (use stats or clear)"
                    + DidYouMean.hint(action, ACTIONS));
            e.flush();
            return ExitCodes.INPUT;
        }
        Map<String, String> env = parent != null ? parent.env : System.getenv();
        CallCache cache = new CallCache(CallCache.defaultRoot(env));
        if (java.nio.file.Files.exists(cache.root()) && !java.nio.file.Files.isDirectory(cache.root())) {
            // read as an empty cache, a mistaken ATTUNE_CACHE_DIR looked like a cache with nothing in it
            throw new InvalidInputException("cache: " + cache.root().toAbsolutePath() + " is a file, not a folder;"
                    + " point ATTUNE_CACHE_DIR at a folder (or unset it for ~/.cache/attune)");
        }
        if (action.equals("stats")) {
            CallCache.Stats s = cache.stats();
            o.printf(Locale.ROOT, "cache: %s%nentries: %d%nsize: %.1f MB%n", s.root().toAbsolutePath(), s.entries(),
                    s.bytes() / 1e6);
        } else {
            o.printf(Locale.ROOT, "removed %d entries from %s%n", cache.clear(), cache.root().toAbsolutePath());
        }
        o.flush();
        return ExitCodes.OK;
    }
}
