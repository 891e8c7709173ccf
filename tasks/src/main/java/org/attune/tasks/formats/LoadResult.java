package org.attune.tasks.formats;

import java.util.List;
import org.attune.api.TaskSet;

/**
 * What a public benchmark file yielded: the task set of every record that loaded, one
 * {@code file:line: why} line for each record that did not, and for PrefDisco files the
 * persona and rubric each item carries (empty otherwise).
 */
public record LoadResult(TaskSet set, String format, List<String> problems, List<PrefDiscoItem> personalized) {
    public LoadResult {
        problems = List.copyOf(problems);
        personalized = personalized == null ? List.of() : List.copyOf(personalized);
    }

    public LoadResult(TaskSet set, List<String> problems) {
        this(set, null, problems, List.of());
    }
}
