package org.attune.api;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The file a {@link TaskFormat} reads, and where its items go. */
public interface TaskRecords {
    Path file();

    /** The file's whole text. */
    String text();

    /**
     * Adds the item one record makes. An {@link IllegalArgumentException} thrown by {@code convert} is
     * that record's problem, reported as {@code file:line: message}; the other records still load.
     */
    void add(int line, Supplier<Item> convert);

    /** The loader's own reading machinery as {@code type}, for Attune's built-in formats; empty for others. */
    default <T> Optional<T> internal(Class<T> type) {
        return Optional.empty();
    }
}
