package org.attune.tasks.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.api.TaskFormat;
import org.attune.api.TaskSet;
import org.attune.api.contract.TaskFormatContract;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** Built-in readers, found through their provider, meet the task format contract on real benchmark records. */
class BuiltinTaskFormatsContractTest {
    @TempDir
    Path tmp;

    /** The first {@code n} records of a file in shared/realdata, copied under the same name. */
    Path excerpt(String name, int n) throws IOException {
        Path dir = Path.of(System.getProperty("attune.realdata", "../shared/realdata"));
        Path real = dir.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(real), "real data file " + real + " is absent");
        Path out = tmp.resolve(name);
        Files.write(out, Files.readAllLines(real).subList(0, n));
        return out;
    }

    static TaskFormat builtin(String name) {
        return new BuiltinTaskFormats().taskFormats().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    abstract class ThroughTheLoader extends TaskFormatContract {
        @Override
        protected Read read(Path file) {
            LoadResult r = TaskFormats.load(file, LoadOptions.parse(format().name(), List.of(), null, null, null));
            TaskSet set = r.set();
            return new Read(new TaskFormat.Meta(set.name(), set.domain(), set.answerType()), set.items(), r.problems());
        }
    }

    @Nested
    class Gsm8k extends ThroughTheLoader {
        @Override
        protected TaskFormat format() {
            return builtin("gsm8k");
        }

        @Override
        protected Path sample() throws IOException {
            return excerpt("gsm8k_test.jsonl", 5);
        }
    }

    @Nested
    class Arc extends ThroughTheLoader {
        @Override
        protected TaskFormat format() {
            return builtin("arc");
        }

        @Override
        protected Path sample() throws IOException {
            return excerpt("arc_challenge_test_first200.jsonl", 5);
        }
    }
}
