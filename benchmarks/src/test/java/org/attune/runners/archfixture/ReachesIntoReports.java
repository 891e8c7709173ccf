package org.attune.runners.archfixture;

/** Breaks the internals rule on purpose (ModuleMapTest): a downward use, but of reports' internal package. */
public final class ReachesIntoReports {
    private ReachesIntoReports() {
    }

    public static String number(double v) {
        return org.attune.reports.internal.Fmt.num(v, 2);
    }
}
