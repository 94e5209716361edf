package org.gilvm.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import org.gilvm.spi.Strategies;
import org.gilvm.spi.StrategyProvider;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options that choose how a program runs and how it is watched, shared (as a picocli
 * mixin) by {@code gilvm FILE}, {@code gilvm -c CODE} and {@code gilvm run}. Values are kept
 * as text and read by {@link ConfigValues}, so a bad flag is reported in the same words as a
 * bad config value. Precedence, highest first: these flags, the file {@code --config} names,
 * the file {@code GILVM_CONFIG} names, CPython's defaults.
 */
final class StrategyOptions {
    /** The environment variable naming the config file used when {@code --config} is absent. */
    static final String CONFIG_ENV = "GILVM_CONFIG";

    @Option(names = "--config", paramLabel = "FILE",
            description = "A YAML config file (default: the file $GILVM_CONFIG names, if set).")
    String config;

    @Option(names = "--strategy", paramLabel = "ID",
            description = "The execution strategy: 'gilvm strategies' lists the installed ones (default: gil).")
    String strategy;

    @Option(names = "--switch-interval", paramLabel = "DUR",
            description = "The GIL's switch interval: 5ms, 500us, 0.005s; a bare number is seconds (default: 5ms).")
    String switchInterval;

    @Option(names = "--switch-points", paramLabel = "P",
            description = "Where threads may switch: backward-jumps (CPython 3.10+, default) or every-instruction (<= 3.9).")
    String switchPoints;

    @Option(names = "--gil-policy", paramLabel = "P",
            description = "How the GIL changes hands: interval (CPython 3.2+, default) or legacy-ticks (<= 3.1).")
    String gilPolicy;

    @Option(names = "--check-interval", paramLabel = "N",
            description = "Instructions between releases under legacy-ticks (default: 100).")
    String checkInterval;

    @Option(names = "--check-refs",
            description = "At exit, report objects whose reference counts never returned to zero.")
    boolean checkRefs;

    /** Null: not given; empty: given without a value (the config's address, else the default). */
    @Option(names = "--metrics", paramLabel = "HOST:PORT", arity = "0..1", preprocessor = AttachedValueOnly.class,
            description = "Serve Prometheus metrics while the program runs, on HOST:PORT if given as "
                    + "--metrics=HOST:PORT (default: metrics.prometheus, else 127.0.0.1:9464).")
    String metrics;

    @Option(names = "--jfr", paramLabel = "FILE",
            description = "Write a JFR recording of the run (gilvm events and the JDK's defaults) to FILE.")
    String jfr;

    @Option(names = "--linger", paramLabel = "DUR",
            description = "Keep the metrics endpoint up for DUR after the program ends, so a scrape sees the final values (default: 0s).")
    String linger;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "The run's name: the run label of its metrics and JFR events (default: program-time-pid).")
    String runId;

    /**
     * These options, with {@code outer}'s under them: {@code gilvm --strategy X run FILE}
     * gives the root command's options to {@code run}, whose own win.
     */
    StrategyOptions over(StrategyOptions outer) {
        StrategyOptions o = new StrategyOptions();
        o.config = config != null ? config : outer.config;
        o.strategy = strategy != null ? strategy : outer.strategy;
        o.switchInterval = switchInterval != null ? switchInterval : outer.switchInterval;
        o.switchPoints = switchPoints != null ? switchPoints : outer.switchPoints;
        o.gilPolicy = gilPolicy != null ? gilPolicy : outer.gilPolicy;
        o.checkInterval = checkInterval != null ? checkInterval : outer.checkInterval;
        o.checkRefs = checkRefs || outer.checkRefs;
        o.metrics = metrics != null ? metrics : outer.metrics;
        o.jfr = jfr != null ? jfr : outer.jfr;
        o.linger = linger != null ? linger : outer.linger;
        o.runId = runId != null ? runId : outer.runId;
        return o;
    }

    /** The config file (if any) with these flags over it, checked against the installed strategies. */
    Config resolve(Map<String, String> env) throws ConfigException {
        return resolve(env, installedIds());
    }

    Config resolve(Map<String, String> env, List<String> installed) throws ConfigException {
        if (runId != null && runId.isBlank()) {
            throw new ConfigException("--run-id: an empty run id; give a name such as count-gil-1");
        }
        Config file = Config.EMPTY;
        if (config != null) {
            file = ConfigLoader.load(configPath(config, config), config, installed);
        } else {
            String named = env.get(CONFIG_ENV);
            if (named != null && !named.isEmpty()) {
                String label = named + " (named by " + CONFIG_ENV + ")";
                file = ConfigLoader.load(configPath(named, label), label, installed);
            }
        }
        return file.overriddenBy(flags(installed));
    }

    private static Path configPath(String name, String label) throws ConfigException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new ConfigException(label + ": not a file name: " + e.getReason());
        }
    }

    /** The flags alone, as a config. */
    private Config flags(List<String> installed) throws ConfigException {
        Config c = Config.EMPTY;
        c = flag(c, "--strategy", strategy, ConfigKey.STRATEGY, installed);
        c = flag(c, "--switch-interval", switchInterval, ConfigKey.SWITCH_INTERVAL, installed);
        c = flag(c, "--switch-points", switchPoints, ConfigKey.SWITCH_POINTS, installed);
        c = flag(c, "--gil-policy", gilPolicy, ConfigKey.GIL_POLICY, installed);
        c = flag(c, "--check-interval", checkInterval, ConfigKey.CHECK_INTERVAL, installed);
        c = flag(c, "--metrics", metrics == null || metrics.isEmpty() ? null : metrics, ConfigKey.PROMETHEUS, installed);
        c = flag(c, "--jfr", jfr, ConfigKey.JFR, installed);
        return flag(c, "--linger", linger, ConfigKey.LINGER, installed);
    }

    /** Whether the metrics endpoint runs: {@code --metrics}, or an address in the config. */
    boolean metricsOn(Config config) {
        return metrics != null || config.prometheus() != null;
    }

    /**
     * {@code --metrics} takes its value only when attached ({@code --metrics=HOST:PORT}): the
     * next argument is the program, as in {@code gilvm --metrics prog.py}.
     */
    static final class AttachedValueOnly implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec,
                                  Map<String, Object> info) {
            if ("=".equals(info.get("separator"))) {
                return false;
            }
            argSpec.setValue("");
            return true;
        }
    }

    private static Config flag(Config c, String name, String text, ConfigKey key, List<String> installed)
            throws ConfigException {
        if (text == null) {
            return c;
        }
        try {
            return key.apply(c, text, installed);
        } catch (ConfigException e) {
            throw e.at(name);
        }
    }

    static List<String> installedIds() {
        List<String> ids = new ArrayList<>();
        for (StrategyProvider p : Strategies.installed()) {
            ids.add(p.id());
        }
        return ids;
    }
}
