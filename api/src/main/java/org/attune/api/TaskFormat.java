package org.attune.api;

import java.util.List;

/**
 * Reads one benchmark file layout into items ({@code --format NAME}): a provider lists its formats in
 * {@link org.attune.api.spi.ComponentProvider#taskFormats()}.
 */
public interface TaskFormat {
    /** The name {@code --format} selects it by. */
    String name();

    /** The answer types the format can give, the default first; empty when the reader decides per file. */
    List<AnswerType> answerTypes();

    /**
     * Adds an item per record of {@code in} (or a problem for a record that is not one).
     *
     * @param type the requested or default answer type; null where the reader infers it
     * @return the set's name, domain and, where the reader chose it itself, its answer type
     */
    Meta read(TaskRecords in, AnswerType type);

    /** What a reader tells about the set it read. */
    record Meta(String name, String domain, AnswerType type) {
    }
}
