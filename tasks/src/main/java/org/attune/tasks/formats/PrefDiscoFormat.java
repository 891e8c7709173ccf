package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.api.AnswerType;
import org.attune.api.Item;

/**
 * PrefDisco benchmark files as PrefDisco's generator writes them: JSON lines, an optional first
 * {@code {"type": "metadata", ...}} line, then one {@code personalized_problem} record per line (see
 * {@link PrefDiscoRecord}). Each record's answer type follows its own source dataset, so one file may
 * mix datasets; the set's type is the most common one. Each item keeps its person and rubric as a
 * {@link PrefDiscoItem}.
 */
final class PrefDiscoFormat implements Format {
    @Override
    public Meta read(Input in, AnswerType requested) {
        List<Row> rows = in.rows();
        JsonNode meta = null;
        List<Row> problems = new ArrayList<>();
        for (Row r : rows) {
            if ("metadata".equals(r.node().path("type").asText())) {
                if (meta != null || r != rows.get(0)) {
                    in.out().unreadable(r.line(), "type: a metadata record may only come first, once");
                } else {
                    meta = r.node();
                }
            } else {
                problems.add(r);
            }
        }
        Map<String, Integer> firstLine = new HashMap<>();
        Map<AnswerType, Integer> types = new LinkedHashMap<>();
        Map<String, Integer> datasets = new LinkedHashMap<>();
        for (Row r : problems) {
            PrefDiscoRecord.Read[] read = new PrefDiscoRecord.Read[1];
            Item item = in.out().add(r.line(), () -> {
                JsonNode id = r.node().path("problem_id");
                Integer first = id.isTextual() ? firstLine.putIfAbsent(id.asText().strip(), r.line()) : null;
                if (first != null) {
                    throw new BadRecord("problem_id: \"" + Golds.shorten(id.asText()) + "\" is used again (first on line "
                            + first + "); every record needs its own");
                }
                read[0] = PrefDiscoRecord.read(r.node(), in.path(), requested);
                return read[0].item();
            });
            if (item != null) {
                PrefDiscoItem p = withMetadata(read[0].personalization(), meta);
                in.out().personalized(p);
                types.merge(p.answerType(), 1, Integer::sum);
                datasets.merge(p.dataset(), 1, Integer::sum);
            }
        }
        AnswerType type = most(types, AnswerType.OPEN);
        String dataset = meta == null ? null : firstText(meta, "dataset", "source_dataset", "benchmark");
        if (dataset == null) {
            dataset = most(datasets, null);
        }
        return new Meta("PrefDisco " + (dataset == null ? "" : dataset + " ") + "(" + in.path().getFileName() + ")",
                domainOf(meta == null ? null : firstText(meta, "domain"), dataset), type);
    }

    /** The metadata line's fields no run uses join the record's unused fields (named once in run.json). */
    private static PrefDiscoItem withMetadata(PrefDiscoItem p, JsonNode meta) {
        if (meta == null) {
            return p;
        }
        List<String> unused = new ArrayList<>(p.unused());
        meta.fieldNames().forEachRemaining(f -> {
            if (!f.equals("type") && !f.equals("dataset") && !f.equals("domain")) {
                unused.add("metadata." + f);
            }
        });
        return new PrefDiscoItem(p.itemId(), p.persona(), p.criteria(), p.answerType(), p.dataset(), p.image(), unused);
    }

    private static <K> K most(Map<K, Integer> votes, K fallback) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }

    static String firstText(JsonNode n, String... fields) {
        String f = Fields.firstPresent(n, fields);
        return f == null || !n.get(f).isValueNode() ? null : n.get(f).asText();
    }

    static String domainOf(String declared, String dataset) {
        if (declared != null && Domains.ALL.contains(declared)) {
            return declared;
        }
        String d = dataset == null ? "" : dataset.toLowerCase(Locale.ROOT);
        if (d.matches(".*(gsm|math|aime).*")) {
            return "math";
        }
        if (d.contains("logi")) {
            return "logic";
        }
        if (d.contains("med")) {
            return "medicine";
        }
        if (d.contains("commonsense")) {
            return "commonsense";
        }
        if (d.contains("social")) {
            return "social";
        }
        if (d.contains("truthful") || d.contains("simpleqa")) {
            return "factual";
        }
        return d.matches(".*(arc|science|gpqa|sci|masc).*") ? "science" : "knowledge";
    }
}
