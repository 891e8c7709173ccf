package org.attune.runners.agents.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.attune.api.Agent;
import org.attune.api.AgentAction;
import org.attune.api.AgentContext;
import org.attune.api.Condition;
import org.attune.api.contract.AgentContract;
import org.attune.personas.AttributeCatalog;
import org.attune.runners.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doc agent over exec: meets the agent contract; replies out of order, silence and a dead command. */
class ExecAgentTest extends AgentContract {
    @TempDir
    Path tmp;

    private ExecAgent agent;

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    private ExecAgent start(List<String> command, Duration timeout) {
        agent = new ExecAgent("exec:t", command, tmp.resolve("err.log"), timeout, AttributeCatalog.builtin());
        return agent;
    }

    @Override
    protected Agent agent() {
        if (agent == null) {
            try {
                start(List.of(PythonAgents.python(), PythonAgents.docAgent(tmp).toString()), Duration.ofSeconds(60));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return agent;
    }

    private static AgentContext ctx(String episode) {
        return new AgentContext(Fixtures.TASK, Fixtures.ITEM, Condition.GENERIC, null, null, List.of(), 0, true, episode);
    }

    @Test
    void repliesThatComeOutOfOrderReachTheirOwnRequests() throws Exception {
        // reads two requests, then answers the second first, each with its own episode key
        Path swapper = Files.writeString(tmp.resolve("swap.py"), """
                import json, sys
                held = None
                for line in sys.stdin:
                    req = json.loads(line)
                    if held is None:
                        held = req
                        continue
                    for r in (req, held):
                        print(json.dumps({"id": r["id"], "action": "answer", "text": "for " + r["episode"]}), flush=True)
                    held = None
                """);
        start(List.of(PythonAgents.python(), swapper.toString()), Duration.ofSeconds(60));
        CompletableFuture<AgentAction> a = CompletableFuture.supplyAsync(() -> agent.act(ctx("episode-a")));
        CompletableFuture<AgentAction> b = CompletableFuture.supplyAsync(() -> agent.act(ctx("episode-b")));
        assertThat(a.get().text()).isEqualTo("for episode-a");
        assertThat(b.get().text()).isEqualTo("for episode-b");
    }

    @Test
    void aRequestWithoutAReplyWithinTheTimeoutErrors() throws Exception {
        Path silent = Files.writeString(tmp.resolve("silent.py"), "import sys\nfor line in sys.stdin:\n    pass\n");
        start(List.of(PythonAgents.python(), silent.toString()), Duration.ofMillis(300));
        assertThatThrownBy(() -> agent.act(ctx("e"))).isInstanceOf(AgentProtocolException.class)
                .hasMessageContaining("exec:t: no reply to request").hasMessageContaining("(--timeout)");
    }

    @Test
    void aCommandThatCannotStartSaysSo() {
        start(List.of(tmp.resolve("no-such-program").toString()), Duration.ofSeconds(5));
        assertThatThrownBy(() -> agent.act(ctx("e"))).isInstanceOf(AgentProtocolException.class)
                .hasMessageContaining("exec:t: cannot start " + tmp.resolve("no-such-program"));
    }

    @Test
    void whatTheAgentWritesToStderrGoesToTheLogAndAfterACrashTheNextRequestStartsItAgain() throws Exception {
        Path once = Files.writeString(tmp.resolve("once.py"), """
                import json, sys
                req = json.loads(sys.stdin.readline())
                print("thinking about", req["episode"], file=sys.stderr, flush=True)
                print(json.dumps({"id": req["id"], "action": "answer", "text": "done"}), flush=True)
                sys.exit(0)
                """);
        start(List.of(PythonAgents.python(), once.toString()), Duration.ofSeconds(60));
        assertThat(agent.act(ctx("e1")).text()).isEqualTo("done");
        // the first process ends after one reply; whichever request meets its end errors, the next one restarts it
        AgentAction second;
        try {
            second = agent.act(ctx("e2"));
        } catch (AgentProtocolException ended) {
            assertThat(ended).hasMessageMatching("(?s).*(the agent process ended|cannot write to the agent process).*");
            second = agent.act(ctx("e3"));
        }
        assertThat(second.text()).isEqualTo("done");
        assertThat(Files.readString(tmp.resolve("err.log"))).contains("thinking about e1");
    }
}
