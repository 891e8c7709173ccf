package org.attune.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.ComponentSpec;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.PreferenceWeight;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.evaluator.Scores;
import org.attune.evaluator.Summarizer;
import org.attune.evaluator.Timing;

/**
 * A longitudinal run directory made offline: learners none, oracle and cipher-5 over two personas'
 * streams of rounds. none is always edited, oracle never, cipher-5 is edited less and less and its
 * belief grows from nothing to the truth by way of one wrong value; one response carries markup.
 */
public final class SyntheticLongitudinalRun {
    public static final List<String> LEARNERS = List.of("none", "oracle", "cipher-5");
    static final List<PreferenceWeight> TRUTH = List.of(new PreferenceWeight("layout", "bullets", 0.6),
            new PreferenceWeight("emoji", "none", 0.4));

    private SyntheticLongitudinalRun() {
    }

    public static Path write(Path dir, int rounds) {
        List<Episode> episodes = new ArrayList<>();
        for (String persona : List.of("p001", "p002")) {
            for (String learner : LEARNERS) {
                for (int r = 1; r <= rounds; r++) {
                    episodes.add(round(persona, learner, r));
                }
            }
        }
        RunDirectory rd = new RunDirectory(dir);
        RunInfo info = new RunInfo(RunInfo.SCHEMA, "synthetic-longitudinal", "test", "2026-11-24T10:00:00Z",
                "2026-11-24T10:01:00Z", "longitudinal", "longitudinal", 0, 1, 0, 0, 2, 1, List.of("longitudinal"),
                List.of("summarize-passages"), List.of("summarize-passages"), List.of("p001", "p002"),
                LEARNERS.stream().map(l -> new ComponentSpec(l, "builtin:reference")).toList(), null,
                "builtin:judge", "builtin:editor", "sha256:0", org.attune.evaluator.RunFacts.builder().rounds(rounds).build(), Map.of("planned", episodes.size()));
        rd.writeRunInfo(info);
        try (EpisodeJournal journal = rd.openJournal()) {
            episodes.forEach(journal::append);
        }
        rd.writeSummary(new Summarizer(100, 0).summarize(info.id(), episodes));
        return dir;
    }

    static Episode round(String persona, String learner, int r) {
        int cost = switch (learner) {
            case "none" -> 12;
            case "oracle" -> 0;
            default -> r <= 3 ? 12 : r % 7 == 0 ? 4 : 0;
        };
        String inferred = switch (learner) {
            case "none" -> "";
            case "oracle" -> "emoji=none; layout=bullets";
            default -> r == 1 ? "" : r <= 3 ? "headings=use; layout=prose" : "emoji=none; layout=bullets";
        };
        String item = "sp-" + (r % 5 + 1);
        String response = r == 2 ? "Plain <script>alert(1)</script> summary of the passage." : "A plain summary of the passage, "
                + "written as prose with a smile :)";
        String edited = cost == 0 ? response : "- A summary of the passage\n- written as bullets";
        Scores s = new Scores(cost == 0 ? 5.0 : 3.0, List.of(), null, null, null, cost, cost / 12.0, edited, cost == 0,
                null, null, null);
        String key = "summarize-passages|" + item + "|" + persona + "|" + learner + "|" + r;
        return new Episode(Episode.SCHEMA, key, "summarize-passages", item, persona, "longitudinal", learner, 1,
                "Summarize the following passage.", null, TRUTH, List.of(), response, null, s, Map.of(), 0.0,
                new Timing("2026-11-24T10:00:00Z", 3), learner, r, inferred);
    }
}
