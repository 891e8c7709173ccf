package org.attune.tasks.formats;

import org.attune.api.AnswerType;

/** Reads one benchmark layout: adds an item (or a problem) per record to the input's collector. */
interface Format {
    /** The set's name, domain and, where the reader chose it itself, its answer type. */
    record Meta(String name, String domain, AnswerType type) {
        Meta(String name, String domain) {
            this(name, domain, null);
        }
    }

    /** {@code type} is the requested or default type; null where the reader infers it (generic, PrefDisco). */
    Meta read(Input in, AnswerType type);
}
