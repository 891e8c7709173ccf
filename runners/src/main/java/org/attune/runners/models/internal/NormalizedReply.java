package org.attune.runners.models.internal;

import java.util.List;

/**
 * A reply after normalization: the text to parse and record, the reasoning taken out of it (null
 * when none), the normalizations applied (kinds such as {@code reasoning}, {@code fence}), and the
 * raw text as the model sent it.
 */
public record NormalizedReply(String text, String reasoning, List<String> applied, String raw) {
    public NormalizedReply {
        applied = List.copyOf(applied);
    }
}
