package org.attune.runners.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A written file's text as a reader of it would get it: the bytes, and for the report's packed page
 * shards ({@code data/pages-N.js}, gzip in base64) also the unpacked JSON, where a grep of the bytes
 * would see nothing.
 */
final class WrittenText {
    private static final Pattern PACKED = Pattern.compile("window\\.attunePages\\[\"\\d+\"\\]=\"([A-Za-z0-9+/=]*)\"");

    private WrittenText() {
    }

    static String of(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Matcher m = PACKED.matcher(text);
            StringBuilder sb = new StringBuilder(text);
            while (m.find()) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))))) {
                    sb.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
