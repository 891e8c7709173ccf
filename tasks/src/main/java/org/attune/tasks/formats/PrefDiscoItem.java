package org.attune.tasks.formats;

import java.util.List;
import java.util.Map;
import org.attune.api.AnswerType;

/**
 * The per-item extension of a PrefDisco record: the person the item is personalized for, the rubric
 * that judges the response (every criterion is active) and what the record carries besides.
 *
 * @param itemId the record's {@code problem_id}, which is the item's id
 * @param persona the record's person
 * @param criteria the rubric, in file order, each joined with the person's preference of the same name
 * @param answerType how the item's gold is compared (per record: one file may mix source datasets)
 * @param dataset the source dataset the record's problem row was recognised as
 * @param image the absolute path of the problem's image, or null when it has none
 * @param unused the record's fields that no part of a run uses (as {@code field.path}), for run.json
 */
public record PrefDiscoItem(String itemId, PrefDiscoProfile persona, List<Criterion> criteria, AnswerType answerType,
                            String dataset, String image, List<String> unused) {
    public PrefDiscoItem {
        criteria = List.copyOf(criteria);
        unused = unused == null ? List.of() : List.copyOf(unused);
    }

    /** The leading {@code problem_<i>_} of a PrefDisco id, which groups the personas of one problem; null when absent. */
    public static String problemGroup(String problemId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(problem_\\d+)_.+").matcher(problemId);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * One rubric criterion and the person's preference it judges.
     *
     * @param id a path-safe kebab-case id derived from the preference name
     * @param name the preference name as written in the file
     * @param criterion what the rubric says the criterion evaluates
     * @param description the preference's own description (the criterion's when the preference has none)
     * @param value the person's value, as written (a number is kept as its text)
     * @param valueRange the range the value is taken from (null when the record gives none)
     * @param justification why the person holds this preference
     * @param importance the person's {@code local_importance}, an integer 1-5
     * @param kind {@code expertise} or {@code personal} (null when absent)
     * @param weight the rubric weight, as given
     * @param anchors the level descriptions at scores 1, 3 and 5
     */
    public record Criterion(String id, String name, String criterion, String description, String value,
                            String valueRange, String justification, int importance, String kind, double weight,
                            Map<Integer, String> anchors) {
        public Criterion {
            anchors = Map.copyOf(anchors);
        }
    }
}
