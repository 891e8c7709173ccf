package org.attune.runners.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.attune.personas.InvalidInputException;

/** Cuts a torn last line off the journal once it has been saved elsewhere. */
final class JournalRepair {
    private JournalRepair() {
    }

    static void truncateTo(Path journal, String tornTail) {
        long bytes = tornTail.getBytes(StandardCharsets.UTF_8).length;
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - bytes);
        } catch (IOException e) {
            throw new InvalidInputException(journal + ": cannot cut the torn last line: " + e.getMessage());
        }
    }
}
