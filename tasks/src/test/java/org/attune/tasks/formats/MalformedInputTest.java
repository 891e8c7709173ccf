package org.attune.tasks.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input never stops a load at the first record and never escapes as a stack trace. */
class MalformedInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    private static LoadResult load(Path f) {
        return TaskFormats.load(f, LoadOptions.defaults());
    }

    private static String gsm(String q, String a) {
        return "{\"question\": \"" + q + "\", \"answer\": \"" + a + "\"}";
    }

    @Test
    void aTruncatedLineIsReportedWithItsLineAndTheOthersLoad() throws Exception {
        Path f = write("gsm8k_x.jsonl", gsm("Two plus two?", "2+2=<<2+2=4>>4\\n#### 4") + "\n"
                + "{\"question\": \"Half of ten?\", \"answer\": \"10/2=5\\n#### \n"
                + gsm("Three times three?", "#### 9") + "\n");
        LoadResult r = load(f);
        assertThat(r.set().items()).extracting(i -> i.id()).containsExactly("gsm8k-0001", "gsm8k-0003");
        assertThat(r.problems()).singleElement().asString().startsWith(f + ":2: ").contains("JSON");
        assertThat(r.set().items().get(0).solution()).isEqualTo("2+2=4\n\nThe answer is 4.");
    }

    @Test
    void wrongTypesAndMissingFieldsNameTheField() throws Exception {
        Path f = write("gsm8k_types.jsonl", String.join("\n",
                "{\"question\": [\"not\", \"text\"], \"answer\": \"#### 3\"}",
                "{\"question\": \"Fine?\", \"answer\": 12}",
                "{\"question\": \"No mark?\", \"answer\": \"it is 5\"}",
                "{\"question\": \"Not a number?\", \"answer\": \"#### five\"}",
                "[1, 2]",
                "{\"question\": \"Good one\", \"answer\": \"#### 1,250\"}"));
        LoadResult r = load(f);
        assertThat(r.problems()).containsExactly(
                f + ":1: question: expected a string, was a list",
                f + ":2: answer: has no final \"#### N\" line",
                f + ":3: answer: has no final \"#### N\" line",
                f + ":4: answer (after ####): expected a number, was \"five\"",
                f + ":5: expected a JSON object, was a list");
        assertThat(r.set().items()).singleElement().satisfies(i -> {
            assertThat(i.answer()).isEqualTo("1250");
            assertThat(i.id()).isEqualTo("gsm8k-0006");
        });
    }

    @Test
    void anEmptyOrBlankFileIsAnInputError() throws Exception {
        for (String text : new String[] {"", "\n\n  \n", "\uFEFF"}) {
            Path f = write("empty.jsonl", text);
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(f));
            assertThat(e.problems()).containsExactly(f + ": file is empty (no records)");
        }
    }

    @Test
    void aFileWhoseEveryRecordFailsIsAnInputErrorListingEachRecord() throws Exception {
        Path f = write("gsm8k_bad.jsonl", "{\"question\": \"a\"}\n{\"question\": \"b\"}\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load(f));
        assertThat(e.problems()).containsExactly(f + ":1: answer: is missing", f + ":2: answer: is missing",
                f + ": no record could be loaded as gsm8k (2 records; name the format with --format if it was detected wrongly)");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreHarmless() throws Exception {
        Path f = write("gsm8k_crlf.jsonl", "\uFEFF" + gsm("One?", "#### 1") + "\r\n" + gsm("Two?", "#### 2") + "\r\n\r\n"
                + "{\"question\": \"Three?\"}\r\n");
        LoadResult r = load(f);
        assertThat(r.format()).isEqualTo("gsm8k");
        assertThat(r.set().items()).extracting(i -> i.answer()).containsExactly("1", "2");
        assertThat(r.problems()).containsExactly(f + ":4: answer: is missing");
        Path csv = write("m_test.csv", "\uFEFFWhat is 2+2?,3,4,5,6,B\r\n\"Pick, \"\"quoted\"\"\",x,y,z,w,D\r\n");
        LoadResult m = TaskFormats.load(csv, LoadOptions.parse("mmlu", null, null, null, null));
        assertThat(m.problems()).isEmpty();
        assertThat(m.set().items()).extracting(i -> i.question()).containsExactly("What is 2+2?", "Pick, \"quoted\"");
        assertThat(m.set().items().get(0).goldChoiceText()).isEqualTo("4");
    }

    @Test
    void notUtf8AndBinaryFilesAreNamed() throws Exception {
        Path latin = dir.resolve("latin.jsonl");
        Files.write(latin, new byte[] {'{', '"', 'q', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> load(latin)).problems())
                .containsExactly(latin + ":1: is not valid UTF-8 (byte 0xE9 at byte 7 of the line); save the file as UTF-8");
        Path missing = dir.resolve("nope.jsonl");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> load(missing)).problems())
                .containsExactly(missing + ": file not found");
    }

    @Test
    void csvRowsWithTheWrongCellCountAndAnUnclosedQuote() throws Exception {
        Path f = write("algebra_test.csv", String.join("\n",
                "question,choice0,choice1,choice2,choice3,answer",
                "\"Multi\nline question\",a,b,c,d,2",
                "Short row,a,b,c,1",
                "Bad index,a,b,c,d,7",
                "Letter works,a,b,c,d,C",
                "\"Never closed,a,b,c,d,0",
                "Lost,a,b,c,d,1"));
        LoadResult r = load(f);
        assertThat(r.format()).isEqualTo("mmlu");
        assertThat(r.set().items()).extracting(i -> i.answer()).containsExactly("C", "C");
        assertThat(r.set().items().get(0).question()).isEqualTo("Multi\nline question");
        assertThat(r.problems()).hasSize(3);
        assertThat(r.problems().get(0)).isEqualTo(f + ":4: row has 5 cells, the header has 6");
        assertThat(r.problems().get(1)).isEqualTo(f + ":5: answer: index 7 is out of range for 4 options (0-based)");
        assertThat(r.problems().get(2)).startsWith(f + ":7: ").contains("CSV syntax error").contains("rest of the file was not read");
    }

    @Test
    void anUnclosedQuoteIsNamedOnTheLineWhereItsRecordStartsPastBlankLines() throws Exception {
        Path f = write("quotes.csv", "question,answer\nWhat is 2+2?,4\n\n\"unterminated,x\nWhat is 3+3?,6\n");
        LoadResult r = load(f);
        assertThat(r.problems()).first().asString().startsWith(f + ":4: CSV syntax error in the record starting here")
                .contains("(noticed on line 6)");
    }

    @Test
    void duplicateAndUnsafeIdsAreReported() throws Exception {
        Path f = write("arc_x.jsonl", String.join("\n",
                "{\"id\": \"Mercury_1\", \"question\": {\"stem\": \"s?\", \"choices\": [{\"label\": \"A\", \"text\": \"x\"}, {\"label\": \"B\", \"text\": \"y\"}]}, \"answerKey\": \"B\"}",
                "{\"id\": \"Mercury_1\", \"question\": {\"stem\": \"t?\", \"choices\": [{\"label\": \"A\", \"text\": \"x\"}, {\"label\": \"B\", \"text\": \"y\"}]}, \"answerKey\": \"A\"}",
                "{\"id\": \"../etc/passwd\", \"question\": {\"stem\": \"u?\", \"choices\": [{\"label\": \"1\", \"text\": \"x\"}, {\"label\": \"2\", \"text\": \"y\"}]}, \"answerKey\": \"2\"}",
                "{\"id\": \"Mercury_4\", \"question\": {\"stem\": \"v?\", \"choices\": [{\"label\": \"A\", \"text\": \"x\"}]}, \"answerKey\": \"E\"}"));
        LoadResult r = load(f);
        assertThat(r.format()).isEqualTo("arc");
        assertThat(r.problems()).containsExactly(f + ":2: duplicate id \"Mercury_1\" (first on line 1)",
                f + ":4: choices: needs at least 2 options, has 1");
        assertThat(r.set().items()).extracting(i -> i.id()).containsExactly("Mercury_1", "etc-passwd");
        assertThat(r.set().items().get(1).answer()).isEqualTo("B");
    }

    @Test
    void anUnknownFormatOrAnImpossibleAnswerTypeIsAUsageError() throws Exception {
        Path f = write("gsm8k_y.jsonl", gsm("One?", "#### 1"));
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> LoadOptions.parse("gsm9k", null, "rhyme", null, "cooking")).problems()).containsExactly(
                "--format: unknown format \"gsm9k\" (known: " + String.join(", ", TaskFormats.names())
                        + "); did you mean \"gsm8k\"?",
                "--answer-type: must be number, choice, text or expression; was \"rhyme\"",
                "--domain: must be one of math, logic, science, medicine, knowledge, factual, commonsense, social; was \"cooking\"");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> TaskFormats.load(f, LoadOptions.parse(null, null, "choice", null, null))).problems())
                .containsExactly("--answer-type: the gsm8k format gives number or expression answers, not choice");
    }
}
