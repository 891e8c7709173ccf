package org.attune.reports.gate;

/** What {@link Gate#compare} concludes: a full report, or a refusal to compare. */
public sealed interface GateOutcome permits GateReport, NotComparable {
    String SCHEMA = "attune.gate/v1";
    int PASS = 0;
    int REGRESSION = 1;
    int NOT_COMPARABLE = 3;

    String schema();

    /** "regression", "no regression" or "not comparable". */
    String verdict();

    /** 0 no regression, 1 regression, 3 not comparable (SPEC §5). */
    int exitCode();

    RunRef baseline();

    RunRef candidate();

    /** A run directory as named on the command line, with the run id from its run.json. */
    record RunRef(String dir, String run) {
    }
}
