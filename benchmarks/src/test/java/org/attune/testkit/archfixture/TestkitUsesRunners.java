package org.attune.testkit.archfixture;

/** Breaks the layering on purpose (ModuleMapTest): testkit using runners, although it may use nothing of ours. */
public final class TestkitUsesRunners {
    private TestkitUsesRunners() {
    }

    public static String version() {
        return org.attune.runners.Version.get();
    }
}
