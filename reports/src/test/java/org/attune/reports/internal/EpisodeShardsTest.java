package org.attune.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.reports.ReportOptions;
import org.attune.reports.Reports;
import org.attune.reports.SyntheticLongitudinalRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Each shard holds the card of every persona its episodes name, once; episodes carry only the id. */
    @Test
    void aShardHoldsEachPersonasCardOnce(@TempDir Path dir) {
        SyntheticLongitudinalRun.write(dir, 12);
        Reports.writeAll(dir, ReportOptions.defaults());
        List<JsonNode> shards = ShardReader.shards(dir.resolve(RunDirectory.REPORT_DIR));
        assertThat(shards).isNotEmpty();
        for (JsonNode shard : shards) {
            Set<String> named = new TreeSet<>();
            shard.get("episodes").forEach(v -> named.add(v.get("persona").asText()));
            Set<String> cards = new TreeSet<>();
            shard.get("personas").fieldNames().forEachRemaining(cards::add);
            assertThat(cards).isEqualTo(named);
            shard.get("episodes").forEach(v -> assertThat(v.has("name") || v.has("background")).isFalse());
        }
        JsonNode p001 = shards.get(0).at("/personas/p001");
        assertThat(p001.get("name").asText()).isNotBlank();
        assertThat(p001.get("traits").size()).isEqualTo(5);
    }
}
