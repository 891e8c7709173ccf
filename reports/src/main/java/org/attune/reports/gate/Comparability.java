package org.attune.reports.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attune.evaluator.RunInfo;

/**
 * Why two runs cannot be compared episode by episode: their task content, simulated user, judge,
 * editor, templates, sparsity or question budget differ, so a difference in scores would not be a
 * difference in the agent.
 */
final class Comparability {
    private Comparability() {
    }

    /** The reasons, empty when the runs are comparable. */
    static List<String> reasons(RunInfo baseline, RunInfo candidate) {
        List<String> out = new ArrayList<>();
        differ(out, "suite content hash (contentHash)", baseline.contentHash(), candidate.contentHash());
        differ(out, "simulated user spec (--user)", baseline.user(), candidate.user());
        differ(out, "judge spec (--judge)", baseline.judge(), candidate.judge());
        differ(out, "editor spec (--editor)", baseline.editor(), candidate.editor());
        differ(out, "settings.templates", baseline.settings().templates(), candidate.settings().templates());
        differ(out, "--prefs-per-item", baseline.prefsPerItem(), candidate.prefsPerItem());
        differ(out, "--max-turns", baseline.maxTurns(), candidate.maxTurns());
        return out;
    }

    /** Why a run that stopped before its plan (interrupted, refused, torn) cannot stand for its configuration. */
    static java.util.Optional<String> unfinished(String which, java.nio.file.Path dir, RunInfo info) {
        Integer planned = info.counts().get("planned");
        Integer finished = info.counts().get("finished");
        if (planned == null || finished == null || finished >= planned) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("the " + which + " run is unfinished: " + finished + " of " + planned
                + " planned episodes (complete it with attune run --resume " + dir + ")");
    }

    private static void differ(List<String> out, String what, Object baseline, Object candidate) {
        if (!Objects.equals(baseline, candidate)) {
            out.add(what + " differs: " + show(baseline) + " in the baseline, " + show(candidate) + " in the candidate");
        }
    }

    private static String show(Object v) {
        if (v == null) {
            return "none";
        }
        String s = String.valueOf(v);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
