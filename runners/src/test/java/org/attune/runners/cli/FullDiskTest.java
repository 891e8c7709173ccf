package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run folder on a real file system that fills up (a 1 MB tmpfs; mounting needs root, as in CI) or
 * that is read-only: the run stops once, cleanly, and can be resumed elsewhere.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskTest {
    @TempDir
    Path tmp;

    private final List<Path> mounts = new ArrayList<>();

    private Path mount(String name, String options) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!ok && "true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"))) {
            org.junit.jupiter.api.Assertions.fail("CI runs as root but cannot mount a tmpfs: " + out);
        }
        Assumptions.assumeTrue(ok, "cannot mount a tmpfs here (needs root): " + out);
        mounts.add(dir);
        return dir;
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            new ProcessBuilder("umount", m.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process attune(Path stderr, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.attune.runners.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile())
                .start();
    }

    @Test
    void aFolderThatFillsUpStopsTheRunOnceCleanlyAndAResumeElsewhereCompletesIt() throws Exception {
        Path disk = mount("disk", "size=1m");
        Path out = disk.resolve("run");
        Path err = tmp.resolve("run.err");
        // the quick suite writes ~3 MB of journal: the disk fills up during the run
        Process p = attune(err, "run", "-q", "--out", out.toString());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err);
        assertThat(p.exitValue()).as(stderr).isEqualTo(2);
        assertThat(stderr.lines().toList()).as(stderr).singleElement().asString()
                .startsWith("attune: " + out + ": stopped: ").contains("the disk is full")
                .contains("continue with: attune run --resume " + out);
        assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(f -> out.relativize(f).toString()))
                    .noneMatch(n -> n.endsWith(".tmp") || n.startsWith(".report.") || n.endsWith(".torn"));
        }
        List<String> kept = Files.readAllLines(out.resolve(RunDirectory.EPISODES));
        assertThat(kept).isNotEmpty();
        for (String line : kept) {
            Mappers.json().readTree(line); // every line kept whole
        }
        int planned = Mappers.json().readTree(out.resolve(RunDirectory.RUN_JSON).toFile()).at("/counts/planned").asInt();
        assertThat(kept.size()).isLessThan(planned);

        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, elsewhere.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        CliTest.Outcome resumed = CliTest.run("run", "-q", "--resume", elsewhere.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(elsewhere.resolve(RunDirectory.EPISODES))) {
            assertThat(keys.add(Mappers.json().readTree(line).get("key").asText())).as("key once").isTrue();
        }
        assertThat(keys).hasSize(planned);
    }

    @Test
    void aReadOnlyFolderIsRefusedWithOneMessage() throws Exception {
        Path disk = mount("readonly", "size=1m,ro");
        CliTest.Outcome o = CliTest.run("run", "-q", "--out", disk.resolve("run").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().lines().toList()).singleElement().asString()
                .contains(disk.resolve("run").toString()).contains("read-only");
    }
}
