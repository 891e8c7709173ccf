package org.attune.runners.engine;

import java.nio.file.Path;
import java.util.List;
import org.attune.runners.config.RunConfig;
import org.attune.runners.models.ModelOptions;
import org.attune.tasks.formats.LoadOptions;

/**
 * Builds a {@link RunConfig} in code (tests, benches), one named setting at a time; what is not set keeps
 * the configuration's default. Agents are specs, labelled as on the command line ({@code NAME=SPEC}).
 */
public final class RunConfigBuilder {
    private String suite;
    private List<String> tasks;
    private List<String> personas;
    private List<String> agents;
    private LoadOptions taskOptions;
    private String user;
    private String userStyle;
    private String judge;
    private String editor;
    private Integer maxTurns;
    private Integer prefsPerItem;
    private Integer limit;
    private Integer epochs;
    private Long seed;
    private Integer fixedQuestions;
    private Integer concurrency;
    private Double maxErrorRate;
    private String shard;
    private Path out;
    private ModelOptions models;
    private RunConfig.Mode mode;

    RunConfigBuilder() {
    }

    public RunConfigBuilder suite(String s) { suite = s; return this; }

    public RunConfigBuilder tasks(List<String> t) { tasks = t; return this; }

    public RunConfigBuilder personas(List<String> p) { personas = p; return this; }

    public RunConfigBuilder agents(List<String> a) { agents = a; return this; }

    public RunConfigBuilder taskOptions(LoadOptions o) { taskOptions = o; return this; }

    public RunConfigBuilder user(String u) { user = u; return this; }

    public RunConfigBuilder userStyle(String s) { userStyle = s; return this; }

    public RunConfigBuilder judge(String j) { judge = j; return this; }

    public RunConfigBuilder editor(String e) { editor = e; return this; }

    public RunConfigBuilder maxTurns(int n) { maxTurns = n; return this; }

    public RunConfigBuilder prefsPerItem(int n) { prefsPerItem = n; return this; }

    public RunConfigBuilder limit(Integer n) { limit = n; return this; }

    public RunConfigBuilder epochs(int n) { epochs = n; return this; }

    public RunConfigBuilder seed(long s) { seed = s; return this; }

    public RunConfigBuilder fixedQuestions(Integer k) { fixedQuestions = k; return this; }

    public RunConfigBuilder concurrency(int n) { concurrency = n; return this; }

    public RunConfigBuilder maxErrorRate(double r) { maxErrorRate = r; return this; }

    public RunConfigBuilder shard(String s) { shard = s; return this; }

    public RunConfigBuilder out(Path o) { out = o; return this; }

    /** The model options as a configuration holds them (the correctness judge becomes a role). */
    public RunConfigBuilder models(ModelOptions m) { models = m; return this; }

    /** Episode mode with these conditions (budgets already expanded, e.g. {@code discovery@2}). */
    public RunConfigBuilder conditions(List<String> c) { mode = new RunConfig.Episodes(c, null); return this; }

    /** Longitudinal mode: {@code learners} over {@code rounds} rounds. */
    public RunConfigBuilder longitudinal(int rounds, List<String> learners) {
        mode = new RunConfig.Longitudinal(rounds, learners);
        return this;
    }

    public RunConfig build() {
        List<RunConfig.AgentEntry> entries = agents == null ? null : agents.stream().map(ComponentSpecs::agent)
                .map(l -> new RunConfig.AgentEntry(l.label(), l.spec())).toList();
        ModelOptions m = models == null ? ModelOptions.defaults() : models;
        return new RunConfig(RunConfig.SCHEMA, suite, tasks,
                RunConfig.TaskFormat.of(taskOptions == null ? LoadOptions.defaults() : taskOptions), personas, entries,
                new RunConfig.Roles(user, userStyle, judge, editor, m.correctnessJudge()),
                new RunConfig.Limits(maxTurns, prefsPerItem, limit, epochs, seed, fixedQuestions),
                new RunConfig.Execution(concurrency, maxErrorRate, shard == null ? null : Shard.parse(shard).toString(),
                        out == null ? null : out.toString()),
                RunConfig.Models.of(m), null, mode, null);
    }
}
