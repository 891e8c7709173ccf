package org.attune.api.archfixture;

/** Breaks the layering on purpose (ModuleMapTest): api using personas, although api may use nothing of ours. */
public final class ApiUsesPersonas {
    private ApiUsesPersonas() {
    }

    public static boolean valid(String id) {
        return org.attune.personas.Ids.isValid(id);
    }
}
