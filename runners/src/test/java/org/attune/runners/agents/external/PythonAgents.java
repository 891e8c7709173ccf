package org.attune.runners.agents.external;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/** The Python agent of docs/agents.md, taken from the page itself, and wrappers that make it misbehave once. */
public final class PythonAgents {
    public static final String PYTHON = "/usr/bin/python3";
    private static final Pattern BLOCK = Pattern.compile("<!-- agent\\.py[^\\n]*-->\\s*```python\\n(.*?)```", Pattern.DOTALL);

    private PythonAgents() {
    }

    /** The interpreter; the test is skipped when it is absent (failed under CI=true). */
    public static String python() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            if ("true".equals(System.getenv("CI"))) {
                fail(PYTHON + " is needed for the external agent tests under CI");
            }
            Assumptions.assumeTrue(false, PYTHON + " is absent: the external agent tests are skipped");
        }
        return PYTHON;
    }

    /** Writes the agent of docs/agents.md, exactly as the page holds it, to {@code dir/agent.py}. */
    public static Path docAgent(Path dir) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isRegularFile(here.resolve("docs/agents.md"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("docs/agents.md not found above " + Path.of("").toAbsolutePath());
        }
        Matcher m = BLOCK.matcher(Files.readString(here.resolve("docs/agents.md")));
        if (!m.find()) {
            throw new IllegalStateException("docs/agents.md: no ```python block after the agent.py marker");
        }
        return Files.writeString(dir.resolve("agent.py"), m.group(1));
    }

    /**
     * A wrapper that runs the doc agent ({@code argv: agent.py marker N pidfile}) and, on the Nth request
     * its process reads while {@code marker} exists, deletes the marker and does {@code misbehave}
     * (Python statements inside the loop; {@code req} is the request) instead of replying. It appends its
     * pid to {@code pidfile} at start.
     */
    public static Path wrapper(Path dir, String name, String misbehave) throws IOException {
        String py = """
                import importlib.util, json, os, sys
                spec = importlib.util.spec_from_file_location("agent", sys.argv[1])
                agent = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(agent)
                marker, at = sys.argv[2], int(sys.argv[3])
                with open(sys.argv[4], "a") as pids:
                    pids.write("%d\\n" % os.getpid())
                n = 0
                for line in sys.stdin:
                    n += 1
                    req = json.loads(line)
                    if n == at and os.path.exists(marker):
                        os.remove(marker)
                        MISBEHAVE
                        continue
                    print(json.dumps(agent.reply(req)), flush=True)
                """.replace("MISBEHAVE", misbehave);
        return Files.writeString(dir.resolve(name + ".py"), py);
    }
}
