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
import org.attune.personas.util.Mappers;

/**
 * One running agent process: requests go to its stdin one JSON object per line, replies come from its
 * stdout and are matched to pending requests by {@code id}. A line that answers no pending request, or
 * the end of its output (a crash), fails every pending request with a message that quotes the line or
 * gives the exit code, and the process is stopped; its owner starts a new one for the next request.
 */
final class ExecChild {
    private static final int STOP_GRACE_SECONDS = 3;
    private final String agent;
    private final Process process;
    private final OutputStream stdin;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Requests given up on (timed out): a late reply to one is dropped, not taken as a broken line. */
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    private volatile String failure;

    ExecChild(String agent, List<String> command, Path stderrLog) {
        this.agent = agent;
        try {
            this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()))
                    .start();
        } catch (IOException e) {
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
            synchronized (stdin) {
                stdin.write(line);
                stdin.flush();
            }
        } catch (IOException e) {
            fail(agent + ": cannot write to the agent process (" + e.getMessage() + ")" + exit());
        }
        return f;
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
        try {
            stdin.close(); // an agent reading its stdin sees the end and may exit on its own
        } catch (IOException ignored) {
            // the process is going away: nothing more will be written
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
