package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JudgeReplyReaderTest {
    /**
     * Judges' JSON that does not parse but states its score as a quoted key: cut off by max_tokens in
     * the justification (finish_reason "length"), a Python dict whose text holds an apostrophe, a
     * justification with unescaped inner quotes, and the key capitalized or named "rating".
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"score\": 4, \"justification\": \"The response is short and uses bullet points, which the person wants, but it",
        "{'score': 4, 'justification': 'It's short and it's clear'}",
        "{\n  \"justification\": \"uses \"bullets\" well\",\n  \"score\": 4\n}",
        "{\"Score\": 4, \"Justification\": \"Fits.\"}",
        "{\"rating\": 4, \"justification\": \"Fits.\"}"})
    void aQuotedScoreKeyInJsonThatDoesNotParseIsRead(String reply) {
        JudgeReplyReader.Reading r = JudgeReplyReader.read(reply);
        assertThat(r).as(reply).isNotNull();
        assertThat(r.score()).isEqualTo(4);
        assertThat(r.form()).isEqualTo(JudgeReplyReader.LABEL);
    }

    @Test
    void aQuotedKeyOutOfRangeIsStillNoScore() {
        assertThat(JudgeReplyReader.read("{\"score\": 9, \"justification\": \"cut")).isNull();
        assertThat(JudgeReplyReader.read("{\"score\": \"high\", \"justification\": \"cut")).isNull();
    }
}
