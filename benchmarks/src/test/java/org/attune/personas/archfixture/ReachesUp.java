package org.attune.personas.archfixture;

/** Breaks the layering on purpose (ModuleMapTest): personas using runners, above it. */
public final class ReachesUp {
    private ReachesUp() {
    }

    public static String version() {
        return org.attune.runners.Version.get();
    }
}
