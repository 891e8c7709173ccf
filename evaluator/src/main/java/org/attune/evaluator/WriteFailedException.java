package org.attune.evaluator;

import java.nio.file.Path;
import org.attune.personas.InvalidInputException;

/**
 * Writing into a run folder failed (a full disk, a folder that is not writable): an input error
 * (exit 2) naming the folder, so a run can stop once, cleanly, and be resumed.
 */
public final class WriteFailedException extends InvalidInputException {
    private final transient Path folder;

    public WriteFailedException(Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    /** The folder written into. */
    public Path folder() {
        return folder;
    }
}
