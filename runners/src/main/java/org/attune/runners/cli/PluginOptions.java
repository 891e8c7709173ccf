package org.attune.runners.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.runners.plugins.ComponentProviders;
import picocli.CommandLine.Option;

/** {@code --plugin JAR} (repeatable) and {@code ATTUNE_CLASSPATH}: jars whose component providers a command may use. */
final class PluginOptions {
    /** The environment variable listing plug-in jars, separated as a class path is on this system. */
    static final String ENV = "ATTUNE_CLASSPATH";

    @Option(names = "--plugin", paramLabel = "JAR", description = "A jar of component providers (java.util.ServiceLoader) "
            + "to serve specs such as --agent myco:planner; repeatable. ATTUNE_CLASSPATH lists more.")
    List<Path> jars = new ArrayList<>();

    /** Installs Attune's providers plus those of ATTUNE_CLASSPATH's jars and --plugin's, for this command. */
    void install(Map<String, String> env) {
        Set<Path> all = new LinkedHashSet<>();
        String listed = env.get(ENV);
        if (listed != null) {
            for (String entry : listed.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    all.add(Path.of(entry.strip()).toAbsolutePath().normalize());
                }
            }
        }
        jars.forEach(j -> all.add(j.toAbsolutePath().normalize()));
        ComponentProviders.install(ComponentProviders.withPlugins(List.copyOf(all)));
    }
}
