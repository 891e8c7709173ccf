package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts CI can trust, end to end on the offline suite: per-agent gating, shard sets, readable files. */
class TrustedVerdictsCliTest {
    @TempDir
    Path tmp;

    static final String[] SMALL = {"run", "-q", "--tasks", "arithmetic-word-problems,formal-logic", "--limit", "6",
        "--personas", "6"};

    private Path run(String name, String... more) {
        Path out = tmp.resolve(name);
        CliTest.Outcome o = CliTest.run(GateAndShardTest.with(GateAndShardTest.with(SMALL, more), "--out",
                out.toString()));
        assertThat(o.code()).as(o.err()).isZero();
        return out;
    }

    @Test
    void swappedAgentsFailTheGateNamingAgentAUnderOracle() throws Exception {
        Path base = run("base", "--agent", "A=builtin:reference,B=builtin:plain");
        Path cand = run("cand", "--agent", "A=builtin:plain,B=builtin:reference");
        CliTest.Outcome g = CliTest.run("gate", "--baseline", base.toString(), "--candidate", cand.toString());
        assertThat(g.code()).as(g.out() + g.err()).isEqualTo(1);
        String regressed = g.out().lines().filter(l -> l.startsWith("Regressed: ")).findFirst().orElseThrow();
        assertThat(regressed).contains("A / oracle alignment.oracle -").doesNotContain("B / ");
        String md = Files.readString(cand.resolve("gate/gate.md"));
        assertThat(md).contains("A / oracle (").contains("Family-wise error: bonferroni");
        JsonNode gate = Mappers.json().readTree(cand.resolve("gate/gate.json").toFile());
        assertThat(gate.get("comparisons").toString()).contains("\"agent\":\"A\",\"condition\":\"oracle\",\"verdict\":\"regression\"");
        // every relative link in gate.md and the report's overview resolves to a file
        assertLinksResolve(cand.resolve("gate"), md);
        assertLinksResolve(cand.resolve("report"), Files.readString(cand.resolve("report/index.html")));
        assertThat(md).contains("](../report/episode.html#");
    }

    private static void assertLinksResolve(Path from, String text) {
        Matcher m = Pattern.compile("(?:\\]\\(|href=\")([^)\"#]+)(?:#[^)\"]*)?[)\"]").matcher(text);
        int relative = 0;
        while (m.find()) {
            String link = m.group(1);
            if (link.startsWith("http") || link.startsWith("mailto:") || link.startsWith("data:") || link.isEmpty()) {
                continue;
            }
            relative++;
            assertThat(from.resolve(java.net.URLDecoder.decode(link, java.nio.charset.StandardCharsets.UTF_8))
                    .normalize()).as(link).exists();
        }
        assertThat(relative).isPositive();
    }

    @Test
    void mergeRefusesAnIncompleteShardSetUnlessPartialIsAllowed() throws Exception {
        Path s1 = run("s1", "--shard", "1/3");
        Path s2 = run("s2", "--shard", "2/3");
        CliTest.Outcome refused = CliTest.run("merge", s1.toString(), s2.toString(), "--out", tmp.resolve("m").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("missing shard 3/3").contains("--allow-partial");
        assertThat(tmp.resolve("m")).doesNotExist();
        CliTest.Outcome partial = CliTest.run("merge", s1.toString(), s2.toString(), "--allow-partial", "--out",
                tmp.resolve("m").toString());
        assertThat(partial.code()).as(partial.err()).isZero();
        JsonNode info = Mappers.json().readTree(tmp.resolve("m/run.json").toFile());
        assertThat(info.at("/settings/partialMerge").asText()).contains("missing shard 3/3");
        assertThat(Files.readString(tmp.resolve("m/report/index.html"))).contains("missing shard 3/3");
        Path other = run("other", "--shard", "1/2");
        CliTest.Outcome split = CliTest.run("merge", s1.toString(), other.toString(), "--out", tmp.resolve("x").toString());
        assertThat(split.code()).isEqualTo(3);
        assertThat(split.err()).contains("only shards of one split");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void underUmask022EveryFileOfARunFolderIsMode644() throws Exception {
        Path out = tmp.resolve("run");
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask 022 && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.attune.runners.Main"));
        cmd.addAll(List.of(SMALL).subList(0, SMALL.length));
        cmd.addAll(List.of("--agent", "builtin:reference", "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertModes(out, "rw-r--r--", "rwxr-xr-x");

        // the other writers follow this process's umask too: a new file made here is the reference
        Path probe = Files.createFile(tmp.resolve("probe"));
        Path probeDir = Files.createDirectory(tmp.resolve("probe-dir"));
        String file = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        String dir = PosixFilePermissions.toString(Files.getPosixFilePermissions(probeDir));
        assertThat(CliTest.run("gate", "--baseline", out.toString(), "--candidate", out.toString()).code()).isZero();
        assertThat(CliTest.run("report", out.toString()).code()).isZero();
        assertThat(CliTest.run("score", "-q", out.toString(), "--out", tmp.resolve("rescored").toString()).code()).isZero();
        assertModes(out, file, dir);
        assertModes(tmp.resolve("rescored"), file, dir);
    }

    private static void assertModes(Path root, String file, String dir) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode).as(root.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? dir : file);
            }
        }
    }
}
