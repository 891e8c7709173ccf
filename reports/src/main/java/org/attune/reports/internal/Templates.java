package org.attune.reports.internal;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report's template engine: Pebble templates under {@code attune/report/}, autoescaping on,
 * strict variables (a misspelt name fails the build of the report, not silently renders empty).
 * Static CSS and JavaScript under {@code attune/report/assets/} are inlined into pages, so a report
 * works from {@code file://} with no network.
 */
public final class Templates {
    public static final String ROOT = "attune/report/";
    private static final Templates INSTANCE = new Templates();

    private final PebbleEngine engine;
    private final Map<String, SafeString> assets = new ConcurrentHashMap<>();

    private Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(ROOT);
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(Locale.ROOT)
                .addEscapingStrategy("md", MarkdownEscaper::escape)
                .addEscapingStrategy("xml", XmlEscaper::escape)
                .extension(new ReportExtension())
                .build();
    }

    public static Templates get() {
        return INSTANCE;
    }

    /** Renders {@code name} (a path under {@code attune/report/}) with the given variables. */
    public String render(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter(16_384);
        try {
            engine.getTemplate(name).evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A static stylesheet or script, trimmed of comment lines and indentation, trusted as markup. */
    public SafeString asset(String name) {
        return assets.computeIfAbsent(name, n -> new SafeString(trim(read(ROOT + "assets/" + n))));
    }

    /** The CSP source for inlined script assets: {@code sha256-<base64>} of their exact text, one after another. */
    public String assetHash(String... names) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                sha.update(asset(name).toString().getBytes(StandardCharsets.UTF_8));
            }
            return "sha256-" + java.util.Base64.getEncoder().encodeToString(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing report asset " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // assets are inlined in every episode page, so every byte counts on large runs
    private static String trim(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean inComment = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (inComment) {
                inComment = !l.contains("*/");
                continue;
            }
            if (l.startsWith("/*")) {
                inComment = !l.contains("*/");
                continue;
            }
            if (l.isEmpty() || l.startsWith("//")) {
                continue;
            }
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
