package org.attune.evaluator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What run.json records under {@code settings} beside the run's configuration: facts resolved while the
 * run was made (model settings, prompt template hashes, endpoints, plug-in jars, persona files, skipped
 * records, PrefDisco notes) and where it came from (shard, merge, re-scoring). Typed, with the JSON names
 * run.json has always used, so runs made before it read back unchanged. Absent facts are null and not written.
 *
 * @param userStyle             the simulated user's style (also in {@code config}; older runs have only this)
 * @param fixedQuestions        the fixed number of questions, when set (also in {@code config})
 * @param maxErrorRate          the error rate that stops the run (also in {@code config})
 * @param plugins               plug-in jars the run was made with (absolute paths)
 * @param bootstrapResamples    resamples of the summary's confidence intervals
 * @param shard                 {@code i/n} when the run is one shard of a sharded run
 * @param models                generation and connection options of the model roles
 * @param taskFormat            how benchmark files were read, when not the default ({@code config}'s shape)
 * @param personaFiles          persona files the run was made with (absolute paths)
 * @param skippedInvalidRecords benchmark records skipped as invalid
 * @param prefdisco             notes on the PrefDisco records played
 * @param templates             prompt template id to its hash
 * @param endpoints             model spec to provider and URL (no credential)
 * @param prices                where the price table came from
 * @param rounds                longitudinal rounds (also in {@code config})
 * @param learners              longitudinal learners (also in {@code config})
 * @param agent                 the longitudinal run's agent spec (also in {@code config})
 * @param binSize               rounds per bin of a longitudinal summary
 * @param mergedFrom            the shard folders a merged run was made from
 * @param partialMerge          why a merge is incomplete
 * @param rescoredFrom          the run a re-scored run was made from
 * @param rescoring             the model roles of the re-scoring
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunFacts(
        String userStyle,
        Integer fixedQuestions,
        Double maxErrorRate,
        List<String> plugins,
        Integer bootstrapResamples,
        String shard,
        ModelSettings models,
        JsonNode taskFormat,
        List<String> personaFiles,
        Integer skippedInvalidRecords,
        PrefDisco prefdisco,
        Map<String, String> templates,
        Map<String, String> endpoints,
        String prices,
        Integer rounds,
        List<String> learners,
        String agent,
        Integer binSize,
        List<String> mergedFrom,
        String partialMerge,
        RescoredFrom rescoredFrom,
        ModelFacts rescoring) {

    public RunFacts {
        templates = sorted(templates);
        endpoints = sorted(endpoints);
    }

    /** No facts. */
    public static RunFacts none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder(new RunFacts(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** These facts with the model roles' (a resume keeps the recorded options: {@code models} already set wins). */
    public RunFacts withModels(ModelFacts m) {
        return toBuilder().models(models != null ? models : m.models()).templates(m.templates())
                .endpoints(m.endpoints()).prices(m.prices()).build();
    }

    /** A read-only copy in key order (run.json and the report list them the same way every time). */
    private static Map<String, String> sorted(Map<String, String> m) {
        return m == null ? null : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(m));
    }

    /**
     * Generation and connection options of a run's model roles.
     *
     * @param timeoutSeconds per-call timeout (null in a run.json that predates it: the default then)
     * @param baseUrls       provider to base URL (no credential)
     */
    public record ModelSettings(Double temperature, Integer maxTokens, Integer seed, Double timeoutSeconds,
                                Integer maxConnections, Boolean cache, String priceTable, Boolean judgeAll,
                                String correctnessJudge, Map<String, String> baseUrls, Integer maxRetries,
                                Integer maxRateLimitRetries) {
    }

    /** What the model roles resolved to: their options, prompt template hashes, endpoints and price table. */
    public record ModelFacts(ModelSettings models, Map<String, String> templates, Map<String, String> endpoints,
                             String prices) {
    }

    /**
     * @param unusedFields      record fields no part of the run uses
     * @param imageItemsSkipped items with an image skipped for agents that take text only ({@code id (agent)})
     */
    public record PrefDisco(List<String> unusedFields, List<String> imageItemsSkipped) {
    }

    /** The source of a re-scored run: its folder, id and the judge and editor it was scored with. */
    public record RescoredFrom(String dir, String run, String judge, String editor) {
    }

    /** Sets facts one by one. */
    public static final class Builder {
        private String userStyle;
        private Integer fixedQuestions;
        private Double maxErrorRate;
        private List<String> plugins;
        private Integer bootstrapResamples;
        private String shard;
        private ModelSettings models;
        private JsonNode taskFormat;
        private List<String> personaFiles;
        private Integer skippedInvalidRecords;
        private PrefDisco prefdisco;
        private Map<String, String> templates;
        private Map<String, String> endpoints;
        private String prices;
        private Integer rounds;
        private List<String> learners;
        private String agent;
        private Integer binSize;
        private List<String> mergedFrom;
        private String partialMerge;
        private RescoredFrom rescoredFrom;
        private ModelFacts rescoring;

        private Builder(RunFacts f) {
            userStyle = f.userStyle;
            fixedQuestions = f.fixedQuestions;
            maxErrorRate = f.maxErrorRate;
            plugins = f.plugins;
            bootstrapResamples = f.bootstrapResamples;
            shard = f.shard;
            models = f.models;
            taskFormat = f.taskFormat;
            personaFiles = f.personaFiles;
            skippedInvalidRecords = f.skippedInvalidRecords;
            prefdisco = f.prefdisco;
            templates = f.templates;
            endpoints = f.endpoints;
            prices = f.prices;
            rounds = f.rounds;
            learners = f.learners;
            agent = f.agent;
            binSize = f.binSize;
            mergedFrom = f.mergedFrom;
            partialMerge = f.partialMerge;
            rescoredFrom = f.rescoredFrom;
            rescoring = f.rescoring;
        }

        public Builder userStyle(String v) { userStyle = v; return this; }
        public Builder fixedQuestions(Integer v) { fixedQuestions = v; return this; }
        public Builder maxErrorRate(Double v) { maxErrorRate = v; return this; }
        public Builder plugins(List<String> v) { plugins = v; return this; }
        public Builder bootstrapResamples(Integer v) { bootstrapResamples = v; return this; }
        public Builder shard(String v) { shard = v; return this; }
        public Builder models(ModelSettings v) { models = v; return this; }
        public Builder taskFormat(JsonNode v) { taskFormat = v; return this; }
        public Builder personaFiles(List<String> v) { personaFiles = v; return this; }
        public Builder skippedInvalidRecords(Integer v) { skippedInvalidRecords = v; return this; }
        public Builder prefdisco(PrefDisco v) { prefdisco = v; return this; }
        public Builder templates(Map<String, String> v) { templates = v; return this; }
        public Builder endpoints(Map<String, String> v) { endpoints = v; return this; }
        public Builder prices(String v) { prices = v; return this; }
        public Builder rounds(Integer v) { rounds = v; return this; }
        public Builder learners(List<String> v) { learners = v; return this; }
        public Builder agent(String v) { agent = v; return this; }
        public Builder binSize(Integer v) { binSize = v; return this; }
        public Builder mergedFrom(List<String> v) { mergedFrom = v; return this; }
        public Builder partialMerge(String v) { partialMerge = v; return this; }
        public Builder rescoredFrom(RescoredFrom v) { rescoredFrom = v; return this; }
        public Builder rescoring(ModelFacts v) { rescoring = v; return this; }

        public RunFacts build() {
            return new RunFacts(userStyle, fixedQuestions, maxErrorRate, plugins, bootstrapResamples, shard, models,
                    taskFormat, personaFiles, skippedInvalidRecords, prefdisco, templates, endpoints, prices, rounds,
                    learners, agent, binSize, mergedFrom, partialMerge, rescoredFrom, rescoring);
        }
    }
}
