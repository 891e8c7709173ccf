package org.attune.runners.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a run says about the PrefDisco records it plays, beyond their episodes: the record fields no
 * part of the run uses (named once in run.json), the items with an image that are skipped for agents
 * that take text only (named on the console, counted in run.json), and a one-time note that offline rubric scores are a
 * rough stand-in for a model judge.
 */
final class PrefDiscoNotes {
    /** The run.json counts key of skipped episodes of items with an image. */
    static final String IMAGE_SKIPS = "imageEpisodesSkipped";

    private PrefDiscoNotes() {
    }

    /** The plan without the episodes that would show an item's image to an agent that takes text only. */
    static List<EpisodeSpec> withoutImageItems(List<EpisodeSpec> plan, PersonalizedContent content,
                                               Predicate<String> takesImages, Consumer<String> note) {
        List<EpisodeSpec> out = new ArrayList<>();
        Set<String> warned = new LinkedHashSet<>();
        for (EpisodeSpec s : plan) {
            String image = content.imageOf(s);
            if (image == null || takesImages.test(s.agent())) {
                out.add(s);
            } else if (warned.add(s.agent() + "|" + s.item().id())) {
                note.accept("warning: skipped item " + s.item().id() + " of " + s.task().id() + " for " + s.agent()
                        + ": it shows an image (" + image + ") and this agent takes text only");
            }
        }
        return out;
    }

    /** The settings entry: unused fields and the skipped items with images; null when no PrefDisco item is played. */
    static org.attune.evaluator.RunFacts.PrefDisco settings(PersonalizedContent content, List<EpisodeSpec> planned,
                                         List<EpisodeSpec> keptSpecs) {
        if (content.isEmpty()) {
            return null;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (EpisodeSpec s : keptSpecs) {
            kept.add(s.key());
        }
        Set<String> skipped = new LinkedHashSet<>();
        for (EpisodeSpec s : planned) {
            if (!kept.contains(s.key())) {
                skipped.add(s.item().id() + " (" + s.agent() + ")");
            }
        }
        return new org.attune.evaluator.RunFacts.PrefDisco(List.copyOf(content.unusedFields()), List.copyOf(skipped));
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
