package org.attune.runners.agents.external;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.attune.personas.util.Mappers;

/**
 * One running agent process: requests go to its stdin one JSON object per line, replies come from its
 * stdout and are matched to pending requests by {@code id}. A line that answers no pending request, or
 * the end of its output (a crash), fails every pending request with a message that quotes the line or
 * gives the exit code, and the process is stopped; its owner starts a new one for the next request.
 */
final class ExecChild {
    private static final int STOP_GRACE_SECONDS = 3;
    private static final char BOM = '\uFEFF';
    /**
     * Set in the agent's environment: Python block-buffers stdout into a pipe, so an agent that prints its
     * reply without {@code flush=True} would never be heard (the classic hang of line protocols).
     */
    static final Map<String, String> ENVIRONMENT = Map.of("PYTHONUNBUFFERED", "1");
    private final String agent;
    private final Process process;
    private final OutputStream stdin;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Requests given up on (timed out): a late reply to one is dropped, not taken as a broken line. */
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    /**
     * Writes requests to the process in order, off the episode threads: a process that stops reading its
     * stdin fills the pipe, and a blocked write must not outlast the request's timeout or hold the others.
     */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "attune-exec-agent-stdin");
        t.setDaemon(true);
        return t;
    });
    private volatile String failure;

    ExecChild(String agent, List<String> command, Path stderrLog) {
        this.agent = agent;
        try {
            ProcessBuilder b = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()));
            b.environment().putAll(ENVIRONMENT);
            this.process = b.start();
        } catch (IOException e) {
            writer.shutdown();
            throw new AgentProtocolException(agent + ": cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        this.stdin = process.getOutputStream();
        Thread reader = new Thread(this::readReplies, "attune-exec-agent");
        reader.setDaemon(true);
        reader.start();
    }

    boolean alive() {
        return failure == null && process.isAlive();
    }

    /** Sends {@code request} (which has an {@code id}); the future completes with the reply object. */
    CompletableFuture<JsonNode> send(String id, JsonNode request) {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        if (failure != null) {
            fail(failure);
            return f;
        }
        byte[] line = (request.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            writer.execute(() -> write(line));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            fail(failure != null ? failure : agent + ": the agent process was stopped");
        }
        return f;
    }

    private void write(byte[] line) {
        try {
            stdin.write(line);
            stdin.flush();
        } catch (IOException e) {
            fail(agent + ": cannot write to the agent process (" + e.getMessage() + ")" + exit());
        }
    }

    /** An agent reading its stdin sees the end and may exit on its own. */
    private void closeStdin() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // the process is going away: nothing more will be written
        }
    }

    /** Gives up on request {@code id}: a reply that comes later is dropped. */
    void abandon(String id) {
        abandoned.add(id);
        pending.remove(id);
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) == BOM) {
                    line = line.substring(1); // Windows tools (PowerShell, .NET) start their output with one
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode reply = parse(line);
                JsonNode id = reply == null ? null : reply.get("id");
                if (id != null && id.isTextual() && abandoned.remove(id.asText())) {
                    continue;
                }
                CompletableFuture<JsonNode> f = id != null && id.isTextual() ? pending.remove(id.asText()) : null;
                if (f == null) {
                    fail(agent + ": the agent wrote a line that is not a reply to a pending request (expected one JSON "
                            + "object per line with the request's \"id\"): " + AgentMessages.quote(line)
                            + "; the agent process is restarted");
                    return;
                }
                f.complete(reply);
            }
            fail(agent + ": the agent process ended" + exit() + "; it is restarted for the next request");
        } catch (IOException e) {
            fail(agent + ": cannot read from the agent process (" + e.getMessage() + ")" + exit());
        }
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode n = Mappers.json().readTree(line);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private String exit() {
        try {
            if (process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                return " with exit code " + process.exitValue() + " (its stderr is in the run folder)";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    /** Fails every pending request with {@code message} and stops the process. */
    private void fail(String message) {
        if (failure == null) {
            failure = message;
        }
        for (String id : List.copyOf(pending.keySet())) {
            CompletableFuture<JsonNode> f = pending.remove(id);
            if (f != null) {
                f.completeExceptionally(new AgentProtocolException(failure));
            }
        }
        stop();
    }

    /** Stops the process and its own children: asked to end, then killed if it has not within a few seconds. */
    void stop() {
        try { // after the writes already queued; never reached while one is blocked on a full pipe
            writer.execute(this::closeStdin);
        } catch (java.util.concurrent.RejectedExecutionException stoppedBefore) {
            // already stopped
        }
        writer.shutdown();
        // taken before the process ends: its children are then no longer its descendants (they go to init)
        List<ProcessHandle> family = process.descendants().toList();
        family.forEach(ProcessHandle::destroy);
        process.destroy();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(STOP_GRACE_SECONDS);
        try {
            process.waitFor(STOP_GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            for (ProcessHandle h : family) {
                h.onExit().get(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException stillRunning) {
            // killed below
        }
        // what ignored the request to end (SIGTERM), the process or a child it started, is killed
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
