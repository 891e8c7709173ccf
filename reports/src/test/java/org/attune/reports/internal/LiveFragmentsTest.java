package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeFigures;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.SyntheticRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveFragmentsTest {
    @TempDir
    Path dir;

    @Test
    void pageDataMadeDuringTheRunIsKeptWhenTheJournalHasExactlyWhatItShows() {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        RunDirectory rd = new RunDirectory(dir);
        List<Episode> journal = rd.readEpisodes();
        Map<String, Integer> planned = new HashMap<>();
        journal.forEach(e -> planned.merge(e.pairKey(), 1, Integer::sum));
        Episode first = journal.get(0);
        LiveFragments live = new LiveFragments(planned);
        for (Episode e : journal) {
            live.accept(e != first ? e : new Episode(e.schema(), e.key(), e.task(), e.item(), e.persona(), e.condition(),
                    e.agent(), e.epoch(), e.question(), e.goldAnswer(), e.preferences(), e.turns(), "An older answer.",
                    e.error(), e.scores(), e.usage(), e.costUsd(), e.timing(), e.learner(), e.round(), e.inferred()));
        }
        live.finish();
        EpisodeIndex index = new EpisodeIndex(rd.readEpisodes(EpisodeFigures.view()));
        Catalogs catalogs = Catalogs.builtin();
        assertThat(live.view(first, index.siblings(first))).as("made from another generation").isNull();
        for (Episode e : journal.subList(1, journal.size())) {
            assertThat(live.view(e, index.siblings(e))).as(e.key())
                    .isEqualTo(EpisodeViewJson.of(EpisodePage.view(e, index, catalogs)));
        }
    }

    @Test
    void aRunTooLargeToHoldItsPageDataMakesItAtTheEnd() {
        SyntheticRun.write(dir, SyntheticRun.Spec.small());
        List<Episode> journal = new RunDirectory(dir).readEpisodes();
        Map<String, Integer> planned = new HashMap<>();
        journal.forEach(e -> planned.merge(e.pairKey(), 1, Integer::sum));
        planned.put("other|pair|of this process", LiveFragments.MAX_EPISODES); // together past the limit
        LiveFragments live = new LiveFragments(planned);
        journal.forEach(live::accept);
        live.finish();
        EpisodeIndex index = new EpisodeIndex(journal);
        assertThat(journal).allSatisfy(e -> assertThat(live.view(e, index.siblings(e))).isNull());
    }
}
