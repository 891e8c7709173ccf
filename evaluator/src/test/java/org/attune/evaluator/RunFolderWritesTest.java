package org.attune.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The run folder's lock and atomic writes (SPEC §4: one writer, files made with the umask). */
class RunFolderWritesTest {
    @TempDir
    Path tmp;

    @Test
    void aFileWhereTheRunFolderShouldBeIsNamedAsAFileAndLeftAsItWas() throws Exception {
        // merge/score --out FILE said "cannot lock the run folder for writing: ..." about a folder that was a file
        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> RunLock.acquire(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notes.txt: is a file, not a run folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aHeldFolderIsRefusedNamingItsHolderAndIsFreeAgainOnceReleased() {
        Path dir = tmp.resolve("run");
        try (RunLock first = RunLock.acquire(dir)) {
            assertThatThrownBy(() -> RunLock.acquire(dir)).isInstanceOf(InvalidInputException.class)
                    .hasMessage(dir + ": another attune process (pid " + ProcessHandle.current().pid()
                            + ") is writing this run folder; wait for it to finish, or choose another folder");
        }
        try (RunLock again = RunLock.acquire(dir)) {
            assertThat(dir.resolve(RunLock.FILE)).isRegularFile();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anAtomicWriteGivesTheModeOfAPlainNewFileNotTheTempFilesModeAndLeavesNoTempFile() throws Exception {
        Path plain = Files.createFile(tmp.resolve("plain"));
        Path target = tmp.resolve("summary.json");
        RunDirectory.writeAtomic(target, "{}\n");
        RunDirectory.writeAtomic(target, "{\"again\": true}\n"); // replacing keeps it readable too
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
        assertThat(target).hasContent("{\"again\": true}");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain", "summary.json");
        }
    }

    @Test
    void aFailedAtomicWriteNamesTheFileAndLeavesNoTempFile() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> RunDirectory.writeAtomic(blocker.resolve("summary.json"), "{}"))
                .isInstanceOf(WriteFailedException.class).hasMessageContaining(blocker.resolve("summary.json") + ": cannot write: ");
        Path folder = Files.createDirectories(tmp.resolve("run"));
        Path target = Files.createDirectories(folder.resolve("summary.json")); // a folder where the file should go
        Files.writeString(target.resolve("inside"), "keeps the folder non-empty");
        assertThatThrownBy(() -> RunDirectory.writeAtomic(target, "{}")).isInstanceOf(WriteFailedException.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("summary.json");
        }
    }
}
