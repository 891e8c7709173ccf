package org.attune.runners.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.evaluator.Episode;
import org.attune.evaluator.RunDirectory;
import org.attune.personas.util.Mappers;
import org.attune.runners.agents.external.PythonAgents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an exec: agent receives: the question budget, the fixed number of questions, whether the person ended
 * the dialogue, and the label given with NAME=. The agent (standard library Python, written here) logs every
 * request it reads and asks about something no person cares about until it must answer.
 */
class AgentRequestFieldsCliTest {
    @TempDir
    Path tmp;

    private static final String AGENT = """
            import json, sys
            log = open(sys.argv[1], "a")
            for line in sys.stdin:
                req = json.loads(line)
                log.write(line if line.endswith("\\n") else line + "\\n")
                log.flush()
                if req["final"]:
                    reply = {"id": req["id"], "action": "answer", "text": "The answer is 42."}
                else:
                    reply = {"id": req["id"], "action": "ask", "text": "What is your favourite colour of car?"}
                print(json.dumps(reply), flush=True)
            """;

    private List<JsonNode> run(String name, String... options) throws Exception {
        Path agent = Files.writeString(tmp.resolve("rec.py"), AGENT);
        Path log = tmp.resolve(name + ".jsonl");
        List<String> args = new ArrayList<>(List.of("run", "-q", "--tasks", "arithmetic-word-problems", "--limit", "1",
                "--personas", "1", "--concurrency", "1", "--agent",
                "mine=exec:" + PythonAgents.python() + " " + agent + " " + log, "--out", tmp.resolve(name).toString()));
        args.addAll(List.of(options));
        CliTest.Outcome o = CliTest.run(args.toArray(String[]::new));
        assertThat(o.code()).as(o.out() + o.err()).isZero();
        List<JsonNode> requests = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            requests.add(Mappers.json().readTree(line));
        }
        return requests;
    }

    @Test
    void budgetAndUserEndedReachTheAgentAndNameLabelsIt() throws Exception {
        List<JsonNode> requests = run("stop", "--conditions", "generic,discovery@3", "--user-style", "passive-stop");
        List<JsonNode> generic = requests.stream().filter(r -> r.get("condition").asText().equals("generic")).toList();
        List<JsonNode> discovery = requests.stream().filter(r -> r.get("condition").asText().equals("discovery")).toList();
        assertThat(generic).hasSize(1);
        assertThat(generic.get(0).get("budget").isNull()).isTrue();
        assertThat(generic.get(0).get("fixedQuestions").isNull()).isTrue();
        assertThat(generic.get(0).get("userEnded").asBoolean()).isFalse();

        // the person ends the dialogue after the first (useless) question: the agent is told so, with budget left
        assertThat(discovery).hasSize(2);
        JsonNode first = discovery.get(0);
        assertThat(first.get("budget").asInt()).isEqualTo(3);
        assertThat(first.get("questionsLeft").asInt()).isEqualTo(3);
        assertThat(first.get("userEnded").asBoolean()).isFalse();
        assertThat(first.get("final").asBoolean()).isFalse();
        JsonNode last = discovery.get(1);
        assertThat(last.get("budget").asInt()).isEqualTo(3);
        assertThat(last.get("userEnded").asBoolean()).isTrue();
        assertThat(last.get("final").asBoolean()).isTrue();
        assertThat(last.get("fixedQuestions").isNull()).isTrue();
        assertThat(last.get("turns")).hasSize(2);

        RunDirectory dir = new RunDirectory(tmp.resolve("stop"));
        assertThat(dir.readEpisodes()).extracting(Episode::agent).containsOnly("mine");
        assertThat(tmp.resolve("stop/agent-mine.stderr.log")).exists();
    }

    @Test
    void fixedQuestionsAreTheBudgetTheAgentIsToUseUp() throws Exception {
        List<JsonNode> requests = run("fixed", "--conditions", "discovery", "--max-turns", "4",
                "--fixed-questions", "2");
        assertThat(requests).hasSize(3); // two questions, then the answer
        for (JsonNode r : requests) {
            assertThat(r.get("budget").asInt()).isEqualTo(2);
            assertThat(r.get("fixedQuestions").asInt()).isEqualTo(2);
            assertThat(r.get("userEnded").asBoolean()).isFalse();
        }
        assertThat(requests.get(2).get("questionsLeft").asInt()).isZero();
        assertThat(requests.get(2).get("final").asBoolean()).isTrue();
    }
}
