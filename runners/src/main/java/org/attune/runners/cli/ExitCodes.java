package org.attune.runners.cli;

/** Exit codes of SPEC §5. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int REGRESSION = 1;
    public static final int INPUT = 2;
    public static final int NOT_COMPARABLE = 3;
    public static final int TOO_MANY_ERRORS = 4;
    /** An unexpected internal failure (a bug): EX_SOFTWARE. */
    public static final int INTERNAL = 70;
    public static final int SIGINT = 130;
    public static final int SIGTERM = 143;

    private ExitCodes() {
    }
}
