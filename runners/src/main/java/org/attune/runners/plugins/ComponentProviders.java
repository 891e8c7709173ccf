package org.attune.runners.plugins;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.attune.api.TaskFormat;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentProvider;
import org.attune.api.spi.ComponentRole;
import org.attune.personas.InvalidInputException;
import org.attune.tasks.formats.TaskFormats;

/**
 * The component providers of this process, found with {@link ServiceLoader}: Attune's own (listed in
 * its {@code META-INF/services}) and those of plug-in jars ({@code ATTUNE_CLASSPATH}, {@code --plugin}),
 * loaded by a class loader whose parent is Attune's. A spec goes to the providers serving its scheme,
 * in discovery order; the first that makes it wins. Their task formats serve {@code --format}.
 */
public final class ComponentProviders {
    private static final ComponentProviders BUILTIN = new ComponentProviders(List.of(),
            ComponentProviders.class.getClassLoader());
    private static volatile ComponentProviders installed = BUILTIN;

    private final List<Path> jars;
    private final List<ComponentProvider> providers = new ArrayList<>();

    private ComponentProviders(List<Path> jars, ClassLoader loader) {
        this.jars = List.copyOf(jars);
        try {
            for (ComponentProvider p : ServiceLoader.load(ComponentProvider.class, loader)) {
                providers.add(p);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new InvalidInputException("plug-in: a component provider could not be loaded from "
                    + (jars.isEmpty() ? "the class path" : jars) + ": " + e.getMessage());
        }
    }

    /** Attune's own providers only. */
    public static ComponentProviders builtin() {
        return BUILTIN;
    }

    /**
     * Attune's providers and those of {@code jars}; a jar that is missing or unreadable is an input
     * error naming it.
     */
    public static ComponentProviders withPlugins(List<Path> jars) {
        if (jars.isEmpty()) {
            return BUILTIN;
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar) || !Files.isReadable(jar)) {
                throw new InvalidInputException("plug-in " + jar + ": no readable jar file there"
                        + " (check --plugin and ATTUNE_CLASSPATH)");
            }
            try (java.util.jar.JarFile opened = new java.util.jar.JarFile(jar.toFile())) {
                opened.size(); // a class loader would skip a file that is no jar without a word
            } catch (java.io.IOException e) {
                throw new InvalidInputException("plug-in " + jar + ": not a jar file (" + e.getMessage()
                        + "); give the jar that holds the component provider (check --plugin and ATTUNE_CLASSPATH)");
            }
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InvalidInputException("plug-in " + jar + ": " + e.getMessage());
            }
        }
        // not closed: the plug-in's classes serve the components made from it until the process ends
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ComponentProviders.class.getClassLoader());
        return new ComponentProviders(jars, loader);
    }

    /** The providers commands use from now on in this process (each command installs its own set). */
    public static ComponentProviders install(ComponentProviders providers) {
        installed = providers;
        TaskFormats.install(providers.taskFormats());
        return providers;
    }

    /** The task formats of every provider, in discovery order. */
    public List<TaskFormat> taskFormats() {
        List<TaskFormat> out = new ArrayList<>();
        providers.forEach(p -> out.addAll(p.taskFormats()));
        return out;
    }

    /**
     * Installs, on top of the current set, the plug-in jars a run recorded in run.json's {@code settings.plugins}
     * (resume and {@code score} rebuild the run's components with them).
     */
    public static void installRecorded(List<String> recorded) {
        if (recorded == null) {
            return;
        }
        Set<Path> all = new LinkedHashSet<>(installed.jars);
        recorded.forEach(j -> all.add(Path.of(j)));
        if (all.size() > installed.jars.size()) {
            install(withPlugins(List.copyOf(all)));
        }
    }

    /** The providers the last command installed; Attune's own when none did. */
    public static ComponentProviders installed() {
        return installed;
    }

    /** The plug-in jars these providers come from (absolute paths), for run.json. */
    public List<Path> jars() {
        return jars;
    }

    /** Every scheme some provider serves, in discovery order. */
    public List<String> schemes() {
        Set<String> out = new LinkedHashSet<>();
        providers.forEach(p -> out.addAll(p.schemes()));
        return List.copyOf(out);
    }

    /** Whether some provider serves the scheme of {@code spec} (the part before the first ':'). */
    public boolean serves(String spec) {
        return schemes().contains(scheme(spec));
    }

    /** The component {@code spec} names in {@code role}, or null when no provider makes it. */
    public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
        String scheme = scheme(spec);
        for (ComponentProvider p : providers) {
            if (p.schemes().contains(scheme)) {
                T made;
                try {
                    made = p.create(role, spec, context);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(role.option() + ": " + spec + ": " + e.getMessage());
                } catch (LinkageError e) { // built against an api or library this Attune does not have
                    throw new InvalidInputException(role.option() + ": " + spec + ": "
                            + ComponentErrors.describe(pluginOf(p), e));
                }
                if (made != null) {
                    return role.cast(made);
                }
            }
        }
        return null;
    }

    /** "the plug-in JAR" that {@code p} came from (its class name when the jar cannot be told). */
    private static String pluginOf(ComponentProvider p) {
        try {
            return "the plug-in " + Path.of(p.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (RuntimeException | java.net.URISyntaxException unknown) {
            return "the plug-in " + p.getClass().getName();
        }
    }

    /** The specs the providers of {@code scheme} (null: of every scheme) list as known in {@code role}. */
    public List<String> known(ComponentRole<?> role, String scheme) {
        Set<String> out = new LinkedHashSet<>();
        providers.stream().filter(p -> scheme == null || p.schemes().contains(scheme)).forEach(p -> out.addAll(p.known(role)));
        return List.copyOf(out);
    }

    /** The scheme of a spec: the part before the first colon, empty when there is none. */
    public static String scheme(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? "" : spec.substring(0, colon);
    }
}
