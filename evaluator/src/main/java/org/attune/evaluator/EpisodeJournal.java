package org.attune.evaluator;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends finished episodes to {@code episodes.jsonl}, one line each, flushed to the OS as soon as
 * it is written, so a crash loses at most the line being written. Thread-safe.
 */
public final class EpisodeJournal implements AutoCloseable {
    private final Path path;
    private final OutputStream out;

    EpisodeJournal(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            this.out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new org.attune.personas.InvalidInputException(path + ": cannot open for appending: " + e.getMessage());
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
        try {
            out.write(line);
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(path + ": cannot append: " + e.getMessage(), e);
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
