package org.attune.runners.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.attune.personas.InvalidInputException;
import org.junit.jupiter.api.Test;

class EndpointTest {
    static final Map<String, String> NO_ENV = Map.of();

    @Test
    void openAiCompatibleTakesItsBaseUrlFromTheSpecAndSendsTheOpenAiKeyWhenSet() {
        Endpoint e = Endpoint.resolve("--agent", "openai-compatible:qwen2.5:7b@http://127.0.0.1:8000/v1", Map.of(),
                Map.of("OPENAI_API_KEY", "sk-x"));
        assertThat(e.provider()).isEqualTo(Provider.OPENAI_COMPATIBLE);
        assertThat(e.model()).isEqualTo("qwen2.5:7b");
        assertThat(e.baseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
        assertThat(e.key().reveal()).isEqualTo("sk-x");
        assertThat(Endpoint.resolve("--agent", "openai-compatible:m@http://h:1/v1", Map.of(), NO_ENV).key().isPresent())
                .isFalse();
    }

    @Test
    void ollamaNeedsNoKeyAndDefaultsToTheLocalOpenAiEndpoint() {
        Endpoint e = Endpoint.resolve("--user", "ollama:llama3.1:8b", Map.of(), NO_ENV);
        assertThat(e.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(e.model()).isEqualTo("llama3.1:8b");
        assertThat(Endpoint.resolve("--user", "ollama:m", Map.of(), Map.of("OLLAMA_BASE_URL", "http://gpu:11434/v1"))
                .baseUrl()).isEqualTo("http://gpu:11434/v1");
    }

    @Test
    void anOptionBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", "http://env:1/v1");
        assertThat(Endpoint.resolve("--judge", "openai:gpt-4o-mini", Map.of(), Map.of("OPENAI_API_KEY", "k")).baseUrl())
                .isEqualTo("https://api.openai.com/v1");
        assertThat(Endpoint.resolve("--judge", "openai:gpt-4o-mini", Map.of(), env).baseUrl()).isEqualTo("http://env:1/v1");
        assertThat(Endpoint.resolve("--judge", "openai:gpt-4o-mini", Map.of("openai", "http://opt:1/v1"), env).baseUrl())
                .isEqualTo("http://opt:1/v1");
    }

    @Test
    void aHostedProviderWithoutItsKeyIsAnInputErrorNamingTheVariable() {
        assertThatThrownBy(() -> Endpoint.resolve("--judge", "anthropic:claude-3-5-haiku-latest", Map.of(), NO_ENV))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--judge").hasMessageContaining("ANTHROPIC_API_KEY");
        assertThatThrownBy(() -> Endpoint.resolve("--agent", "gemini:gemini-2.0-flash", Map.of(), NO_ENV))
                .hasMessageContaining("GEMINI_API_KEY");
    }

    @Test
    void malformedSpecsAreInputErrors() {
        assertThatThrownBy(() -> Endpoint.resolve("--agent", "openai-compatible:m", Map.of(), NO_ENV))
                .hasMessageContaining("needs a base URL");
        assertThatThrownBy(() -> Endpoint.resolve("--agent", "openai-compatible:m@ftp://x/v1", Map.of(), NO_ENV))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Endpoint.resolve("--agent", "cohere:command", Map.of(), NO_ENV))
                .hasMessageContaining("no known model provider");
        // the URL is there, the model is not: say so, rather than ask for the base URL it has
        assertThatThrownBy(() -> Endpoint.resolve("--agent", "openai-compatible:@http://127.0.0.1:1/v1", Map.of(), NO_ENV))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--agent: \"openai-compatible:@http://127.0.0.1:1/v1\" names no model:"
                        + " openai-compatible:MODEL@http://HOST:PORT/v1");
    }

    @Test
    void theKeyPrintsRedactedAndCredentialsInAUrlAreHidden() {
        // a user name is kept out of files and messages; a password is refused (SecretsInSpecsTest)
        Endpoint e = Endpoint.resolve("--agent", "openai-compatible:m@http://bob@host:9/v1", Map.of(),
                Map.of("OPENAI_API_KEY", "sk-secret-123"));
        assertThat(e.toString()).doesNotContain("sk-secret-123").contains("[redacted]");
        assertThat(e.displayUrl()).isEqualTo("http://host:9/v1");
        assertThat(org.attune.runners.models.ModelOptions.builder().baseUrls(java.util.Map.of("openai",
                "https://u:pw@proxy.example/v1")).build().settings().baseUrls().toString())
                .isEqualTo("{openai=https://proxy.example/v1}");
        assertThat(e.key().scrub("echo sk-secret-123 back")).isEqualTo("echo [redacted] back");
        assertThat(ApiKey.none().toString()).isEqualTo("[none]");
    }
}
