package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a run says about the PrefDisco records it plays, beyond their episodes: the record fields no
 * part of the run uses (named once in run.json), the items with an image that are skipped (named
 * on the console, counted in run.json), and a one-time note that offline rubric scores are a
 * rough stand-in for a model judge.
 */
final class PrefDiscoNotes {
    /** The run.json settings key of these notes. */
    static final String SETTINGS = "prefdisco";
    /** The run.json counts key of skipped episodes of items with an image. */
    static final String IMAGE_SKIPS = "imageEpisodesSkipped";

    private PrefDiscoNotes() {
    }

    /** The plan without the episodes of items that carry an image: no agent of this build is sent images. */
    static List<EpisodeSpec> withoutImageItems(List<EpisodeSpec> plan, PersonalizedContent content, Consumer<String> note) {
        List<EpisodeSpec> out = new ArrayList<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (EpisodeSpec s : plan) {
            String image = content.find(s.task().id(), s.item().id()).map(o -> o.record().image()).orElse(null);
            if (image == null) {
                out.add(s);
            } else if (skipped.add(s.item().id())) {
                note.accept("warning: skipped item " + s.item().id() + " of " + s.task().id() + ": it shows an image ("
                        + image + ") and the agents of this run take text only");
            }
        }
        return out;
    }

    /** The settings entry: unused fields and the skipped items with images; null when no PrefDisco item is played. */
    static Map<String, Object> settings(PersonalizedContent content, List<EpisodeSpec> planned, List<EpisodeSpec> kept) {
        if (content.isEmpty()) {
            return null;
        }
        Set<String> keptItems = new LinkedHashSet<>();
        kept.forEach(s -> keptItems.add(s.task().id() + "|" + s.item().id()));
        Set<String> skipped = new LinkedHashSet<>();
        for (EpisodeSpec s : planned) {
            if (!keptItems.contains(s.task().id() + "|" + s.item().id())) {
                skipped.add(s.item().id());
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unusedFields", content.unusedFields());
        m.put("imageItemsSkipped", List.copyOf(skipped));
        return m;
    }

    /** Says once, when PrefDisco criteria are scored offline, that those scores are a rough stand-in. */
    static void offlineJudgeNote(String judge, PersonalizedContent content, Consumer<String> note) {
        if (!content.isEmpty() && Components.BUILTIN_JUDGE.equals(judge)) {
            note.accept("note: PrefDisco rubric criteria are scored offline by the similarity of the response to each"
                    + " level's description, a rough stand-in for a model judge; give --judge SPEC (for example"
                    + " --judge openai:gpt-4o-mini) to have a model score them against the rubric");
        }
    }
}
