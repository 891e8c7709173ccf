package org.attune.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.attune.api.AnswerType;
import org.attune.api.Item;
import org.attune.api.TaskFormat;
import org.attune.api.TaskRecords;
import org.junit.jupiter.api.Test;

/** What every TaskFormat must do (SPEC §1, task sets); each implementation extends this. */
public abstract class TaskFormatContract {
    protected abstract TaskFormat format();

    /** A file in the format's layout holding at least two records, all of them valid. */
    protected abstract Path sample() throws IOException;

    /** What reading a file gave: the reader's description, the items and the problem lines. */
    public record Read(TaskFormat.Meta meta, List<Item> items, List<String> problems) {
    }

    /**
     * Reads {@code file} with the format, by default through plain {@link TaskRecords}; a format that
     * reads only through its own loader (Attune's built-ins) overrides this to load through it.
     */
    protected Read read(Path file) throws IOException {
        String text = Files.readString(file);
        List<Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        TaskRecords in = new TaskRecords() {
            @Override
            public Path file() {
                return file;
            }

            @Override
            public String text() {
                return text;
            }

            @Override
            public void add(int line, Supplier<Item> convert) {
                try {
                    items.add(convert.get());
                } catch (IllegalArgumentException e) {
                    problems.add(file + ":" + line + ": " + e.getMessage());
                }
            }
        };
        List<AnswerType> types = format().answerTypes();
        TaskFormat.Meta meta = format().read(in, types.isEmpty() ? null : types.get(0));
        return new Read(meta, items, problems);
    }

    @Test
    void hasANameAndDistinctAnswerTypes() {
        assertThat(format().name()).isNotBlank().doesNotContainAnyWhitespaces();
        assertThat(new HashSet<>(format().answerTypes())).hasSameSizeAs(format().answerTypes());
    }

    @Test
    void readsEveryRecordOfAValidFileIntoAnItemWithAUniqueIdAndAQuestion() throws IOException {
        Read r = read(sample());
        assertThat(r.problems()).isEmpty();
        assertThat(r.items()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(r.meta().name()).isNotBlank();
        Set<String> ids = new HashSet<>();
        for (Item item : r.items()) {
            assertThat(item.id()).isNotBlank();
            assertThat(ids.add(item.id())).as("id " + item.id() + " repeated").isTrue();
            assertThat(item.question()).as(item.id()).isNotBlank();
        }
    }

    @Test
    void readsTheSameFileTheSameWay() throws IOException {
        assertThat(read(sample()).items()).isEqualTo(read(sample()).items());
    }
}
