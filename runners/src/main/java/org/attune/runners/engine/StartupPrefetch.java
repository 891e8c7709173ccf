package org.attune.runners.engine;

import org.attune.evaluator.rules.RulesLibrary;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.PersonaLibrary;

/**
 * Loads the built-in attribute catalog, persona library and rules library on a second thread while
 * the command line is still being parsed and resolved: a run needs all three before its first
 * episode, and parsing their YAML and compiling their patterns took about a fifth of a cold
 * process's start-up on the main thread. Each is made once whoever asks first (they are memoized);
 * a failure here is left for the run to meet and report where it asks for them.
 */
public final class StartupPrefetch {
    private StartupPrefetch() {
    }

    /** Starts the loading in the background; returns at once. */
    public static void start() {
        Thread t = new Thread(StartupPrefetch::load, "attune-prefetch");
        t.setDaemon(true);
        t.start();
    }

    static void load() {
        try {
            PersonaLibrary.builtin(); // loads the attribute catalog first
            AttributeCatalog.builtin();
            RulesLibrary.builtin();
        } catch (RuntimeException | LinkageError e) {
            // the run asks again on its own thread and reports the problem there
        }
    }
}
