package org.attune.runners.models.internal;

/** The provider answered 200 but with no text; {@code cut} when it said it stopped at the token limit. */
public final class EmptyReplyException extends RuntimeException {
    private final boolean cut;

    public EmptyReplyException(boolean cut) {
        super(cut ? "the model stopped at the token limit (finish_reason length) before writing any answer text;"
                + " its reasoning took the whole budget: raise --max-tokens" : "the model answered with no text");
        this.cut = cut;
    }

    public boolean cut() {
        return cut;
    }
}
