package org.attune.personas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.api.ActivePreference;
import org.attune.api.ActivePreferences;
import org.attune.api.Attribute;
import org.attune.api.Persona;
import org.attune.api.Preference;

/**
 * Draws the sparse active preferences of an (item, persona) pair (SPEC §1): k of the persona's
 * preferences whose attribute applies to the item's domain, without replacement, with
 * probability proportional to importance, from a stream seeded by hash(seed, task, item, persona).
 * The stream is SplitMix64 over the first 8 bytes of SHA-256, so draws are identical everywhere.
 */
public final class PreferenceSampler {
    private final AttributeCatalog catalog;

    public PreferenceSampler(AttributeCatalog catalog) {
        this.catalog = catalog;
    }

    public ActivePreferences sample(long seed, String task, String item, Persona persona, String domain, int k) {
        List<Map.Entry<String, Preference>> candidates = new ArrayList<>();
        for (Map.Entry<String, Preference> e : persona.preferences().entrySet()) { // sorted by attribute id
            Attribute a = catalog.find(e.getKey()).orElse(null);
            if (a != null && a.appliesTo(domain)) {
                candidates.add(e);
            }
        }
        SplitMix64 rng = new SplitMix64(streamSeed(seed + "|" + task + "|" + item + "|" + persona.id()));
        List<Map.Entry<String, Preference>> chosen = new ArrayList<>();
        while (chosen.size() < k && !candidates.isEmpty()) {
            long total = 0;
            for (Map.Entry<String, Preference> c : candidates) {
                total += c.getValue().importance();
            }
            double r = rng.nextDouble() * total;
            int pick = candidates.size() - 1;
            double acc = 0;
            for (int i = 0; i < candidates.size(); i++) {
                acc += candidates.get(i).getValue().importance();
                if (r < acc) {
                    pick = i;
                    break;
                }
            }
            chosen.add(candidates.remove(pick));
        }
        return weigh(chosen);
    }

    /** Normalizes importances of a chosen set into weights, keeping the draw order. */
    public static ActivePreferences weigh(List<Map.Entry<String, Preference>> chosen) {
        double sum = 0;
        for (Map.Entry<String, Preference> c : chosen) {
            sum += c.getValue().importance();
        }
        List<ActivePreference> out = new ArrayList<>();
        for (Map.Entry<String, Preference> c : chosen) {
            Preference p = c.getValue();
            out.add(new ActivePreference(c.getKey(), p.value(), p.importance(), p.importance() / sum));
        }
        return new ActivePreferences(out);
    }

    /** First 8 bytes (big-endian) of SHA-256 of the UTF-8 string. */
    public static long streamSeed(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SplitMix64 (Steele, Lea, Flood 2014): tiny, portable, and fully specified. */
    public static final class SplitMix64 {
        private long state;

        public SplitMix64(long seed) {
            this.state = seed;
        }

        public long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, 1) from the top 53 bits. */
        public double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        public int nextInt(int bound) {
            return (int) Math.floorMod(nextLong(), (long) bound);
        }
    }
}
