package org.attune.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;

/**
 * Where each episode's line sits in the journal, so the report can read the few full episodes it
 * renders at a time instead of holding every text of a large run in memory. A key that repeats is
 * found at its last line (SPEC: the later line wins); a last line without its newline is not an
 * episode. Reading is safe from several threads.
 */
final class JournalLines implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();
    private final Path file;
    private final FileChannel channel;
    private final Map<String, long[]> where;
    private final ObjectReader reader = RunDirectory.mapper().readerFor(Episode.class);

    private JournalLines(Path file, FileChannel channel, Map<String, long[]> where) {
        this.file = file;
        this.channel = channel;
        this.where = where;
    }

    /** Indexes the journal of a run directory; an absent journal has no lines. */
    static JournalLines of(Path runDir) {
        Path file = runDir.resolve(RunDirectory.EPISODES);
        if (!Files.isRegularFile(file)) {
            return new JournalLines(file, null, Map.of());
        }
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
            return new JournalLines(file, ch, index(ch));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
    }

    private static Map<String, long[]> index(FileChannel ch) throws IOException {
        Map<String, long[]> out = new HashMap<>();
        byte[] chunk = new byte[1 << 20];
        byte[] carry = new byte[1 << 12]; // a line that runs past the end of a chunk
        int carried = 0;
        long base = 0; // file offset of chunk[0]
        long lineStart = 0;
        int n;
        while ((n = ch.read(ByteBuffer.wrap(chunk), base)) > 0) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                String key;
                if (carried == 0) {
                    key = key(chunk, from, i - from);
                } else {
                    carry = append(carry, carried, chunk, from, i - from);
                    key = key(carry, 0, carried + i - from);
                    carried = 0;
                }
                if (key != null) {
                    out.put(key, new long[] {lineStart, base + i - lineStart});
                }
                lineStart = base + i + 1;
                from = i + 1;
            }
            carry = append(carry, carried, chunk, from, n - from);
            carried += n - from;
            base += n;
        }
        return out;
    }

    private static byte[] append(byte[] to, int used, byte[] from, int off, int len) {
        byte[] out = used + len <= to.length ? to : java.util.Arrays.copyOf(to, Math.max(to.length * 2, used + len));
        System.arraycopy(from, off, out, used, len);
        return out;
    }

    /** The top-level "key" of a JSON line, read without parsing the rest (it comes second). */
    private static String key(byte[] bytes, int off, int len) {
        try (JsonParser p = JSON.createParser(bytes, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("key".equals(name)) {
                    return v == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null; // not a line the journal reader would take either
        }
    }

    /** The episode as its last journal line has it, or null when the journal has no line for the key. */
    Episode read(String key) {
        long[] at = where.get(key);
        if (at == null) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate((int) at[1]);
        try {
            long p = at[0];
            while (buf.hasRemaining()) {
                int n = channel.read(buf, p + buf.position());
                if (n < 0) {
                    throw new IOException("the journal is shorter than when it was indexed");
                }
            }
            return reader.readValue(buf.array());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the line of " + key, e);
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // read-only; nothing to lose
            }
        }
    }
}
