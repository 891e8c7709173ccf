package org.attune.runners.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand that another jar adds when it is on the class path (e.g. {@code attune bench} from
 * the benchmarks jar, which the launcher adds): found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.attune.runners.cli.OptionalCommand}), annotated with picocli's
 * {@code @Command}, a new instance per command line.
 */
public interface OptionalCommand extends Callable<Integer> {
}
