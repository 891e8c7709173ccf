package org.attune.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU figure the process benches print, read from /proc/PID/stat as Linux lays it out. */
class ProcessBenchCpuTest {
    @Test
    void userSystemAndChildrenTicksAddUpEvenWithSpacesInTheCommandName(@TempDir Path dir) throws Exception {
        Path stat = dir.resolve("stat");
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
        Files.writeString(stat, "4242 (java (main) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 30 12 8 20 0 19 0\n");
        assertEquals(3.0, ProcessBench.cpuSeconds(stat), 1e-9);
    }

    @Test
    void anEndedProcessReadsAsZero(@TempDir Path dir) {
        assertEquals(0.0, ProcessBench.cpuSeconds(dir.resolve("gone")), 0.0);
    }
}
