package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.Episode;
import org.junit.jupiter.api.Test;

class EpisodeShardsTest {
    private static Episode episode(String item, String persona, String condition) {
        return new Episode(Episode.SCHEMA, Episode.key("t", item, persona, condition, "a", 1), "t", item, persona,
                condition, "a", 1, "q", null, List.of(), List.of(), "r", null, null, null, 0, null, null, null, null);
    }

    @Test
    void shardsAreCutBetweenPairsSoAnEpisodesSiblingsTravelWithIt() {
        List<Episode> ordered = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            for (String c : List.of("generic", "discovery", "oracle")) {
                ordered.add(episode("i" + i, "p", c));
            }
        }
        List<List<Episode>> shards = EpisodeShards.cut(ordered);
        assertThat(shards).extracting(List::size).containsExactly(120, 120, 60);
        for (List<Episode> s : shards) {
            assertThat(s.size()).as("whole pairs").isEqualTo((int) s.stream().map(Episode::pairKey).distinct().count() * 3);
        }
        assertThat(shards.stream().mapToInt(List::size).sum()).isEqualTo(300);
    }

    @Test
    void oneHugePairIsCutAtFourShardsWorth() {
        List<Episode> ordered = new ArrayList<>();
        for (int i = 0; i < 5 * EpisodeShards.SHARD; i++) {
            ordered.add(episode("i", "p", "c" + i));
        }
        assertThat(EpisodeShards.cut(ordered)).extracting(List::size)
                .containsExactly(4 * EpisodeShards.SHARD, EpisodeShards.SHARD);
    }

    @Test
    void whereFilesHoldAboutAThousandHashesAtMost() {
        assertThat(EpisodeShards.prefixDigits(300)).isEqualTo(1);
        assertThat(EpisodeShards.prefixDigits(16_000)).isEqualTo(1);
        assertThat(EpisodeShards.prefixDigits(120_000)).isEqualTo(2);
        assertThat(EpisodeShards.prefixDigits(1_000_000)).isEqualTo(3);
    }
}
