package org.attune.runners.engine;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on the error stream: a bar redrawn in place on a terminal, or a line every 10% when
 * the output is a log. The count shown never goes back: episode threads report their counts in
 * whatever order they reach this lock, so a count lower than one already shown is dropped.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean interactive;
    private final boolean quiet;
    private int total;
    private long t0;
    private int lastDecile = -1;
    private long lastDraw;
    private int shown;
    private int shownErrors;
    private long lastLine;
    private java.util.function.Supplier<String> detail;

    public Progress(PrintWriter err, boolean interactive, boolean quiet) {
        this.err = err;
        this.interactive = interactive;
        this.quiet = quiet;
    }

    public static Progress silent() {
        return new Progress(new PrintWriter(java.io.Writer.nullWriter()), false, true);
    }

    /** More figures to show after each progress line (the model traffic of a run with model roles). */
    synchronized void detail(java.util.function.Supplier<String> more) {
        this.detail = more;
    }

    synchronized void start(int total) {
        this.total = total;
        this.t0 = System.nanoTime();
        this.shown = 0;
        this.shownErrors = 0;
        this.lastDecile = -1;
    }

    synchronized void step(int reported, int reportedErrors) {
        if (quiet || total == 0 || reported <= shown) {
            return;
        }
        shown = reported;
        shownErrors = Math.max(shownErrors, reportedErrors);
        int done = shown;
        long now = System.nanoTime();
        if (interactive) {
            if (done == total || now - lastDraw > 100_000_000L) {
                ConsoleWriter.carriageReturn(err);
                err.print(line(done, now));
                err.flush();
                lastDraw = now;
            }
        } else {
            int decile = done * 10 / total;
            // a log gets a line per tenth of the run, and at least every 10 s of a slow model run
            if (decile != lastDecile || detail != null && now - lastLine > 10_000_000_000L) {
                lastDecile = decile;
                lastLine = now;
                err.println(line(done, now));
                err.flush();
            }
        }
    }

    /** The progress line, built only when it is shown (the model traffic detail is not free). */
    private String line(int done, long now) {
        double secs = Math.max(1e-3, (now - t0) / 1e9);
        String line = String.format(Locale.ROOT, "%s %d/%d episodes, %d errors, %.0f/s",
                bar(done), done, total, shownErrors, done / secs);
        return detail == null ? line : line + " | " + detail.get();
    }

    private String bar(int done) {
        int width = 24;
        int filled = total == 0 ? width : done * width / total;
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }

    /** A one-line message that does not disturb the bar. */
    public synchronized void note(String message) {
        if (!quiet) {
            err.println("attune: " + message);
            err.flush();
        }
    }

    synchronized void finish() {
        if (!quiet && interactive && total > 0) {
            err.println();
            err.flush();
        }
    }
}
