package org.attune.runners.models.internal;

import java.net.URI;
import java.util.Map;
import org.attune.personas.InvalidInputException;

/**
 * Where a model spec's calls go: provider, model, base URL and key. The key prints redacted, so an
 * endpoint can be logged or recorded as is.
 */
public record Endpoint(Provider provider, String model, String baseUrl, ApiKey key) {

    /**
     * Resolves a spec such as {@code openai:gpt-4o-mini} or {@code openai-compatible:m@http://host/v1}.
     * Base URLs come from {@code baseUrls} (by provider id), else the provider's {@code *_BASE_URL}
     * variable, else its default; keys only from the environment.
     */
    public static Endpoint resolve(String option, String spec, Map<String, String> baseUrls, Map<String, String> env) {
        Provider provider = Provider.of(spec);
        if (provider == null) {
            throw new InvalidInputException(option + ": \"" + spec + "\" names no known model provider "
                    + "(openai, anthropic, gemini, ollama, openai-compatible)" + org.attune.personas.util.DidYouMean.hint(
                    spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec,
                    java.util.List.of("openai", "anthropic", "gemini", "ollama", "openai-compatible")));
        }
        String rest = spec.substring(spec.indexOf(':') + 1);
        String model = rest;
        String url = null;
        if (provider == Provider.OPENAI_COMPATIBLE) {
            int at = rest.indexOf("@http");
            if (at == 0) {
                throw new InvalidInputException(option + ": \"" + spec
                        + "\" names no model: openai-compatible:MODEL@http://HOST:PORT/v1");
            }
            if (at < 0) {
                throw new InvalidInputException(option + ": \"" + spec
                        + "\" needs a base URL: openai-compatible:MODEL@http://HOST:PORT/v1");
            }
            model = rest.substring(0, at);
            url = rest.substring(at + 1);
        } else {
            url = firstNonBlank(baseUrls.get(provider.id()),
                    provider.baseUrlVariable() == null ? null : env.get(provider.baseUrlVariable()),
                    provider.defaultBaseUrl());
        }
        if (model.isBlank()) {
            throw new InvalidInputException(option + ": \"" + spec + "\" names no model");
        }
        checkUrl(option, spec, url);
        ApiKey key = provider.keyVariable() == null ? ApiKey.none() : ApiKey.of(env.get(provider.keyVariable()));
        if (provider.keyRequired() && !key.isPresent()) {
            throw new InvalidInputException(option + ": \"" + spec + "\" needs " + provider.keyVariable()
                    + " in the environment");
        }
        return new Endpoint(provider, model, url, key);
    }

    /** The server this endpoint talks to: calls to one server share its connection limit. */
    public String server() {
        return provider.id() + " " + displayUrl();
    }

    /** The base URL without any user name or password in it, for files and messages. */
    public String displayUrl() {
        return withoutCredentials(baseUrl);
    }

    /** A URL without its user-info part ({@code http://user:pw@host/} -> {@code http://host/}). */
    public static String withoutCredentials(String url) {
        try {
            URI u = URI.create(url);
            if (u.getUserInfo() == null) {
                return url;
            }
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), u.getFragment())
                    .toString();
        } catch (Exception e) {
            return "[unparsable URL]";
        }
    }

    private static void checkUrl(String option, String spec, String url) {
        try {
            URI u = URI.create(url);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option + ": \"" + spec + "\": base URL is not an http(s) URL");
        }
        org.attune.runners.engine.SpecSecrets.checkUrl(option, spec, url);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
