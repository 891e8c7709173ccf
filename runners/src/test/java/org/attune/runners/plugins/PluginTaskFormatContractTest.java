package org.attune.runners.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.TaskFormat;
import org.attune.api.contract.TaskFormatContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The task format of the plug-in jar built from source meets the task format contract. */
class PluginTaskFormatContractTest extends TaskFormatContract {
    @TempDir
    static Path tmp;
    static TaskFormat lines;

    @BeforeAll
    static void load() throws Exception {
        Path jar = PluginJars.build(tmp.resolve("plugin"));
        lines = ComponentProviders.withPlugins(List.of(jar)).taskFormats().stream()
                .filter(f -> f.name().equals("myco-lines")).findFirst().orElseThrow();
    }

    @Override
    protected TaskFormat format() {
        return lines;
    }

    @Override
    protected Path sample() throws IOException {
        return Files.writeString(tmp.resolve("sums.txt"), "What is 2 + 5? | 7\nWhat is 3 + 3? | 6\n");
    }
}
