package org.attune.runners;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Makes the launcher's class-data archive hold the classes of both kinds of run. The archive (JDK 17
 * AppCDS) keeps the classes loaded by the one process that makes it, the first {@code attune run}
 * after a build: an offline run left LangChain4j and the JDK HTTP client out, so every later run
 * against a model server loaded those from the jar, and a model run left the offline user out. When
 * the launcher makes the archive ({@code -Dattune.cds.dump=true}), the process loads the classes
 * listed in {@code attune/cds/classes.txt} before it exits, without initializing them (no static
 * initializer runs, nothing is started).
 */
final class CdsPreload {
    static final String LIST = "attune/cds/classes.txt";

    private CdsPreload() {
    }

    /** When this process makes the class-data archive, loads the listed classes; otherwise nothing. */
    static void beforeExit() {
        if (Boolean.getBoolean("attune.cds.dump")) {
            load(CdsPreload.class.getClassLoader().getResourceAsStream(LIST), CdsPreload.class.getClassLoader());
        }
    }

    /**
     * Loads (without initializing) each class named in {@code list}, one per line, {@code #} lines and
     * names that cannot be loaded skipped.
     *
     * @return how many were loaded
     */
    static int load(InputStream list, ClassLoader loader) {
        if (list == null) {
            return 0;
        }
        int loaded = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or removed since the list was made, or not on this class path: not archived
                }
            }
        } catch (IOException e) {
            // a missing or unreadable list only makes the archive smaller
        }
        return loaded;
    }
}
