package org.attune.runners.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.evaluator.Match;
import org.attune.personas.Attribute;
import org.attune.personas.AttributeCatalog;

/** TEMPORARY lexical stub until the matcher branch lands. */
public final class EmbeddingAttributeMatcher implements AttributeMatcher {
    private final AttributeCatalog catalog;

    private EmbeddingAttributeMatcher(AttributeCatalog catalog) {
        this.catalog = catalog;
    }

    public static EmbeddingAttributeMatcher create(AttributeCatalog catalog) {
        return new EmbeddingAttributeMatcher(catalog);
    }

    public MatchResult match(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        List<Match> out = new ArrayList<>();
        for (Attribute a : catalog.all()) {
            if (m.contains(a.name().toLowerCase(Locale.ROOT))) {
                out.add(new Match(a.id(), 0.9));
            }
        }
        if (m.contains("answer")) {
            return new MatchResult(MatchResult.Kind.TASK_CONTENT, List.of());
        }
        return new MatchResult(out.isEmpty() ? MatchResult.Kind.OFF_TOPIC : MatchResult.Kind.ATTRIBUTES, out);
    }

    public double threshold() {
        return 0.5;
    }
}
