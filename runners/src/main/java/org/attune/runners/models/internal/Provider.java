package org.attune.runners.models.internal;

import java.util.Locale;

/** The model providers a spec may name (SPEC §5), with where their key and base URL come from. */
public enum Provider {
    OPENAI("openai", "OPENAI_API_KEY", "OPENAI_BASE_URL", "https://api.openai.com/v1", true),
    ANTHROPIC("anthropic", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "https://api.anthropic.com/v1/", true),
    GEMINI("gemini", "GEMINI_API_KEY", "GEMINI_BASE_URL", "https://generativelanguage.googleapis.com/v1beta", true),
    /** Ollama through its OpenAI-compatible endpoint; it needs no key. */
    OLLAMA("ollama", null, "OLLAMA_BASE_URL", "http://localhost:11434/v1", false),
    /** Any server speaking OpenAI chat completions; the base URL is part of the spec. */
    OPENAI_COMPATIBLE("openai-compatible", "OPENAI_API_KEY", null, null, false);

    private final String id;
    private final String keyVariable;
    private final String baseUrlVariable;
    private final String defaultBaseUrl;
    private final boolean keyRequired;

    Provider(String id, String keyVariable, String baseUrlVariable, String defaultBaseUrl, boolean keyRequired) {
        this.id = id;
        this.keyVariable = keyVariable;
        this.baseUrlVariable = baseUrlVariable;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyRequired = keyRequired;
    }

    public String id() {
        return id;
    }

    public String keyVariable() {
        return keyVariable;
    }

    public String baseUrlVariable() {
        return baseUrlVariable;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public boolean keyRequired() {
        return keyRequired;
    }

    /** Whether the provider is reached with the OpenAI chat-completions client. */
    public boolean speaksOpenAi() {
        return this == OPENAI || this == OLLAMA || this == OPENAI_COMPATIBLE;
    }

    /** The provider a spec names, or null when the spec is not a model spec. */
    public static Provider of(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String p = spec.substring(0, colon).toLowerCase(Locale.ROOT);
        for (Provider v : values()) {
            if (v.id.equals(p)) {
                return v;
            }
        }
        return null;
    }
}
