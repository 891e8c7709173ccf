package org.attune.runners.engine;

import java.util.Locale;
import java.util.Map;
import org.attune.runners.models.LedgerTotals;
import org.attune.runners.models.ModelComponents;
import org.attune.runners.models.ModelTraffic;

/**
 * The live console of a run with model roles: each progress line carries the requests sent, retries
 * by kind, format errors, tokens and the estimated cost so far; the first fault of each kind and the
 * first format error of each role are printed once, whole.
 */
public final class ModelConsole {
    private ModelConsole() {
    }

    static void attach(ModelComponents models, Progress progress) {
        models.stats().onFirstFault(progress::note);
        models.ledger().totals().onFirstFormatError(progress::note);
        progress.detail(() -> line(ModelTraffic.of(models)));
    }

    /** One line of model figures, e.g. {@code 120 requests, 4 from cache, retries: server 2; format errors 1; ...}. */
    public static String line(ModelTraffic t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.requests()).append(" requests, ").append(t.cacheHits()).append(" from cache");
        if (!t.faults().isEmpty()) {
            sb.append(", retries: ");
            appendCounts(sb, t.faults());
        }
        LedgerTotals l = t.totals();
        sb.append("; format errors ").append(l.formatErrorsTotal());
        sb.append("; tokens ").append(l.inputTokens()).append(" in / ").append(l.outputTokens()).append(" out; ");
        sb.append(cost(l.costUsd(), l.unpricedCalls()));
        return sb.toString();
    }

    /** An estimated cost that says "unpriced" rather than $0 when some calls have no price. */
    public static String cost(double usd, long unpricedCalls) {
        if (unpricedCalls > 0 && usd == 0) {
            return "est. cost unpriced";
        }
        String s = String.format(Locale.ROOT, "est. $%.4f", usd);
        return unpricedCalls > 0 ? s + " + unpriced" : s;
    }

    static void appendCounts(StringBuilder sb, Map<String, Long> counts) {
        String sep = "";
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
    }
}
