package org.attune.runners.models.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which provider errors stop a run, which error one episode, which are retried; bodies as providers send them. */
class FailureTest {
    private static Failure of(int status, String body) {
        return Failure.classify(new HttpStatusException(status, null, body));
    }

    @Test
    void aBadKeyOrAnUnknownModelIsARefusalOfTheConfiguration() {
        Failure key = of(401, "{\"error\": {\"message\": \"Incorrect API key provided: sk-abc***xyz.\", \"type\":"
                + " \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}");
        assertThat(key.kind()).isEqualTo(Failure.Kind.CONFIGURATION);
        assertThat(key.message()).isEqualTo("HTTP 401 (invalid_api_key): Incorrect API key provided: sk-abc***xyz.");
        assertThat(of(403, "{\"error\": {\"code\": 403, \"message\": \"Method doesn't allow unregistered callers.\","
                + " \"status\": \"PERMISSION_DENIED\"}}").kind()).isEqualTo(Failure.Kind.CONFIGURATION); // Gemini
        assertThat(of(404, "{\"error\":\"model 'llama3.2:70b' not found\"}").message()) // Ollama
                .isEqualTo("HTTP 404: model 'llama3.2:70b' not found");
        // vLLM answers an unknown model with 400 or 404 and says so
        assertThat(of(400, "{\"object\": \"error\", \"message\": \"The model `qwen-7b` does not exist.\", \"type\":"
                + " \"NotFoundError\", \"param\": null, \"code\": 404}").kind()).isEqualTo(Failure.Kind.CONFIGURATION);
        assertThat(key.retryable()).isFalse();
    }

    @Test
    void aBadRequestOrAContextTooLongErrorsItsEpisodeOnly() {
        Failure ctx = of(400, "{\"error\": {\"message\": \"This model's maximum context length is 8192 tokens. However,"
                + " your messages resulted in 9021 tokens.\", \"type\": \"invalid_request_error\", \"param\":"
                + " \"messages\", \"code\": \"context_length_exceeded\"}}");
        assertThat(ctx.kind()).isEqualTo(Failure.Kind.CLIENT);
        assertThat(ctx.retryable()).isFalse();
        assertThat(of(422, "{\"detail\": [{\"msg\": \"field required\"}]}").kind()).isEqualTo(Failure.Kind.CLIENT);
    }

    @Test
    void transientFaultsKeepBeingRetried() {
        assertThat(of(429, "{\"error\": {\"message\": \"Rate limit reached\", \"code\": \"rate_limit_exceeded\"}}").kind())
                .isEqualTo(Failure.Kind.RATE_LIMITED);
        assertThat(of(503, "<html>Service Unavailable</html>").kind()).isEqualTo(Failure.Kind.SERVER);
        assertThat(of(503, "<html>Service Unavailable</html>").message()).isEqualTo("HTTP 503: <html>Service Unavailable</html>");
    }
}
