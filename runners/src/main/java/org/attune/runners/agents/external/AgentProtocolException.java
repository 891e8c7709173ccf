package org.attune.runners.agents.external;

/** An external agent broke {@code attune.agent/v1} (or could not be reached); the episode it played errors. */
public final class AgentProtocolException extends RuntimeException {
    public AgentProtocolException(String message) {
        super(message);
    }

    public AgentProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
