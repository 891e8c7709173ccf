package org.attune.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;

/**
 * Writes a run's report. The HTML goes to a fresh folder next to {@code report/} that replaces it
 * only once complete, so an interrupted rebuild never leaves a half-written report behind and no
 * page of an episode that is no longer in the journal survives.
 */
public final class ReportWriter {
    private final RunData run;
    private final RunData baseline;
    private final Double minAlignment;
    private final Catalogs catalogs;
    private final Integer round;
    private final LiveFragments live;

    public ReportWriter(RunData run, RunData baseline, Double minAlignment) {
        this(run, baseline, minAlignment, Catalogs.builtin());
    }

    public ReportWriter(RunData run, RunData baseline, Double minAlignment, Catalogs catalogs) {
        this(run, baseline, minAlignment, catalogs, null);
    }

    /** @param round the round the longitudinal page details, or null for its default */
    public ReportWriter(RunData run, RunData baseline, Double minAlignment, Catalogs catalogs, Integer round) {
        this(run, baseline, minAlignment, catalogs, round, null);
    }

    /** @param live episode page data made during the run (kept where still current), or null */
    public ReportWriter(RunData run, RunData baseline, Double minAlignment, Catalogs catalogs, Integer round,
                        LiveFragments live) {
        this.live = live;
        this.run = run;
        this.baseline = baseline;
        this.minAlignment = minAlignment;
        this.catalogs = catalogs;
        this.round = round;
    }

    /** The folder a report is built in before it replaces {@code report/}. */
    public static Path staging(Path runDir) {
        return runDir.resolve("." + RunDirectory.REPORT_DIR + ".new");
    }

    public void writeAll() {
        Path dir = run.dir();
        Path staging = staging(dir);
        deleteTree(staging);
        writeHtml(staging);
        Path target = dir.resolve(RunDirectory.REPORT_DIR);
        Path old = dir.resolve("." + RunDirectory.REPORT_DIR + ".old");
        deleteTree(old);
        try {
            if (Files.exists(target)) {
                Files.move(target, old);
            }
            Files.move(staging, target);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot replace " + RunDirectory.REPORT_DIR + "/", e);
        }
        deleteTree(old);
        Templates t = Templates.get();
        Map<String, Object> junit = JUnitReport.context(run, minAlignment);
        RunDirectory.writeAtomic(dir.resolve(RunDirectory.JUNIT_XML), t.render("junit.xml.peb", junit));
        RunDirectory.writeAtomic(dir.resolve(RunDirectory.SUMMARY_MD),
                t.render("summary.md.peb", MarkdownSummary.context(run, baseline, catalogs, junit, minAlignment)));
    }

    /** Writes every HTML page and data file of the report under {@code root}. */
    public void writeHtml(Path root) {
        Templates t = Templates.get();
        EpisodeIndex index = new EpisodeIndex(run.episodes());
        boolean compare = baseline != null;
        write(root.resolve("index.html"), t.render("overview.peb", OverviewPage.context(run, index, catalogs, compare)));
        BrowserPage.Built browser = BrowserPage.build(run, index, catalogs, compare);
        write(root.resolve("browser.html"), t.render("browser.peb", browser.context()));
        browser.chunks().entrySet().parallelStream().forEach(chunk -> {
            Map<String, Object> c = new HashMap<>();
            c.put("rows", ScriptJson.safe(chunk.getValue().get()));
            write(root.resolve(chunk.getKey()), t.render("episodes-chunk.js.peb", c));
        });
        int digits;
        try (JournalLines journal = JournalLines.of(run.dir())) {
            digits = EpisodeShards.write(root, index, journal, catalogs, live);
        }
        write(root.resolve(PageNames.EPISODE_PAGE), t.render("episode.peb", EpisodePage.shell(run.info(), compare, digits)));
        if (LongitudinalPage.applies(run)) {
            write(root.resolve("longitudinal.html"),
                    t.render("longitudinal.peb", LongitudinalPage.context(run, catalogs, compare, round)));
        }
        if (compare) {
            write(root.resolve("compare.html"), t.render("compare.peb", ComparePage.context(run, baseline, catalogs)));
        }
    }

    static void write(Path file, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            try {
                Files.write(file, bytes);
            } catch (java.nio.file.NoSuchFileException missingFolder) {
                // folders are made on first use only: creating them up front for every page costs a failed
                // mkdir and two exceptions per file
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        }
    }

    /** See {@link org.attune.reports.Reports#removeTemporaries}. */
    public static void removeTemporaries(Path dir) {
        deleteTree(staging(dir));
        Path target = dir.resolve(RunDirectory.REPORT_DIR);
        Path old = dir.resolve("." + RunDirectory.REPORT_DIR + ".old");
        try {
            if (Files.exists(old) && !Files.exists(target)) {
                Files.move(old, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(old + ": cannot put back", e);
        }
        deleteTree(old);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp");
            }).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list", e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot delete", e);
        }
    }
}
