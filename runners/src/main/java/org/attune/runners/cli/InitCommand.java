package org.attune.runners.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune init [FILE]}: writes a commented starter {@code attune.yaml} for {@code attune run -c}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter configuration file (every section at its defaults) for attune run -c.")
public final class InitCommand implements Callable<Integer> {
    static final String STARTER = "/org/attune/runners/config/attune.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "attune.yaml", paramLabel = "FILE",
            description = "Where to write it (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + ": is a folder; give a file name, e.g. attune init "
                    + file.resolve("attune.yaml"));
        }
        if (Files.exists(file) && !force) {
            throw new InvalidInputException(file + ": already exists; keep it, choose another FILE or add --force");
        }
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
            RunDirectory.writeAtomic(file.toAbsolutePath(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("wrote " + file + "; run it with: attune run -c " + file);
        return ExitCodes.OK;
    }
}
