package org.attune.evaluator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.personas.InvalidInputException;

/**
 * Where the journal's whole lines end. What follows the last newline is a torn write (a kill, a power
 * cut or a full disk stopped it), which can end anywhere, even inside a multi-byte character, so it is
 * located and handled as bytes, never decoded with the whole lines.
 */
public final class JournalTail {
    private static final int CHUNK = 1 << 16;

    private JournalTail() {
    }

    /** The length in bytes of the journal up to and including its last newline (0 when it has none). */
    public static long wholeLinesLength(Path journal) {
        try (SeekableByteChannel ch = Files.newByteChannel(journal)) {
            long end = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(CHUNK);
            while (end > 0) {
                long start = Math.max(0, end - CHUNK);
                buf.clear().limit((int) (end - start));
                ch.position(start);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // a channel reads what it can per call
                }
                for (int i = buf.position() - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        return start + i + 1;
                    }
                }
                end = start;
            }
            return 0;
        } catch (IOException e) {
            throw new InvalidInputException(journal + ": cannot read: " + e.getMessage());
        }
    }

    /** The bytes after the last newline (empty when the journal ends with one). */
    public static byte[] tornBytes(Path journal) {
        long whole = wholeLinesLength(journal);
        try (SeekableByteChannel ch = Files.newByteChannel(journal)) {
            long size = ch.size();
            if (size - whole > Integer.MAX_VALUE - 8) {
                throw new InvalidInputException(journal + ": its last line (" + (size - whole)
                        + " bytes without a newline) is not a journal line; cut it off and run attune run --resume "
                        + journal.toAbsolutePath().getParent());
            }
            ByteBuffer buf = ByteBuffer.allocate((int) (size - whole));
            ch.position(whole);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // a channel reads what it can per call
            }
            return buf.array();
        } catch (IOException e) {
            throw new InvalidInputException(journal + ": cannot read: " + e.getMessage());
        }
    }

    /** The first {@code length} bytes of the journal as a stream (its whole lines, when given {@link #wholeLinesLength}). */
    static java.io.InputStream openWholeLines(Path journal, long length) throws IOException {
        return new java.io.FilterInputStream(Files.newInputStream(journal)) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                left -= Math.max(n, 0);
                return n;
            }
        };
    }
}
