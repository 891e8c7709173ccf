package org.attune.runners.plugins;

/**
 * Words for the {@link Error}s a component's own code may end with: a plug-in's recursion without end,
 * or a class it was built against that this Attune does not have. Without them such an Error killed the
 * episode's thread unseen, and the run reported its episodes neither finished nor errored. The same words
 * serve a provider that fails to link while it makes a component ({@link ComponentProviders}).
 */
public final class ComponentErrors {
    private ComponentErrors() {
    }

    /** Whether {@code e} is one a component's code causes (not one of the JVM's own, such as running out of memory). */
    public static boolean byComponent(Error e) {
        return e instanceof StackOverflowError || e instanceof LinkageError || e instanceof AssertionError;
    }

    /** What went wrong, in words, for {@code who} (a label, "a component of the episode", or "the plug-in JAR"). */
    public static String describe(String who, Error e) {
        if (e instanceof StackOverflowError) {
            return who + ": the " + (who.contains(" ") ? "" : "agent's ") + "code recursed without end (stack overflow)";
        }
        if (e instanceof LinkageError) {
            return who + " " + linkage((LinkageError) e);
        }
        return who + ": " + (e.getMessage() == null ? "an assertion failed" : "an assertion failed: " + e.getMessage());
    }

    /** A {@link LinkageError} in words, to follow the name of what failed to link. */
    private static String linkage(LinkageError e) {
        String what = String.valueOf(e.getMessage()).replace('/', '.');
        return e instanceof NoClassDefFoundError
                ? "needs class " + what + ", which is not there: it was built against another version of"
                        + " Attune's api, or it needs a library it does not bundle"
                : "was built against another version of Attune's api or of a library (" + what + ")";
    }
}
