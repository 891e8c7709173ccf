package org.attune.tasks.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.attune.api.Item;
import org.attune.personas.Ids;

/**
 * Gathers the items of one file: each record either becomes an item or one
 * {@code file:line: why} problem; ids are checked for path safety and uniqueness.
 */
final class Collector {
    private final String file;
    private final List<Item> items = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lineOfId = new HashMap<>();
    private final Map<String, Integer> domainVotes = new LinkedHashMap<>();
    private final List<PrefDiscoItem> personalized = new ArrayList<>();
    private int records;

    Collector(String file) {
        this.file = file;
    }

    /** Runs one record's conversion; a {@link BadRecord} becomes a problem on that line. */
    Item add(int line, Supplier<Item> convert) {
        records++;
        Item item;
        try {
            item = convert.get();
        } catch (BadRecord e) {
            problem(line, e.getMessage());
            return null;
        }
        String oversized = item.oversizedField();
        if (oversized != null) {
            problem(line, oversized);
            return null;
        }
        if (!Ids.isSafe(item.id())) {
            problem(line, "id \"" + Golds.shorten(item.id()) + "\" is not path-safe (letters, digits, . _ - :)");
            return null;
        }
        Integer first = lineOfId.putIfAbsent(item.id(), line);
        if (first != null) {
            problem(line, "duplicate id \"" + item.id() + "\" (first on line " + first + ")");
            return null;
        }
        items.add(item);
        return item;
    }

    /** Adds a record with the domain its subject suggests, for a file that mixes subjects. */
    Item add(int line, String domain, Supplier<Item> convert) {
        Item item = add(line, convert);
        if (item != null && domain != null) {
            domainVotes.merge(domain, 1, Integer::sum);
        }
        return item;
    }

    /** A record that could not even be read (broken JSON, a short CSV row): counts as a failed record. */
    void unreadable(int line, String why) {
        records++;
        problem(line, why);
    }

    void problem(int line, String why) {
        problems.add(new Problem(line, file + ":" + line + ": " + why));
    }

    /** A problem of the whole file rather than of one record: listed after the records'. */
    void fileProblem(String why) {
        problems.add(new Problem(Integer.MAX_VALUE, file + ": " + why));
    }

    private record Problem(int line, String text) {
    }

    void personalized(PrefDiscoItem p) {
        personalized.add(p);
    }

    String file() {
        return file;
    }

    List<Item> items() {
        return items;
    }

    /** Every problem, in line order (records are read before they are converted). */
    List<String> problems() {
        return problems.stream().sorted(java.util.Comparator.comparingInt(Problem::line)).map(Problem::text).toList();
    }

    List<PrefDiscoItem> personalizedItems() {
        return personalized;
    }

    int records() {
        return records;
    }

    /** The domain most loaded records voted for, or the fallback when none voted. */
    String majorityDomain(String fallback) {
        return domainVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }
}
