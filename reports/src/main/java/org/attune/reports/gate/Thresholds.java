package org.attune.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.personas.InvalidInputException;
import org.attune.personas.util.Files2;

/**
 * The smallest change, in a metric's own unit, that counts as a regression or an improvement.
 * Keys are a family id ({@code alignment}) or a metric id ({@code alignment.discovery}); a metric
 * takes its own entry, else its family's, else the family default ({@link MetricFamily}).
 */
public record Thresholds(Map<String, Double> values) {

    public Thresholds {
        values = Map.copyOf(values);
    }

    /** Only the documented defaults. */
    public static Thresholds defaults() {
        return new Thresholds(Map.of());
    }

    /**
     * Reads a YAML (or JSON) mapping of metric or family id to a non-negative number, e.g.
     * <pre>
     * alignment: 0.1
     * alignment.oracle: 0.2
     * worseThanGenericRate: 0.03
     * </pre>
     */
    public static Thresholds load(Path file) {
        String name = file.toString();
        JsonNode root = Files2.parse(name, Files2.readText(file));
        if (!root.isObject()) {
            throw new InvalidInputException(name + ": expected a mapping of metric id to threshold");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Double> out = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            String problem = check(e.getKey(), e.getValue());
            if (problem != null) {
                problems.add(name + ": " + e.getKey() + ": " + problem);
            } else {
                out.put(e.getKey(), e.getValue().doubleValue());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Thresholds(out);
    }

    private static String check(String key, JsonNode value) {
        if (MetricFamily.ofMetric(key).isEmpty()) {
            List<String> families = Arrays.stream(MetricFamily.values()).map(MetricFamily::id).toList();
            int dot = key.indexOf('.');
            return "unknown metric (known: " + String.join(", ", families) + ", optionally followed by .CONDITION)"
                    + org.attune.personas.util.DidYouMean.hint(dot < 0 ? key : key.substring(0, dot), families);
        }
        if (key.endsWith(".")) {
            return "missing condition after the dot";
        }
        if (!value.isNumber()) {
            return "expected a number, was " + (value.isTextual() ? "\"" + value.asText() + "\"" : value.getNodeType());
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v) || v < 0) {
            return "must be a non-negative number, was " + value.asText();
        }
        return null;
    }

    /** These thresholds with {@code other}'s entries taking precedence. */
    public Thresholds overriddenBy(Map<String, Double> other) {
        Map<String, Double> merged = new TreeMap<>(values);
        other.forEach((k, v) -> {
            if (v != null) {
                if (!Double.isFinite(v) || v < 0) {
                    throw new InvalidInputException("threshold " + k + ": must be a non-negative number, was " + v);
                }
                merged.put(k, v);
            }
        });
        return new Thresholds(merged);
    }

    /** The threshold of a metric id. */
    public double forMetric(String metricId) {
        Double exact = values.get(metricId);
        if (exact != null) {
            return exact;
        }
        MetricFamily family = MetricFamily.ofMetric(metricId)
                .orElseThrow(() -> new IllegalArgumentException("unknown metric " + metricId));
        return values.getOrDefault(family.id(), family.defaultThreshold());
    }
}
