package org.attune.runners;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.attune.runners.cli.Cli;

/** The {@code attune} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            org.attune.runners.engine.StartupPrefetch.start(); // the run's built-in libraries load while its options are read
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.execute(args, out, err, System.console() != null);
        out.flush();
        err.flush();
        CdsPreload.beforeExit();
        ProcessExit.releaseHttpSelectors();
        System.exit(code);
    }
}
