package org.attune.runners.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The console's writer: model replies, server error bodies, file contents and agent output reach the
 * terminal only as printable text. Every character a terminal would act on instead of print (C0
 * controls other than newline and tab, a carriage return not ending a line, DEL, C1 controls such as
 * CSI, and the bidirectional overrides that reorder a line) is written as a visible escape
 * ({@code \x1b}, {@code \u202e}), so text from outside cannot recolour, clear or rewrite the screen, fake
 * a line ("\rPASS"), ring the bell or set a hyperlink. Attune's own redrawn progress bar goes through
 * {@link #carriageReturn(PrintWriter)}, the one way a bare carriage return gets out.
 */
public final class ConsoleWriter extends PrintWriter {
    private final Writer target;

    private ConsoleWriter(Writer target) {
        super(new Escaping(target), true);
        this.target = target;
    }

    /** {@code w} wrapped (once) so that everything printed through it is escaped. */
    public static PrintWriter of(PrintWriter w) {
        return w instanceof ConsoleWriter ? w : new ConsoleWriter(w);
    }

    /** Moves to the start of the line, to redraw it: on a console writer past its escaping. */
    public static void carriageReturn(PrintWriter w) {
        if (w instanceof ConsoleWriter c) {
            c.flush();
            try {
                c.target.write('\r');
            } catch (IOException e) {
                c.setError();
            }
        } else {
            w.print('\r');
        }
    }

    private static void escapeInto(StringBuilder sb, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                sb.append(c); // a line end as Windows writes it
            } else if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f) {
                sb.append(c == '\r' ? "\\r" : String.format("\\x%02x", (int) c));
            } else if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
    }

    private static final class Escaping extends Writer {
        private final Writer target;

        Escaping(Writer target) {
            this.target = target;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            StringBuilder sb = new StringBuilder(len);
            escapeInto(sb, java.nio.CharBuffer.wrap(buf), off, off + len);
            target.write(sb.toString());
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            StringBuilder sb = new StringBuilder(len);
            escapeInto(sb, s, off, off + len);
            target.write(sb.toString());
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
