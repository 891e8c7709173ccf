package org.attune.runners.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PersonaLibrary;
import org.attune.personas.PreferenceSampler.SplitMix64;
import org.attune.personas.util.Files2;
import org.attune.tasks.TaskSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds thousands of mutated persona, task-set, catalog and journal files to the loaders: the
 * only outcomes allowed are "loaded" or a clean InvalidInputException whose every line names the file.
 */
class LoaderFuzzTest {
    private static final int CASES = 1500;

    @TempDir
    Path tmp;

    static String resource(String name) {
        return Files2.readResource(name);
    }

    /** One random mutation of a text: byte flips, cuts, duplicated or swapped lines, type swaps, junk. */
    static byte[] mutate(String text, SplitMix64 rng) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int kind = rng.nextInt(9);
        switch (kind) {
            case 0 -> { // flip a few bytes
                for (int i = 0; i < 1 + rng.nextInt(4); i++) {
                    b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
                }
                return b;
            }
            case 1 -> { // truncate
                return java.util.Arrays.copyOf(b, rng.nextInt(b.length));
            }
            default -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int i = rng.nextInt(lines.size());
                String l = lines.get(i);
                switch (kind) {
                    case 2 -> lines.add(i, l); // duplicate a line (duplicate keys)
                    case 3 -> lines.remove(i);
                    case 4 -> lines.set(i, l.replaceAll(": .*", ": [1, {a: 2}]"));
                    case 5 -> lines.set(i, l.replaceAll("\\d+", "99999999999999999999999"));
                    case 6 -> lines.set(i, l.replaceAll(": .*", ": -3"));
                    case 7 -> lines.set(i, l + " &x *x <<: *x \t\"'{[");
                    default -> lines.set(i, "\uFEFF" + l.replace("id", "../../etc/passwd") + "\r");
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    void fuzz(String seedText, String fileName, Consumer<Path> load) throws Exception {
        fuzz(seedText, fileName, CASES, load);
    }

    void fuzz(String seedText, String fileName, int cases, Consumer<Path> load) throws Exception {
        SplitMix64 rng = new SplitMix64(fileName.hashCode());
        int loaded = 0;
        int rejected = 0;
        for (int c = 0; c < cases; c++) {
            Path f = tmp.resolve(fileName);
            Files.write(f, mutate(seedText, rng));
            try {
                load.accept(f);
                loaded++;
            } catch (InvalidInputException e) {
                rejected++;
                for (String line : e.problems()) {
                    assertThat(line).as("case %d", c).startsWith(f.toString());
                }
            }
        }
        System.out.printf("fuzz %s: %d cases, %d loaded, %d rejected cleanly%n", fileName, cases, loaded, rejected);
        assertThat(rejected).isPositive();
    }

    @Test
    void personaFiles() throws Exception {
        fuzz(resource("attune/personas/p001.yaml"), "p.yaml", f -> PersonaLibrary.load(f, AttributeCatalog.builtin()));
    }

    @Test
    void taskSetFiles() throws Exception {
        fuzz(resource("attune/tasks/formal-logic.yaml"), "t.yaml", TaskSets::load);
    }

    @Test
    void catalogFiles() throws Exception {
        fuzz(resource("attune/attributes.yaml"), "a.yaml", AttributeCatalog::load);
    }

    @Test
    void benchmarkFiles() throws Exception {
        String lines = "{\"question\": \"A baker fills 6 trays with 8 rolls each. How many?\", \"answer\": \"6*8=48\\n#### 48\"}\n"
                + "{\"id\": \"q-2\", \"question\": \"Half of 10?\", \"answer\": \"#### 5\"}\n";
        fuzz(lines, "gsm8k_fuzz.jsonl", 500, f -> {
            var r = org.attune.tasks.formats.TaskFormats.load(f, org.attune.tasks.formats.LoadOptions.defaults());
            r.problems().forEach(p -> assertThat(p).startsWith(f.toString()));
        });
    }

    @Test
    void episodeJournals() throws Exception {
        String line = "{\"schema\":\"attune.episode/v1\",\"key\":\"t|i|p|generic|a|1\",\"task\":\"t\",\"item\":\"i\","
                + "\"persona\":\"p\",\"condition\":\"generic\",\"agent\":\"a\",\"epoch\":1,\"question\":\"q\","
                + "\"preferences\":[{\"attribute\":\"layout\",\"value\":\"prose\",\"weight\":1.0}],\"turns\":[],"
                + "\"response\":\"r\",\"error\":null,\"scores\":{\"alignment\":3.0,\"criteria\":[],\"editCost\":2},"
                + "\"usage\":{},\"costUsd\":0.0}\n";
        fuzz(line + line.replace("|1\"", "|2\""), "episodes.jsonl", f -> new RunDirectory(f.getParent()).readEpisodes());
    }
}
