package org.attune.runners.models.internal;

/** The provider answered 200 but with no text. */
public final class EmptyReplyException extends RuntimeException {
    public EmptyReplyException() {
        super("the model answered with no text");
    }
}
