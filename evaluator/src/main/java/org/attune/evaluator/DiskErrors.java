package org.attune.evaluator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in words what a failed write ran into (a full disk, a folder one may not write), for one-line messages. */
public final class DiskErrors {
    private DiskErrors() {
    }

    public static String describe(Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left") || m.contains("Disk quota exceeded")) {
            return "the disk is full (no space left on the device)";
        }
        if (e instanceof AccessDeniedException || m.contains("Permission denied")) {
            return "permission denied (the folder is not writable)";
        }
        if (m.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The message of {@code e}, or of the first {@link IOException} among its causes. */
    public static String describeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return describe(io);
            }
        }
        return describe(e);
    }
}
