package org.attune.evaluator.correctness;

/**
 * What {@link AnswerExtractor} found: the answer as written ({@code text}), how it was found
 * ({@code via}) and the rest of the line after the answer cue ({@code tail}), which text and
 * option matching read in full because the sentence cut in {@code text} may fall inside a name.
 */
record Extraction(String text, Via via, String tail) {

    /** How an answer was located, in the order they are tried (SPEC §3). */
    enum Via {
        BOXED("\\boxed{}"),
        PHRASE("answer phrase"),
        LAST_NUMBER("last number"),
        LETTER_MENTION("letter mention"),
        WHOLE_RESPONSE("whole response");

        private final String label;

        Via(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
