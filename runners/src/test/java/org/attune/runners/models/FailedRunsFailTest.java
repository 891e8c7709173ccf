package org.attune.runners.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attune.evaluator.RunDirectory;
import org.attune.testkit.ChatAnswer;
import org.attune.testkit.ScriptedResponder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A run whose episodes errored never reports success: the error rate is checked at the end, junit carries errors. */
class FailedRunsFailTest {
    @TempDir
    Path tmp;

    private ErrorRateStopTest.Outcome cli(String... args) {
        return ErrorRateStopTest.cli(tmp, args);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort(); // closed again when this returns: nothing listens there
        }
    }

    @Test
    void aOneEpisodeRunAgainstAClosedPortExitsFour() throws Exception {
        Path out = tmp.resolve("run");
        ErrorRateStopTest.Outcome o = cli("run", "--tasks", ModelFixtures.tasks(), "--limit", "1", "--personas", "1", "--conditions",
                "generic", "--agent", "openai-compatible:m@http://127.0.0.1:" + closedPort() + "/v1", "--max-retries",
                "0", "--no-cache", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isEqualTo(4);
        assertThat(o.err()).contains("more than 25% of episodes errored (1 of 1 in the run, --max-error-rate)")
                .contains("attune run --resume " + out).doesNotContain("Exception:");
        // the cause is on the console too, not only in the journal
        assertThat(o.err()).containsPattern("--max-error-rate\\); every one ended with: [^;]*connection refused");
        assertThat(Files.readAllLines(out.resolve(RunDirectory.EPISODES))).singleElement().asString()
                .contains("\"error\":{");
        // a resume with nothing left to play still counts the episodes that errored before it
        ErrorRateStopTest.Outcome resumed = cli("run", "--resume", out.toString());
        assertThat(resumed.code()).as(resumed.err()).isEqualTo(4);
        assertThat(resumed.err()).contains("(1 of 1 in the run, --max-error-rate)");
        // --max-error-rate 1 opts out
        ErrorRateStopTest.Outcome optedOut = cli("run", "-q", "--tasks", ModelFixtures.tasks(), "--limit", "1", "--personas", "1",
                "--conditions", "generic", "--agent", "openai-compatible:m@http://127.0.0.1:" + closedPort() + "/v1",
                "--max-retries", "0", "--no-cache", "--max-error-rate", "1", "--out", tmp.resolve("opted").toString());
        assertThat(optedOut.code()).as(optedOut.err()).isZero();
    }

    @Test
    void anAgentThatCannotStartIsNamedOnTheConsoleWhenTheRunStops() {
        // before, the console said only how many episodes errored; why was in the journal and junit.xml alone
        Path out = tmp.resolve("exec");
        ErrorRateStopTest.Outcome o = cli("run", "--tasks", ModelFixtures.tasks(), "--limit", "1", "--personas", "2",
                "--conditions", "generic", "--agent", "exec:/nonexistent/attune-agent", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isEqualTo(4);
        assertThat(o.err()).containsPattern("every one ended with: [^;]*/nonexistent/attune-agent")
                .doesNotContain("Exception");
    }

    @Test
    void everyTestcaseWithAnErroredEpisodeCarriesAnErrorInJunit() throws Exception {
        Path out = tmp.resolve("run");
        try (FakeOpenAiServer server = FakeOpenAiServer.start()) {
            // the agent's calls about one of the three items fail on every attempt: some episodes of each case error
            ScriptedResponder script = new ScriptedResponder(0);
            server.script("agent", req -> req.last().contains("baker") ? ChatAnswer.status(503) : script.apply(req));
            ErrorRateStopTest.Outcome o = cli("run", "-q", "--tasks", ModelFixtures.tasks(), "--personas", "3", "--conditions",
                    "generic,oracle", "--agent", server.spec(), "--max-retries", "0", "--max-error-rate", "1",
                    "--no-cache", "--out", out.toString());
            assertThat(o.code()).as(o.err()).isZero();
        }
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve(RunDirectory.JUNIT_XML).toFile());
        NodeList cases = junit.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            NodeList errors = c.getElementsByTagName("error");
            assertThat(errors.getLength()).as(c.getAttribute("classname")).isEqualTo(1);
            String message = ((Element) errors.item(0)).getAttribute("message");
            assertThat(message).startsWith("3 of 9 episodes ended in an error; first: ").contains("(report/episode.html#");
            // the page it names exists (the part after '#' picks the episode inside it)
            String page = message.substring(message.lastIndexOf("(report/") + 1, message.lastIndexOf('#'));
            assertThat(out.resolve(page)).isRegularFile();
        }
        assertThat(junit.getDocumentElement().getAttribute("errors")).isEqualTo("2");
    }
}
