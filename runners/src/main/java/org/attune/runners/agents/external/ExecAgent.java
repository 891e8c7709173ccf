package org.attune.runners.agents.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.personas.AttributeCatalog;

/**
 * An agent in any language behind {@code exec:COMMAND} (docs/agents.md): one long-lived process per
 * run that every episode thread shares, requests matched to replies by id. When the process breaks
 * the protocol or ends, the requests pending on it fail and the next request starts a new one.
 */
final class ExecAgent implements Agent, AutoCloseable {
    private final String label;
    private final List<String> command;
    private final Path stderrLog;
    private final Duration timeout;
    private final AttributeCatalog catalog;
    private final String prefix = UUID.randomUUID().toString().substring(0, 8) + "-";
    private final AtomicLong sequence = new AtomicLong();
    private ExecChild child;
    private boolean closed;

    ExecAgent(String label, List<String> command, Path stderrLog, Duration timeout, AttributeCatalog catalog) {
        this.label = label;
        this.command = List.copyOf(command);
        this.stderrLog = stderrLog;
        this.timeout = timeout;
        this.catalog = catalog;
    }

    @Override
    public AgentAction act(AgentContext ctx) {
        String id = prefix + sequence.incrementAndGet();
        ExecChild c = child();
        java.util.concurrent.CompletableFuture<JsonNode> reply = c.send(id, AgentMessages.request(id, ctx, catalog));
        try {
            return AgentMessages.reply(label, id, ctx.mustAnswer(), reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            c.abandon(id);
            throw new AgentProtocolException(label + ": no reply to request " + id + " within " + timeout.toSeconds()
                    + " s (--timeout); an agent must write each reply as one line and flush its stdout");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AgentProtocolException p ? new AgentProtocolException(p.getMessage(), p)
                    : new AgentProtocolException(label + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.abandon(id);
            throw new AgentProtocolException(label + ": interrupted while waiting for the agent");
        }
    }

    /** The running process, started anew when the last one broke. */
    private synchronized ExecChild child() {
        if (closed) {
            throw new AgentProtocolException(label + ": the run has ended");
        }
        if (child == null || !child.alive()) {
            child = new ExecChild(label, command, stderrLog);
        }
        return child;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (child != null) {
            child.stop();
        }
    }
}
