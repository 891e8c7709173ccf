package org.attune.runners.engine;

/**
 * Words for the {@link Error}s a component's own code may end with: a plug-in's recursion without end,
 * or a class it was built against that this Attune does not have. Without them such an Error killed the
 * episode's thread unseen, and the run reported its episodes neither finished nor errored.
 */
final class ComponentErrors {
    private ComponentErrors() {
    }

    /** Whether {@code e} is one a component's code causes (not one of the JVM's own, such as running out of memory). */
    static boolean byComponent(Error e) {
        return e instanceof StackOverflowError || e instanceof LinkageError || e instanceof AssertionError;
    }

    /** What went wrong, in words, for {@code who} (a label, or "a component of the episode"). */
    static String describe(String who, Error e) {
        if (e instanceof StackOverflowError) {
            return who + ": the " + (who.contains(" ") ? "" : "agent's ") + "code recursed without end (stack overflow)";
        }
        if (e instanceof NoClassDefFoundError) {
            return who + ": class " + String.valueOf(e.getMessage()).replace('/', '.') + " is missing: a plug-in built "
                    + "against another version of Attune's api, or without a library it needs";
        }
        if (e instanceof LinkageError) {
            return who + ": built against another version of Attune's api or of a library (" + e.getMessage() + ")";
        }
        return who + ": " + (e.getMessage() == null ? "an assertion failed" : "an assertion failed: " + e.getMessage());
    }
}
