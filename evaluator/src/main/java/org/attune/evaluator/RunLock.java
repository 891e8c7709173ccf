package org.attune.evaluator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.attune.personas.InvalidInputException;

/**
 * One writer per run folder (SPEC §4): an exclusive OS lock on {@code .lock} in the folder, held for
 * as long as a command writes there. A second process is refused at once, never made to wait; the
 * OS releases the lock when its holder dies, so a killed run never blocks the next. The lock file
 * holds the holder's pid, for the message; it is left in place (deleting it would race a newcomer).
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (created if missing) for writing.
     *
     * @throws InvalidInputException when another process (or another command of this one) holds it, or the
     *                               folder cannot be made or written
     */
    public static RunLock acquire(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": is a file, not a run folder; give a folder (a new or an existing"
                    + " run folder) instead");
        }
        Path file = dir.resolve(FILE);
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                l = null;
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw new InvalidInputException(dir + ": another attune process" + holder + " is writing this run folder;"
                        + " wait for it to finish, or choose another folder");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return new RunLock(ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new InvalidInputException(dir + ": cannot lock the run folder for writing: " + DiskErrors.describe(e));
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        ch.read(buf, 0);
        String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
        return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }
}
