package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunInfo;
import org.attune.personas.InvalidInputException;

/** Checks that shard folders form one complete set {@code 1/n .. n/n} before they are merged. */
final class ShardSet {
    private ShardSet() {
    }

    /**
     * @return the missing shards ({@code i/n}), empty for a complete set
     * @throws InvalidInputException  a folder is not a shard, a shard is given twice, or (without
     *                                {@code allowPartial}) one is missing
     * @throws RunMerge.NotComparable shards of different {@code n}
     */
    static List<String> check(List<Path> dirs, boolean allowPartial) {
        Map<Integer, Path> byIndex = new TreeMap<>();
        Integer count = null;
        Path countFrom = null;
        for (Path dir : dirs) {
            RunInfo info = new RunDirectory(dir).readRunInfo();
            String recorded = info.settings().shard();
            if (recorded == null) {
                throw new InvalidInputException(dir.resolve(RunDirectory.RUN_JSON) + ": settings.shard: missing; this run"
                        + " was not made with --shard i/n, so it is not a shard to merge");
            }
            Shard shard = Shard.parse(recorded);
            if (count != null && count != shard.count()) {
                throw new RunMerge.NotComparable("merge: " + dir + " is shard " + shard + " but " + countFrom
                        + " is one of " + count + "; only shards of one split can be merged");
            }
            count = shard.count();
            countFrom = dir;
            Path before = byIndex.put(shard.index(), dir);
            if (before != null) {
                throw new InvalidInputException("merge: shard " + shard + " is given twice: " + before + " and " + dir);
            }
        }
        final int total = count;
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty() && !allowPartial) {
            throw new InvalidInputException("merge: missing shard " + String.join(", ", missing) + " of " + count
                    + " (given: " + String.join(", ", byIndex.keySet().stream().map(i -> i + "/" + total)
                    .toList()) + "); run it with --shard, or merge what there is with --allow-partial");
        }
        return missing;
    }
}
