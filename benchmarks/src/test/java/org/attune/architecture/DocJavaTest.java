package org.attune.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java that docs/agents.md gives a plug-in author to copy compiles against this build's api as written:
 * every fenced {@code java} block that is a whole file (it starts with {@code package}) is compiled on the
 * test class path, which holds the api module.
 */
class DocJavaTest {
    private static final Pattern JAVA = Pattern.compile("(?ms)^```java\\n(package .*?)^```\\s*$");
    private static final Pattern NAME = Pattern.compile("(?m)^public (?:final )?(?:class|interface|record) (\\w+)");

    @TempDir
    Path tmp;

    @Test
    void everyWholeFileOfJavaInTheAgentsPageCompiles() throws IOException {
        List<Path> sources = new ArrayList<>();
        Matcher m = JAVA.matcher(docs("docs/agents.md"));
        while (m.find()) {
            String source = m.group(1);
            Matcher name = NAME.matcher(source);
            assertThat(name.find()).as("a public type in\n" + source).isTrue();
            Path dir = Files.createDirectories(tmp.resolve("src" + sources.size()));
            sources.add(Files.writeString(dir.resolve(name.group(1) + ".java"), source));
        }
        assertThat(sources).as("whole Java files in docs/agents.md").isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(problems, null, null)) {
            boolean ok = javac.getTask(null, files, problems,
                    List.of("-d", tmp.resolve("classes").toString(), "-cp", System.getProperty("java.class.path")),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(ok).as(problems.getDiagnostics().toString()).isTrue();
        }
    }

    private static String docs(String page) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isRegularFile(here.resolve(page))) {
            here = here.getParent();
        }
        assertThat(here).as(page + " above " + Path.of("").toAbsolutePath()).isNotNull();
        return Files.readString(here.resolve(page));
    }
}
