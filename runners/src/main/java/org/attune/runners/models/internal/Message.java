package org.attune.runners.models.internal;

/**
 * One chat message: {@code system}, {@code user} or {@code assistant}. A user message may carry an
 * image ({@code image}: an absolute file path or an http(s) URL), sent as image content.
 */
public record Message(String role, String text, String image) {
    public Message(String role, String text) {
        this(role, text, null);
    }

    public static Message system(String text) {
        return new Message("system", text);
    }

    public static Message user(String text) {
        return new Message("user", text);
    }

    public static Message assistant(String text) {
        return new Message("assistant", text);
    }

    /** This message with {@code image} attached (null: unchanged). */
    public Message withImage(String image) {
        return image == null ? this : new Message(role, text, image);
    }
}
