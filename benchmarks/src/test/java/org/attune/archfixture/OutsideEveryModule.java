package org.attune.archfixture;

/** Breaks the layering on purpose (ModuleMapTest): a class in no module's package. */
public final class OutsideEveryModule {
    private OutsideEveryModule() {
    }
}
