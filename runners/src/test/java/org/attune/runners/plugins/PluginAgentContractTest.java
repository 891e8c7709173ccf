package org.attune.runners.plugins;

import java.nio.file.Path;
import java.util.List;
import org.attune.api.Agent;
import org.attune.api.Attribute;
import org.attune.api.Persona;
import org.attune.api.contract.AgentContract;
import org.attune.api.contract.ContractFixtures;
import org.attune.api.spi.ComponentContext;
import org.attune.api.spi.ComponentRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The agent of the plug-in jar built from source meets the agent contract, as its author would check it. */
class PluginAgentContractTest extends AgentContract {
    @TempDir
    static Path tmp;
    static Agent planner;

    @BeforeAll
    static void load() throws Exception {
        Path jar = PluginJars.build(tmp);
        ComponentContext context = new ComponentContext() {
            @Override
            public List<Attribute> attributes() {
                return ContractFixtures.attributes();
            }

            @Override
            public List<Persona> population() {
                return List.of(ContractFixtures.persona());
            }

            @Override
            public String userStyle() {
                return null;
            }
        };
        planner = ComponentProviders.withPlugins(List.of(jar)).create(ComponentRole.AGENT, "myco:planner", context);
    }

    @Override
    protected Agent agent() {
        return planner;
    }
}
