package org.attune.runners.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.attune.api.spi.ComponentProvider;

/**
 * Builds a plug-in jar the way an outside author would: Java source compiled against the api
 * classes only, a {@code META-INF/services} entry, zipped into a jar.
 */
public final class PluginJars {
    /** A provider of {@code myco:planner}: asks one question in discovery, then answers with the gold answer. */
    public static final String PLANNER = """
            package myco;

            import java.util.List;
            import org.attune.api.Agent;
            import org.attune.api.AgentAction;
            import org.attune.api.spi.ComponentContext;
            import org.attune.api.spi.ComponentProvider;
            import org.attune.api.spi.ComponentRole;

            public final class MycoProvider implements ComponentProvider {
                @Override
                public List<String> schemes() {
                    return List.of("myco");
                }

                @Override
                public <T> T create(ComponentRole<T> role, String spec, ComponentContext context) {
                    if (role != ComponentRole.AGENT || !spec.equals("myco:planner")) {
                        return null;
                    }
                    Agent planner = c -> c.mustAnswer() || !c.transcript().isEmpty()
                            ? AgentAction.answer("Planned for " + c.attributesSeen(context) + ": " + c.item().answer())
                            : AgentAction.ask("Would you like the steps as a short list?");
                    return role.cast(planner);
                }

                @Override
                public List<String> known(ComponentRole<?> role) {
                    return role == ComponentRole.AGENT ? List.of("myco:planner") : List.of();
                }
            }
            """.replace("c.attributesSeen(context)", "context.attributes().size() + \" attributes\"");

    private PluginJars() {
    }

    /** Compiles {@code source} (class {@code className}) against the api and jars it with its service entry. */
    public static Path build(Path dir, String className, String source) throws IOException {
        Path src = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
        Path classes = dir.resolve("classes");
        Files.createDirectories(src.getParent());
        Files.createDirectories(classes);
        Files.writeString(src, source);
        String api = apiClasses();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null, List.of("-classpath", api, "-d", classes.toString(),
                "--release", "17"), null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                .getJavaFileObjects(src)).call();
        if (!ok) {
            throw new IllegalStateException("the plug-in did not compile: " + diagnostics);
        }
        Path services = classes.resolve("META-INF/services/" + ComponentProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, className + "\n");
        Path jar = dir.resolve("myco-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Where the api classes are (a folder in the reactor build, a jar elsewhere). */
    private static String apiClasses() {
        try {
            return Path.of(ComponentProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
