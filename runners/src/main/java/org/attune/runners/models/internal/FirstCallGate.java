package org.attune.runners.models.internal;

import org.attune.runners.models.ProviderRefusedException;

/**
 * The first request to an endpoint goes alone; the others wait for its answer. If the endpoint
 * refuses the configuration (a bad key, an unknown model) every call after that fails at once
 * with the same refusal, so a misconfigured run costs one request, not one per episode.
 */
final class FirstCallGate {
    private enum State { NEW, PROBING, OPEN }

    private State state = State.NEW;
    private ProviderRefusedException refusal;

    /**
     * Waits while the first request is out; true when the caller is the first and must {@link #settle}.
     *
     * @throws ProviderRefusedException when the endpoint already refused
     */
    synchronized boolean enter() throws InterruptedException {
        while (state == State.PROBING && refusal == null) {
            wait();
        }
        if (refusal != null) {
            throw refusal;
        }
        if (state == State.NEW) {
            state = State.PROBING;
            return true;
        }
        return false;
    }

    /** Lets the waiting calls go (the first request got an answer, or failed some other way). */
    synchronized void settle() {
        if (state == State.PROBING) {
            state = State.OPEN;
        }
        notifyAll();
    }

    /** Records a refusal: every waiting and later call fails with it. */
    synchronized void refuse(ProviderRefusedException e) {
        if (refusal == null) {
            refusal = e;
        }
        state = State.OPEN;
        notifyAll();
    }
}
