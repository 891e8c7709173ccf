package org.attune.runners.agents.pep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.api.Attribute;
import org.attune.personas.AttributeCatalog;

/**
 * Priors for PrefDisco items, from the file's own records: a criterion is active for a record when the
 * record holds it (value 5, the rubric's top level), and the priors for an item of one problem are fitted
 * on the records of every other problem, never its own.
 */
final class ProblemPriors {
    private final AttributeCatalog catalog;
    private final List<HeldCriteria> records;
    private final Map<String, HeldCriteria> byItem = new HashMap<>();
    private final Map<String, PopulationPriors> cache = new ConcurrentHashMap<>();

    ProblemPriors(AttributeCatalog catalog, List<HeldCriteria> records) {
        this.catalog = catalog;
        this.records = List.copyOf(records);
        for (HeldCriteria r : records) {
            byItem.put(r.task() + "|" + r.item(), r);
        }
    }

    /** The record of a task's item, when it is a PrefDisco item. */
    Optional<HeldCriteria> find(String task, String item) {
        return Optional.ofNullable(byItem.get(task + "|" + item));
    }

    /** The records the priors of a problem group are fitted on: every other group's. */
    List<HeldCriteria> fittedFor(String group) {
        return records.stream().filter(r -> !r.group().equals(group)).toList();
    }

    PopulationPriors priors(String group) {
        return cache.computeIfAbsent(group, g -> {
            List<PopulationPriors.Draw> draws = new ArrayList<>();
            Map<String, List<String>> candidates = new LinkedHashMap<>();
            for (HeldCriteria r : fittedFor(g)) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String c : r.criteria().stream().sorted().toList()) {
                    Optional<Attribute> a = catalog.find(c);
                    if (a.isPresent()) { // criteria of records a --limit left out have no attribute to ask about
                        values.put(c, "5");
                        candidates.putIfAbsent(c, a.get().values());
                    }
                }
                draws.add(new PopulationPriors.Draw(values, Map.of()));
            }
            return PopulationPriors.fit(candidates, draws);
        });
    }
}
