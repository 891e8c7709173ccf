package org.attune.reports.gate;

import java.util.List;

/** The runs differ in something other than the agent, so the gate refuses to compare them. */
public record NotComparable(String schema, String verdict, int exitCode, RunRef baseline, RunRef candidate,
        List<String> reasons) implements GateOutcome {

    public NotComparable {
        reasons = List.copyOf(reasons);
    }

    static NotComparable of(RunRef baseline, RunRef candidate, List<String> reasons) {
        return new NotComparable(SCHEMA, "not comparable", NOT_COMPARABLE, baseline, candidate, reasons);
    }
}
