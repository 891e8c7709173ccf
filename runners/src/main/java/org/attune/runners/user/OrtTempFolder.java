package org.attune.runners.user;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ONNX Runtime (1.20) extracts its native libraries into a fresh {@code onnxruntime-java*} folder of the
 * temp folder on every start and leaves the folder behind at exit: one per process that loads the
 * embedding model. Once the libraries are loaded, the folder is no longer needed (on Linux and macOS a
 * loaded library stays mapped after its file is removed), so it is removed here. Best effort: where the
 * runtime keeps the folder elsewhere, or a file cannot be removed (Windows), nothing happens.
 */
final class OrtTempFolder {
    private OrtTempFolder() {
    }

    /** Removes the runtime's extraction folder; returns it, or null when there was none to remove. */
    static Path remove() {
        Path dir = folder();
        if (dir == null || !Files.isDirectory(dir) || !dir.getFileName().toString().startsWith("onnxruntime-java")) {
            return null;
        }
        try {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
            return dir;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The folder the runtime extracted into (its private static field), or null. */
    static Path folder() {
        try {
            Field f = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            f.setAccessible(true);
            return f.get(null) instanceof Path p ? p : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
