package org.attune.runners.cli;

/** Two runs, or a run and the options given to continue it, cannot be compared (exit 3). */
public final class NotComparableException extends RuntimeException {
    public NotComparableException(String message) {
        super(message);
    }
}
