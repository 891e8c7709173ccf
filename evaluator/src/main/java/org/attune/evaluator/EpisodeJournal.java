package org.attune.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.attune.personas.util.AtomicFiles;

/**
 * Appends finished episodes to {@code episodes.jsonl}, one line each, flushed to the OS as soon as
 * it is written, so a crash loses at most the line being written. Thread-safe.
 */
public final class EpisodeJournal implements AutoCloseable {
    private final Path path;
    private final OutputStream out;
    /** Bytes of whole lines in the file: a failed write is cut back to here, so no torn line is left. */
    private long whole;
    private String failed;

    EpisodeJournal(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            this.out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            this.whole = Files.size(path);
        } catch (IOException e) {
            throw new WriteFailedException(path.toAbsolutePath().getParent(), path + ": cannot open for appending: "
                    + DiskErrors.describe(e));
        }
    }

    /**
     * Writes a whole journal at once (a merge), through {@link AtomicFiles}: a kill or a full disk leaves all
     * of it or none, never a part a reader would take for the run.
     */
    public static void writeWhole(Path path, java.util.List<Episode> episodes) {
        try {
            AtomicFiles.write(path, tmp -> {
                try (EpisodeJournal journal = new EpisodeJournal(tmp)) {
                    episodes.forEach(journal::append);
                }
            });
        } catch (IOException e) {
            throw new WriteFailedException(path.toAbsolutePath().getParent(), path + ": cannot write: "
                    + DiskErrors.describe(e));
        }
    }

    public Path path() {
        return path;
    }

    public void append(Episode episode) {
        byte[] line;
        try { // serialized outside the lock: episode threads only queue for the write itself
            line = (RunDirectory.mapper().writeValueAsString(episode) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize episode " + episode.key(), e);
        }
        write(line);
    }

    private synchronized void write(byte[] line) {
        if (failed != null) {
            throw new WriteFailedException(path.toAbsolutePath().getParent(), failed);
        }
        try {
            out.write(line);
            out.flush();
            whole += line.length;
        } catch (IOException e) {
            failed = path + ": cannot append: " + DiskErrors.describe(e);
            cutBack();
            throw new WriteFailedException(path.toAbsolutePath().getParent(), failed);
        }
    }

    /** Removes the part of a line a failed write may have left, keeping every whole line. */
    private void cutBack() {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path, StandardOpenOption.WRITE)) {
            if (ch.size() > whole) {
                ch.truncate(whole);
            }
        } catch (IOException ignored) {
            // a resume sets a torn last line aside anyway
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // closing a flushed append stream: nothing left to lose
        }
    }
}
