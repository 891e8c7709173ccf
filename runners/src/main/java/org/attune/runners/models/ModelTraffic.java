package org.attune.runners.models;

import java.util.List;
import java.util.Map;

/**
 * A run's model traffic for the console and run.json: requests sent, answers taken from the cache,
 * faulty attempts by cause (each was retried unless the call then failed), calls that failed for
 * good, models the price table did not know, and the ledger's totals (tokens, cost, cost saved by the
 * cache, normalizations and format errors by role).
 */
public record ModelTraffic(long requests, long cacheHits, Map<String, Long> faults, long failedCalls,
                           List<String> unpriced, LedgerTotals totals) {
    public ModelTraffic {
        faults = Map.copyOf(faults);
        unpriced = List.copyOf(unpriced);
    }

    public static ModelTraffic of(ModelComponents models) {
        var s = models.stats();
        return new ModelTraffic(s.requests(), s.cacheHits(), s.faults(), s.failedCalls(),
                models.prices().unpriced().stream().sorted().toList(), models.ledger().totals());
    }

    public long faultsTotal() {
        return faults.values().stream().mapToLong(Long::longValue).sum();
    }
}
