package org.attune.runners.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.attune.evaluator.JournalTail;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.InvalidInputException;

/** Cuts a torn last line (the bytes after the journal's last newline) off the journal. */
final class JournalRepair {
    private JournalRepair() {
    }

    /** Saves the torn last line's bytes, as they are, in {@code sideFile}, then cuts them off the journal. */
    static void setAside(Path journal, Path sideFile) {
        RunDirectory.writeAtomic(sideFile, JournalTail.tornBytes(journal));
        cutTorn(journal);
    }

    /** Cuts the journal back to its last newline. */
    static void cutTorn(Path journal) {
        long whole = JournalTail.wholeLinesLength(journal);
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            ch.truncate(whole);
        } catch (IOException e) {
            throw new InvalidInputException(journal + ": cannot cut the torn last line: " + e.getMessage());
        }
    }
}
