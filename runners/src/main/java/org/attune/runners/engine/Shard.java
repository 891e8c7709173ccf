package org.attune.runners.engine;

import java.util.List;
import org.attune.personas.InvalidInputException;
import org.attune.personas.PreferenceSampler;

/**
 * A deterministic slice {@code i/n} of a run's episodes: an episode belongs to shard
 * hash(task|item|persona) mod n, so every condition, agent and epoch of an (item, persona) pair
 * lands in the same shard and each shard's comparative figures stay meaningful.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public static Shard parse(String s) {
        if (s == null) {
            return ALL;
        }
        String[] parts = s.strip().split("/");
        try {
            if (parts.length == 2) {
                int i = Integer.parseInt(parts[0]);
                int n = Integer.parseInt(parts[1]);
                if (n >= 1 && n <= 10_000 && i >= 1 && i <= n) {
                    return new Shard(i, n);
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException("--shard: expected i/n with 1 <= i <= n (e.g. 2/4), was \"" + s + "\"");
    }

    public boolean contains(EpisodeSpec spec) {
        if (count == 1) {
            return true;
        }
        String pair = spec.task().id() + "|" + spec.item().id() + "|" + spec.persona().id();
        return Math.floorMod(PreferenceSampler.streamSeed(pair), (long) count) == index - 1;
    }

    public List<EpisodeSpec> filter(List<EpisodeSpec> plan) {
        return count == 1 ? plan : plan.stream().filter(this::contains).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
