package org.attune.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The product jar {@code runners/target/attune.jar} (built by runners' package phase, before this
 * module's tests in a reactor build) holds no class of the test servers or the benches, nor the
 * service entry that adds {@code attune bench}.
 */
class ProductJarTest {
    @Test
    void theProductJarHoldsNoBenchOrTestkitClass() throws IOException {
        Path jar = Path.of(System.getProperty("attune.root", "..")).resolve("runners/target/attune.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no product jar yet (built by mvn package): " + jar);
        List<String> names;
        try (JarFile f = new JarFile(jar.toFile())) {
            names = f.stream().map(ZipEntry::getName).toList();
        }
        // it is the product jar: the launcher's main class and the engine are there
        assertThat(names).contains("org/attune/runners/Main.class", "org/attune/runners/engine/RunService.class",
                "org/attune/runners/cli/OptionalCommand.class");
        assertThat(names).noneMatch(n -> n.startsWith("org/attune/testkit/") || n.startsWith("org/attune/benchmarks/")
                || n.startsWith("org/attune/runners/bench/") || n.endsWith("/BenchCommand.class"));
        assertThat(names).doesNotContain("META-INF/services/org.attune.runners.cli.OptionalCommand");
    }
}
