package org.attune.runners.agents.external;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.attune.api.Agent;
import org.attune.personas.AttributeCatalog;
import org.attune.personas.InvalidInputException;
import org.attune.runners.models.RetryPolicy;

/**
 * Builds the agents of a run that live outside the JVM (docs/agents.md): {@code exec:COMMAND} and
 * {@code http:URL}. Owns their processes: {@link #close()} (at the end of the run) stops them, and a
 * shutdown hook does when the JVM exits first.
 */
public final class ExternalAgents implements AutoCloseable {
    public static final String EXEC = "exec:";
    public static final String HTTP = "http:";

    private final Path runDir;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final Semaphore connections;
    private final AttributeCatalog catalog;
    private final List<ExecAgent> processes = new ArrayList<>();
    private final Thread hook = new Thread(this::close, "attune-exec-agent-stop");
    private java.net.http.HttpClient jdk;

    /**
     * @param runDir where each exec agent's stderr log goes
     * @param timeout per request ({@code --timeout}); {@code maxConnections} bounds HTTP requests in flight
     */
    public ExternalAgents(Path runDir, Duration timeout, RetryPolicy retry, int maxConnections, AttributeCatalog catalog) {
        this.runDir = runDir;
        this.timeout = timeout;
        this.retry = retry;
        this.connections = new Semaphore(maxConnections, true);
        this.catalog = catalog;
    }

    /** Whether {@code spec} names an agent outside the JVM. */
    public static boolean handles(String spec) {
        return spec != null && (spec.startsWith(EXEC) || spec.startsWith(HTTP));
    }

    /**
     * The default label: {@code exec:python3 my_agent.py} -> {@code exec:my_agent} (the first argument
     * after the program that is not an option, else the program; its base name without extension),
     * {@code http://h:8080/agent} -> {@code http:h:8080}.
     */
    public static String label(String spec) {
        if (spec.startsWith(EXEC)) {
            List<String> words = command("--agent", spec);
            String name = words.get(0);
            for (String w : words.subList(1, words.size())) {
                if (!w.startsWith("-")) {
                    name = w;
                    break;
                }
            }
            String file = Path.of(name).getFileName().toString();
            int dot = file.lastIndexOf('.');
            return "exec:" + (dot > 0 ? file.substring(0, dot) : file);
        }
        URI u = uri("--agent", spec);
        int port = u.getPort() >= 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
        return "http:" + u.getHost() + ":" + port;
    }

    /** Checks an external spec before the run starts (a command to run, an http(s) URL with a host). */
    public static void check(String option, String spec) {
        if (spec.startsWith(EXEC)) {
            org.attune.runners.engine.SpecSecrets.checkCommand(option, spec, command(option, spec));
        } else if (spec.startsWith(HTTP)) {
            org.attune.runners.engine.SpecSecrets.checkAgentUrl(option, spec, uri(option, spec).toString());
        }
    }

    public synchronized Agent agent(String label, String spec) {
        if (spec.startsWith(EXEC)) {
            if (processes.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(hook);
            }
            String file = "agent-" + label.replaceAll("[^A-Za-z0-9._-]", "_") + ".stderr.log";
            ExecAgent a = new ExecAgent(label, command("--agent", spec), runDir.resolve(file), timeout, catalog);
            processes.add(a);
            return a;
        }
        if (jdk == null) {
            // redirects are followed (a 307/308 with the POST and its body), but never from https to http
            jdk = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(Math.min(30, Math.max(1, timeout.toSeconds())))).build();
        }
        return new HttpAgent(label, uri("--agent", spec).toString(), jdk, connections, timeout, retry, catalog);
    }

    /** Stops every agent process of the run. */
    @Override
    public synchronized void close() {
        processes.forEach(ExecAgent::close);
        if (!processes.isEmpty() && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException exiting) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
        processes.clear();
    }

    /** The command of an exec spec, split into words at blanks, quotes grouping (no shell runs: no variables or pipes). */
    static List<String> command(String option, String spec) {
        List<String> words = new org.apache.commons.text.StringTokenizer(spec.substring(EXEC.length()),
                org.apache.commons.text.matcher.StringMatcherFactory.INSTANCE.splitMatcher(),
                org.apache.commons.text.matcher.StringMatcherFactory.INSTANCE.quoteMatcher()).getTokenList();
        if (words.isEmpty()) {
            throw new InvalidInputException(option + ": \"" + spec + "\": exec: needs a command, e.g. "
                    + "exec:python3 my_agent.py");
        }
        return words;
    }

    private static URI uri(String option, String spec) {
        String rest = spec.substring(HTTP.length());
        String url = rest.startsWith("//") ? spec : rest; // the spec may itself be an http:// URL
        try {
            URI u = new URI(url);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new InvalidInputException(option + ": \"" + spec + "\": http: needs an http(s) URL with a host, e.g. "
                + "http:http://127.0.0.1:8000/agent");
    }
}
