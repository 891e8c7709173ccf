package org.attune.runners.engine;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attune.personas.InvalidInputException;

/**
 * Refuses a component spec that carries a secret. run.json records every spec as given (a resumed run
 * and {@code attune score} replay them), and specs show in the report, the console and error messages,
 * so a password in a URL ({@code http://user:pw@host}), a key or token in its query
 * ({@code ?api_key=...}) or a token on an exec agent's command line ({@code --token X},
 * {@code --api-key=X}) would be written everywhere. Keys belong in the environment: the provider's
 * variable for a model (sent as a header), the agent's own variable for an exec agent (it inherits
 * Attune's environment). The messages never repeat the secret.
 */
public final class SpecSecrets {
    /** Name parts that mark a query parameter or a command-line option as holding a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("key", "apikey", "token", "secret", "password", "passwd",
            "pwd", "authorization", "credential", "credentials", "bearer", "sig", "signature", "cookie");

    private SpecSecrets() {
    }

    /** Refuses {@code url} (a base URL or an http agent's URL) when it holds a password or a secret query parameter. */
    public static void checkUrl(String option, String spec, String url) {
        checkUrl(option, spec, url, "remove it and give the key in the environment (docs/models.md)");
    }

    /** As {@link #checkUrl(String, String, String)}, for an http agent: it is sent no key, so the advice differs. */
    public static void checkAgentUrl(String option, String spec, String url) {
        checkUrl(option, spec, url, "remove it: an http agent is sent no credentials, so serve it on a local address "
                + "or behind a proxy that adds them (docs/agents.md)");
    }

    private static void checkUrl(String option, String spec, String url, String advice) {
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            return; // not a URL: said by the caller's own check
        }
        String where = option + ": \"" + mask(spec) + "\": ";
        if (u.getRawUserInfo() != null && u.getRawUserInfo().contains(":")) {
            throw new InvalidInputException(where + "the URL holds a password, which would be recorded in run.json "
                    + "and shown in the report; " + advice);
        }
        String param = secretParameter(u.getRawQuery());
        if (param != null) {
            throw new InvalidInputException(where + "the URL's query parameter \"" + param + "\" holds a secret, "
                    + "which would be recorded in run.json and shown in the report; " + advice);
        }
    }

    /** Refuses an exec agent's command whose options pass a secret ({@code --token X}, {@code --api-key=X}). */
    public static void checkCommand(String option, String spec, List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.startsWith("-")) {
                continue;
            }
            int eq = w.indexOf('=');
            String name = eq < 0 ? w : w.substring(0, eq);
            boolean hasValue = eq >= 0 || i + 1 < words.size() && !words.get(i + 1).startsWith("-");
            if (hasValue && isSecretName(name)) {
                throw new InvalidInputException(option + ": \"" + mask(spec) + "\": the command passes a secret in "
                        + name + ", which would be recorded in run.json and shown in the report; have the agent read "
                        + "it from an environment variable instead (it inherits Attune's environment; docs/agents.md)");
            }
        }
    }

    /** The spec as a message may show it: what follows a URL's user name and each query parameter's '=' hidden. */
    static String mask(String spec) {
        String s = spec.replaceAll("(://[^/@\\s:]*):[^/@\\s]*@", "$1:***@").replaceAll("([?&][^=&#\\s]*)=[^&#\\s]*", "$1=***");
        return s.replaceAll("(\\s-{1,2}[A-Za-z][\\w-]*)(=|\\s+)('[^']*'|\"[^\"]*\"|\\S+)", "$1$2***");
    }

    private static String secretParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (pair.contains("=") && isSecretName(name)) {
                return name;
            }
        }
        return null;
    }

    /** {@code --api-key}, {@code hf_token}, {@code accessToken}: the last part is a secret word; {@code --key-file} is not. */
    static boolean isSecretName(String name) {
        String[] parts = name.replaceAll("^-+", "").replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .split("[-_.]+");
        if (parts.length == 0) {
            return false;
        }
        // the last part names what the value is: --api-key, --hf_token, accessToken hold one; --token-budget,
        // --key-file and --key-column do not
        if (SECRET_WORDS.contains(parts[parts.length - 1])) {
            return true;
        }
        String whole = String.join("", parts);
        return whole.equals("apikey") || whole.equals("auth"); // --auth X; --auth-mode is no secret
    }
}
