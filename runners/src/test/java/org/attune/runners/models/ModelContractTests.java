package org.attune.runners.models;

import java.nio.file.Path;
import org.attune.api.Agent;
import org.attune.api.Judge;
import org.attune.api.SimulatedUser;
import org.attune.api.contract.AgentContract;
import org.attune.api.contract.JudgeContract;
import org.attune.api.contract.SimulatedUserContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The role contracts, each met by the model-backed implementation talking to the fixture server
 * through the LangChain4j OpenAI client (no cache, so every call really goes out).
 */
class ModelContractTests {
    static FakeOpenAiServer server;
    static ModelComponents models;

    @BeforeAll
    static void start() {
        server = FakeOpenAiServer.start();
        models = ModelFixtures.components(ModelFixtures.options(Path.of("unused")).cache(false).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Nested
    class ModelAgentContract extends AgentContract {
        @Override
        protected Agent agent() {
            return models.agent(server.spec());
        }
    }

    @Nested
    class ModelSimulatedUserContract extends SimulatedUserContract {
        @Override
        protected SimulatedUser user() {
            return models.user(server.spec(), "passive");
        }
    }

    @Nested
    class RubricModelJudgeContract extends JudgeContract {
        @Override
        protected Judge judge() {
            return models.rubricJudge(server.spec());
        }
    }
}
