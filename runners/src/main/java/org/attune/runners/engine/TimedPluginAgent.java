package org.attune.runners.engine;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;

/**
 * A plug-in's agent under {@code --timeout}, as exec and http agents are: a call that has not returned in
 * time errors its episode and is interrupted. Without it one call that never returned held the run for
 * good, and a SIGTERM waited on it ("finishing the episodes in flight") without end.
 */
final class TimedPluginAgent implements Agent {
    /** Daemon threads: a call that ignores its interrupt cannot keep the process alive. */
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "attune-plugin-agent");
        t.setDaemon(true);
        return t;
    });

    private final String label;
    private final Agent agent;
    private final Duration timeout;

    TimedPluginAgent(String label, Agent agent, Duration timeout) {
        this.label = label;
        this.agent = agent;
        this.timeout = timeout;
    }

    /** {@code agent} under {@code timeout} when it comes from a plug-in jar (a class loader other than Attune's). */
    static Agent underTimeout(String label, Agent agent, Duration timeout) {
        return agent.getClass().getClassLoader() != TimedPluginAgent.class.getClassLoader()
                ? new TimedPluginAgent(label, agent, timeout) : agent;
    }

    @Override
    public AgentAction act(AgentContext context) {
        Future<AgentAction> call = CALLS.submit(() -> agent.act(context));
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new IllegalStateException(label + ": no answer within " + timeout.toSeconds() + " s (--timeout)");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(label + ": interrupted while waiting for the agent");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(label + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public boolean takesImages() {
        return agent.takesImages();
    }
}
