package org.attune.runners.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

            import java.util.ArrayList;
import java.util.List;
import java.util.Map;
            import org.attune.api.Agent;
            import org.attune.api.AgentAction;
            import org.attune.api.TaskFormat;
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
                public List<TaskFormat> taskFormats() {
                    return List.of(new LinesFormat());
                }

                @Override
                public List<String> known(ComponentRole<?> role) {
                    return role == ComponentRole.AGENT ? List.of("myco:planner") : List.of();
                }
            }
            """.replace("c.attributesSeen(context)", "context.attributes().size() + \" attributes\"");

    /** A format of the same plug-in: one {@code question | answer} per line. */
    public static final String LINES_FORMAT = """
            package myco;

            import java.util.ArrayList;
import java.util.List;
import java.util.Map;
            import org.attune.api.AnswerType;
            import org.attune.api.Item;
            import org.attune.api.TaskFormat;
            import org.attune.api.TaskRecords;

            public final class LinesFormat implements TaskFormat {
                @Override
                public String name() {
                    return "myco-lines";
                }

                @Override
                public List<AnswerType> answerTypes() {
                    return List.of(AnswerType.NUMBER);
                }

                @Override
                public Meta read(TaskRecords in, AnswerType type) {
                    String[] lines = in.text().split("\\n");
                    for (int i = 0; i < lines.length; i++) {
                        String line = lines[i];
                        int n = i + 1;
                        if (!line.isBlank()) {
                            in.add(n, () -> {
                                int bar = line.lastIndexOf('|');
                                if (bar < 0) {
                                    throw new IllegalArgumentException("no '|' before the answer");
                                }
                                return new Item("q" + n, line.substring(0, bar).strip(), null,
                                        line.substring(bar + 1).strip(), null, null, "myco", null, type);
                            });
                        }
                    }
                    return new Meta("Myco lines", "math", null);
                }
            }
            """;

    private PluginJars() {
    }

    /** The test plug-in: {@link #PLANNER}'s provider with {@link #LINES_FORMAT}. */
    public static Path build(Path dir) throws IOException {
        return build(dir, "myco.MycoProvider", Map.of("myco.MycoProvider", PLANNER, "myco.LinesFormat", LINES_FORMAT));
    }

    /**
     * Compiles {@code sources} (by class name) against the api and jars them, with {@code provider}
     * as the service entry.
     */
    public static Path build(Path dir, String provider, Map<String, String> sources) throws IOException {
        return build(dir, provider, sources, List.of());
    }

    /**
     * As {@link #build(Path, String, Map)}, but the classes named in {@code leftOut} are compiled against and
     * not put in the jar: a plug-in built against an api (or a library) the running Attune does not have.
     */
    public static Path build(Path dir, String provider, Map<String, String> sources, List<String> leftOut) throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path src = dir.resolve("src").resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(src.getParent());
            Files.writeString(src, e.getValue());
            files.add(src);
        }
        String api = apiClasses();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null, List.of("-classpath", api, "-d", classes.toString(),
                "--release", "17"), null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                .getJavaFileObjectsFromPaths(files)).call();
        if (!ok) {
            throw new IllegalStateException("the plug-in did not compile: " + diagnostics);
        }
        for (String gone : leftOut) {
            Files.delete(classes.resolve(gone.replace('.', '/') + ".class"));
        }
        Path services = classes.resolve("META-INF/services/" + ComponentProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, provider + "\n");
        Path jar = dir.resolve("myco-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> built = Files.walk(classes)) {
            for (Path f : built.filter(Files::isRegularFile).sorted().toList()) {
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
