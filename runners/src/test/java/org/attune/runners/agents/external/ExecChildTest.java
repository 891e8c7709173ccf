package org.attune.runners.agents.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attune.personas.util.Mappers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agents as people write them: a BOM, a process that stops reading, children that ignore SIGTERM. */
class ExecChildTest {
    /** An upper bound for what must return at once: a guard against a hang, not a wait. */
    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private ExecChild child;

    @AfterEach
    void stop() {
        if (child != null) {
            child.stop();
        }
    }

    private ExecChild start(String script) throws Exception {
        Path file = Files.writeString(tmp.resolve("agent.py"), script);
        child = new ExecChild("exec:t", List.of(PythonAgents.python(), file.toString()), tmp.resolve("err.log"));
        return child;
    }

    private static ObjectNode request(String id, int padding) {
        ObjectNode r = Mappers.json().createObjectNode();
        r.put("id", id);
        r.put("question", "x".repeat(padding));
        return r;
    }

    @Test
    void aReplyLineThatStartsWithAByteOrderMarkIsRead() throws Exception {
        start("""
                import json, sys
                out = sys.stdout.buffer
                for line in sys.stdin:
                    req = json.loads(line)
                    out.write(b"\\xef\\xbb\\xbf" + json.dumps({"id": req["id"], "action": "answer", "text": "ok"}).encode() + b"\\r\\n")
                    out.flush()
                """);
        JsonNode reply = child.send("r1", request("r1", 10)).get(60, TimeUnit.SECONDS);
        assertThat(reply.get("text").asText()).isEqualTo("ok");
    }

    @Test
    void pythonAgentsRunUnbuffered() throws Exception {
        // print() without flush=True into a pipe is block-buffered unless PYTHONUNBUFFERED is set
        start("""
                import json, os, sys
                for line in sys.stdin:
                    req = json.loads(line)
                    print(json.dumps({"id": req["id"], "action": "answer", "text": os.environ.get("PYTHONUNBUFFERED", "unset")}))
                """);
        JsonNode reply = child.send("r1", request("r1", 10)).get(60, TimeUnit.SECONDS);
        assertThat(reply.get("text").asText()).isEqualTo("1");
    }

    @Test
    void aProcessThatStopsReadingItsStdinBlocksNoSenderAndStops() throws Exception {
        start("""
                import sys, time
                sys.stdin.readline()
                time.sleep(100000)
                """);
        // far more than a pipe holds (64 KiB on Linux): a write on the sender's thread would block for good
        List<CompletableFuture<JsonNode>> sent = assertTimeoutPreemptively(AT_ONCE,
                () -> List.of(child.send("r1", request("r1", 10)), child.send("r2", request("r2", 4 << 20)),
                        child.send("r3", request("r3", 10))));
        assertThatThrownBy(() -> sent.get(2).get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertTimeoutPreemptively(AT_ONCE, () -> child.stop());
        assertThat(child.alive()).isFalse();
    }

    @Test
    void stoppingKillsAChildTheAgentStartedThatIgnoresSigterm() throws Exception {
        Path pidFile = tmp.resolve("grandchild.pid");
        start("""
                import json, subprocess, sys
                code = "import signal, time\\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\\nprint('up', flush=True)\\ntime.sleep(100000)"
                g = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
                g.stdout.readline()  # its handler is set
                open(%s, "w").write(str(g.pid))
                for line in sys.stdin:
                    req = json.loads(line)
                    print(json.dumps({"id": req["id"], "action": "answer", "text": "ok"}), flush=True)
                """.formatted("\"" + pidFile + "\""));
        assertThat(child.send("r1", request("r1", 10)).get(60, TimeUnit.SECONDS).get("text").asText()).isEqualTo("ok");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        Optional<ProcessHandle> grandchild = ProcessHandle.of(pid);
        assertThat(grandchild).isPresent();
        // the agent itself ends on SIGTERM (and on the end of its stdin); its child ignores SIGTERM
        child.stop();
        grandchild.get().onExit().get(30, TimeUnit.SECONDS);
        assertThat(grandchild.get().isAlive()).isFalse();
    }

    @Test
    void anAgentThatIgnoresSigtermIsKilledWithItsChildren() throws Exception {
        Path pidFile = tmp.resolve("agent.pid");
        start("""
                import json, os, signal, sys, time
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                open(%s, "w").write(str(os.getpid()))
                for line in sys.stdin:
                    req = json.loads(line)
                    print(json.dumps({"id": req["id"], "action": "answer", "text": "ok"}), flush=True)
                time.sleep(100000)
                """.formatted("\"" + pidFile + "\""));
        child.send("r1", request("r1", 10)).get(60, TimeUnit.SECONDS);
        ProcessHandle agent = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElseThrow();
        assertTimeoutPreemptively(AT_ONCE, () -> child.stop());
        agent.onExit().get(30, TimeUnit.SECONDS);
        assertThat(agent.isAlive()).isFalse();
    }
}
