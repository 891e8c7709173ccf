package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.EpisodeJournal;
import org.attune.evaluator.RunDirectory;
import org.attune.evaluator.RunFacts;
import org.attune.evaluator.RunInfo;
import org.attune.runners.config.RunConfig;
import org.attune.evaluator.Summary;
import org.attune.personas.InvalidInputException;

/**
 * Combines shard directories into one run ({@code attune merge}): each must be a shard ({@code i/n} in
 * its run.json) of the same {@code n} and configuration (apart from the shard, ids, times and counts),
 * none may repeat and, unless {@code allowPartial}, none may be missing; no episode key may appear in
 * two shards.
 */
public final class RunMerge {

    /** Shards of different {@code n} or configurations cannot be merged (exit 3). */
    public static final class NotComparable extends RuntimeException {
        NotComparable(String message) {
            super(message);
        }
    }

    private RunMerge() {
    }

    public static Summary merge(List<Path> shards, Path out) {
        return merge(shards, out, false);
    }

    /** @param allowPartial merge a set that misses shards anyway, recording which in run.json and the report */
    public static Summary merge(List<Path> shards, Path out, boolean allowPartial) {
        if (shards.size() < 2) {
            throw new InvalidInputException("merge: give at least two run directories");
        }
        List<String> missing = ShardSet.check(shards, allowPartial);
        return RunFolder.locked(out, "attune merge ... --out " + out + " again", () -> mergeLocked(shards, out, missing));
    }

    private static Summary mergeLocked(List<Path> shards, Path out, List<String> missing) {
        RunDirectory target = new RunDirectory(out);
        if (target.hasRunInfo()) {
            throw new InvalidInputException(out + ": already holds a run; choose another --out");
        }
        RunInfo first = null;
        Path firstDir = null;
        Map<String, Path> seen = new HashMap<>();
        List<Episode> all = new ArrayList<>();
        for (Path dir : shards) {
            RunDirectory rd = new RunDirectory(dir);
            RunInfo info = rd.readRunInfo();
            if (first == null) {
                first = info;
                firstDir = dir;
            } else {
                String diff = difference(first, info);
                if (diff != null) {
                    throw new NotComparable("merge: " + dir + " and " + firstDir + " differ in " + diff
                            + "; only shards of one configuration can be merged");
                }
            }
            RunDirectory.Journal j = rd.readJournal();
            if (j.tornTail() != null) {
                throw new InvalidInputException(dir.resolve(RunDirectory.EPISODES)
                        + ": ends in a torn line; resume that shard first (attune run --resume " + dir + ")");
            }
            for (Episode e : j.episodes()) {
                Path prev = seen.putIfAbsent(e.key(), dir);
                if (prev != null) {
                    throw new InvalidInputException("merge: episode " + e.key() + " is in both " + prev + " and " + dir);
                }
                all.add(e);
            }
        }
        all.sort(Comparator.comparing(Episode::key));
        RunFacts settings = first.settings().toBuilder().shard(null)
                .mergedFrom(shards.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList())
                .partialMerge(missing.isEmpty() ? null
                        : "incomplete (--allow-partial): missing shard " + String.join(", ", missing)).build();
        RunInfo merged = new RunInfo(RunInfo.SCHEMA, out.getFileName().toString(), first.attuneVersion(),
                first.createdAt(), null, first.mode(), first.suite(), first.seed(), first.epochs(), first.limit(),
                first.maxTurns(), first.prefsPerItem(), first.concurrency(), first.conditions(), first.tasks(),
                first.taskFiles(), first.personas(), first.agents(), first.user(), first.judge(), first.editor(),
                first.contentHash(), settings, Map.of("planned", all.size()));
        if (first.config() != null) { // the whole run: no shard
            RunConfig c = RunConfigs.of(first, shards.get(0));
            RunConfig.Execution x = c.execution();
            merged = merged.withConfig(RunConfigs.recorded(c.with(c.agents(), new RunConfig.Execution(x.concurrency(),
                    x.maxErrorRate(), null, out.toString()), c.mode())));
        }
        // the journal whole first, run.json last: a merge stopped part-way (a kill, a full disk) leaves no
        // folder a reader takes for a run, and the same command run again completes it
        EpisodeJournal.writeWhole(target.file(RunDirectory.EPISODES), all);
        target.writeRunInfo(merged);
        return RunService.finish(target, merged);
    }

    /** The first configuration field in which two shard runs differ, or null. */
    static String difference(RunInfo a, RunInfo b) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("mode", new Object[] {a.mode(), b.mode()});
        fields.put("seed", new Object[] {a.seed(), b.seed()});
        fields.put("epochs", new Object[] {a.epochs(), b.epochs()});
        fields.put("limit", new Object[] {a.limit(), b.limit()});
        fields.put("maxTurns", new Object[] {a.maxTurns(), b.maxTurns()});
        fields.put("prefsPerItem", new Object[] {a.prefsPerItem(), b.prefsPerItem()});
        fields.put("conditions", new Object[] {a.conditions(), b.conditions()});
        fields.put("tasks", new Object[] {a.tasks(), b.tasks()});
        fields.put("personas", new Object[] {a.personas(), b.personas()});
        fields.put("agents", new Object[] {a.agents(), b.agents()});
        fields.put("user", new Object[] {a.user(), b.user()});
        fields.put("judge", new Object[] {a.judge(), b.judge()});
        fields.put("editor", new Object[] {a.editor(), b.editor()});
        fields.put("contentHash", new Object[] {a.contentHash(), b.contentHash()});
        fields.put("settings", new Object[] {a.settings().toBuilder().shard(null).build(),
            b.settings().toBuilder().shard(null).build()});
        for (Map.Entry<String, Object[]> f : fields.entrySet()) {
            if (!java.util.Objects.equals(f.getValue()[0], f.getValue()[1])) {
                return f.getKey() + " (" + f.getValue()[0] + " vs " + f.getValue()[1] + ")";
            }
        }
        if (a.settings().shard() != null && a.settings().shard().equals(b.settings().shard())) {
            return "nothing but both are shard " + a.settings().shard();
        }
        return null;
    }
}
