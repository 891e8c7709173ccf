package org.attune.runners.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Mappers;
import org.attune.runners.models.internal.Hashing;

/**
 * Estimated USD per million input and output tokens by provider and model (resource
 * {@code attune/prices.yaml}, or a file given with {@code --price-table}). A model pattern ending in
 * {@code *} is a prefix; the longest match wins; an unlisted model costs 0 and is remembered.
 */
public final class PriceTable {
    public static final String SCHEMA = "attune.prices/v1";
    static final String RESOURCE = "attune/prices.yaml";

    /** One row: a provider, a model or prefix pattern, and USD per million tokens. */
    public record Price(String provider, String model, double input, double output) {
        boolean matches(String p, String m) {
            if (!provider.equals(p)) {
                return false;
            }
            return model.endsWith("*") ? m.startsWith(model.substring(0, model.length() - 1)) : model.equals(m);
        }

        int specificity() {
            return model.endsWith("*") ? model.length() - 1 : Integer.MAX_VALUE;
        }
    }

    private final List<Price> prices;
    private final String source;
    private final Set<String> unpriced = ConcurrentHashMap.newKeySet();

    private PriceTable(List<Price> prices, String source) {
        this.prices = List.copyOf(prices);
        this.source = source;
    }

    public static PriceTable builtin() {
        try (InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            byte[] bytes = in.readAllBytes();
            return parse(new String(bytes, StandardCharsets.UTF_8), RESOURCE, "builtin " + Hashing.sha256(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The built-in table, or the file at {@code path} when given. */
    public static PriceTable load(String path) {
        if (path == null || path.isBlank()) {
            return builtin();
        }
        Path p = Path.of(path);
        try {
            byte[] bytes = Files.readAllBytes(p);
            return parse(new String(bytes, StandardCharsets.UTF_8), p.toString(), p + " " + Hashing.sha256(bytes));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("--price-table: " + p + ": file not found");
        } catch (IOException e) {
            throw new InvalidInputException("--price-table: " + p + ": cannot read: " + e.getMessage());
        }
    }

    private static PriceTable parse(String text, String file, String source) {
        JsonNode root;
        try {
            root = Mappers.forFile(file).readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(file + ": not valid YAML or JSON: " + org.attune.personas.util.Files2.describe(e));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            problems.add(file + ": schema: expected \"" + SCHEMA + "\"");
        }
        List<Price> out = new ArrayList<>();
        JsonNode rows = root == null ? null : root.get("prices");
        if (rows == null || !rows.isArray()) {
            problems.add(file + ": prices: expected a list");
        } else {
            for (int i = 0; i < rows.size(); i++) {
                JsonNode r = rows.get(i);
                String at = file + ": prices[" + i + "]";
                if (!r.path("provider").isTextual() || !r.path("model").isTextual()) {
                    problems.add(at + ": provider and model are required");
                    continue;
                }
                if (!r.path("input").isNumber() || !r.path("output").isNumber()
                        || r.get("input").asDouble() < 0 || r.get("output").asDouble() < 0) {
                    problems.add(at + ": input and output must be numbers of 0 or more (USD per million tokens)");
                    continue;
                }
                out.add(new Price(r.get("provider").asText(), r.get("model").asText(), r.get("input").asDouble(),
                        r.get("output").asDouble()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PriceTable(out, source);
    }

    /** Where the table came from, with its hash, as recorded in run.json. */
    public String source() {
        return source;
    }

    /** Whether the table has a price for the model (else its calls are "unpriced", not free). */
    public boolean priced(String provider, String model) {
        return find(provider, model) != null;
    }

    private Price find(String provider, String model) {
        Price best = null;
        for (Price p : prices) {
            if (p.matches(provider, model) && (best == null || p.specificity() > best.specificity())) {
                best = p;
            }
        }
        return best;
    }

    /** The estimated cost of one call; 0 (and remembered) for an unlisted model. */
    public double cost(String provider, String model, long inputTokens, long outputTokens) {
        Price best = find(provider, model);
        if (best == null) {
            unpriced.add(provider + ":" + model);
            return 0;
        }
        return (inputTokens * best.input() + outputTokens * best.output()) / 1_000_000.0;
    }

    /** Models that were used but have no price. */
    public Set<String> unpriced() {
        return Set.copyOf(unpriced);
    }
}
