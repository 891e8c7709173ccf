package org.attune.personas.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.attune.personas.InvalidInputException;

/** Reads files and class-path resources into trees, turning every failure into a named problem. */
public final class Files2 {
    /** Largest content file we accept; larger ones are refused rather than parsed. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private Files2() {
    }

    /** Reads a file as strict UTF-8 (a leading BOM is dropped). */
    public static String readText(Path path) {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(name + ": file is " + size + " bytes, larger than the "
                        + MAX_BYTES + "-byte limit");
            }
            return decode(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": file not found");
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads a class-path resource as UTF-8; the name is reported as {@code builtin:NAME}. */
    public static String readResource(String resource) {
        try (InputStream in = Files2.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException("builtin:" + resource + ": resource not found");
            }
            return decode("builtin:" + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new InvalidInputException("builtin:" + resource + ": cannot read: " + e.getMessage());
        }
    }

    /** The entries of a resource index file: one name per line, blank lines and # comments skipped. */
    public static java.util.List<String> readIndex(String resource) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : readResource(resource).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }

    public static String decode(String name, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InvalidInputException(name + ": looks like a binary file (NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new InvalidInputException(notUtf8(name, bytes, in.position()));
        }
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** "file:LINE: is not valid UTF-8 (byte 0xE9 at byte N of the line)", so the bad spot can be found. */
    private static String notUtf8(String name, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String at = offset < bytes.length
                ? String.format(java.util.Locale.ROOT, " (byte 0x%02X at byte %d of the line)", bytes[offset] & 0xff,
                        offset - lineStart + 1)
                : " (the file ends inside a character)";
        return name + ":" + line + ": is not valid UTF-8" + at + "; save the file as UTF-8";
    }

    /** Parses YAML or JSON (by file name) into a tree. */
    public static JsonNode parse(String name, String text) {
        if (text.isBlank()) {
            throw new InvalidInputException(name + ": file is empty");
        }
        try {
            JsonNode node = Mappers.forFile(name).readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException(name + ": file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(name + ": " + describe(e));
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException) {
                throw e;
            }
            // snakeyaml reports alias bombs and limits as runtime exceptions
            throw new InvalidInputException(name + ": cannot parse: " + firstLine(e.getMessage()));
        }
    }

    /** "line N: message" from a Jackson parse error, without the source dump. */
    public static String describe(JsonProcessingException e) {
        String msg = reason(e.getOriginalMessage());
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return "line " + e.getLocation().getLineNr() + ": " + msg;
        }
        return msg;
    }

    /**
     * A parser's message without its source excerpt: SnakeYAML's context and problem lines, which start at the
     * margin ("while parsing a flow sequence: expected ',' or ']', but got &lt;stream end&gt;"), never its indented
     * "in 'reader'" lines, quoted source and caret; one line for a JSON parser's message.
     */
    public static String reason(String s) {
        if (s == null) {
            return firstLine(null);
        }
        String joined = s.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .collect(java.util.stream.Collectors.joining(": "));
        return firstLine(joined.isEmpty() ? s.strip() : joined);
    }

    public static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
