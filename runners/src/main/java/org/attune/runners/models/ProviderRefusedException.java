package org.attune.runners.models;

/**
 * A provider refused a run's configuration deterministically (401, 403, 404, an unknown model):
 * every further call to it would fail the same way, so the run stops (exit 4, SPEC §5). The message
 * names the role, provider, model, base URL (never the key), the HTTP status and the provider's own
 * message.
 */
public final class ProviderRefusedException extends RuntimeException {
    public ProviderRefusedException(String message) {
        super(message);
    }

    /** The same refusal with a sentence on what to do next appended. */
    public ProviderRefusedException withHint(String hint) {
        return new ProviderRefusedException(getMessage() + "; " + hint);
    }
}
