package org.attune.runners.cli;

import java.io.PrintWriter;
import org.attune.runners.engine.StopSignal;

/**
 * Turns SIGINT and SIGTERM into a graceful stop of the run: the first signal lets in-flight
 * episodes finish and be journaled; a second one exits at once (the journal is flushed per line,
 * so at most a torn last line is left, which --resume sets aside).
 */
final class Signals {
    private Signals() {
    }

    static void install(StopSignal stop, PrintWriter err) {
        handle("INT", ExitCodes.SIGINT, stop, err);
        handle("TERM", ExitCodes.SIGTERM, stop, err);
    }

    @SuppressWarnings("removal")
    private static void handle(String name, int code, StopSignal stop, PrintWriter err) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                if (stop.request(code)) {
                    err.println();
                    err.println("attune: stopping: finishing the episodes in flight (press Ctrl-C again to quit now)");
                    err.flush();
                } else {
                    Runtime.getRuntime().halt(code);
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the platform does not let us handle this signal: the JVM default applies
        }
    }
}
