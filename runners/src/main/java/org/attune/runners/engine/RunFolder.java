package org.attune.runners.engine;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.attune.evaluator.DiskErrors;
import org.attune.evaluator.RunLock;
import org.attune.evaluator.WriteFailedException;
import org.attune.reports.Reports;

/**
 * Writing into a run folder as its one writer: holds the folder's {@link RunLock} while the work
 * runs, and turns a failed write (a full disk, a folder that is not writable) into one message that
 * names the folder, what happened and how to continue, after removing temporary files.
 */
public final class RunFolder {
    private RunFolder() {
    }

    /**
     * Runs {@code work} holding the lock of {@code dir}.
     *
     * @param resumeHint how to continue after a failed write, e.g. {@code attune run --resume DIR}
     */
    public static <T> T locked(Path dir, String resumeHint, Supplier<T> work) {
        boolean fresh = !java.nio.file.Files.exists(dir);
        try (RunLock lock = RunLock.acquire(dir)) {
            try {
                return work.get();
            } catch (WriteFailedException | UncheckedIOException e) {
                throw stopped(dir, e, resumeHint);
            } catch (RuntimeException e) {
                if (fresh) {
                    removeIfOnlyLock(dir); // refused before writing anything: leave no empty folder behind
                }
                throw e;
            }
        }
    }

    private static void removeIfOnlyLock(Path dir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            if (files.allMatch(p -> p.getFileName().toString().equals(RunLock.FILE))) {
                java.nio.file.Files.deleteIfExists(dir.resolve(RunLock.FILE));
                java.nio.file.Files.deleteIfExists(dir);
            }
        } catch (java.io.IOException ignored) {
            // the original error is the one to report
        }
    }

    private static WriteFailedException stopped(Path dir, RuntimeException e, String resumeHint) {
        String cleanup = "";
        try {
            Reports.removeTemporaries(dir);
        } catch (RuntimeException again) {
            cleanup = " (temporary files could not be removed: " + DiskErrors.describeCause(again) + ")";
        }
        String what = e instanceof WriteFailedException ? e.getMessage()
                : DiskErrors.describeCause(e) + " (" + e.getMessage() + ")";
        return new WriteFailedException(dir, dir + ": stopped: " + what + cleanup
                + ". Every finished episode is saved; make room (or fix the folder) and continue with: " + resumeHint);
    }
}
