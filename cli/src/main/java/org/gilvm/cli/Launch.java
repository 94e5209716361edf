package org.gilvm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gilvm.Gilvm;
import org.gilvm.RunOptions;
import org.gilvm.interp.RunIds;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.Strategies;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;

/** Reads programs and hands them to the VM; turns failures into messages and exit codes. */
final class Launch {
    private Launch() {}

    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 70;

    /** Runs a script as {@code options} (and the config they name) say. */
    static int runFile(String file, List<String> args, StrategyOptions options, Map<String, String> env,
                       boolean debug) {
        Config config = configure(options, env);
        if (config == null) {
            return EXIT_USAGE;
        }
        String source = read(file);
        if (source == null) {
            return EXIT_USAGE;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(args);
        return guarded(() -> run(source, file, argv, config, options), debug);
    }

    static int runCode(String code, List<String> args, StrategyOptions options, Map<String, String> env,
                       boolean debug) {
        Config config = configure(options, env);
        if (config == null) {
            return EXIT_USAGE;
        }
        List<String> argv = new ArrayList<>();
        argv.add("-c");
        argv.addAll(args);
        return guarded(() -> run(code, "<string>", argv, config, options), debug);
    }

    /**
     * Runs the program, watched as the config and flags ask. A watched run is named here,
     * before it starts, so that its metrics carry the name from the first scrape.
     */
    private static int run(String source, String filename, List<String> argv, Config config,
                           StrategyOptions options) {
        if (!RunObservers.wanted(config, options)) {
            return Gilvm.run(source, filename, argv, runOptions(config, options.checkRefs, options.runId));
        }
        String runId = options.runId != null ? options.runId : RunIds.make(filename);
        RunOptions run = runOptions(config, options.checkRefs, runId);
        RunObservers observers = RunObservers.start(config, options, runId, run.strategy().id());
        try {
            return Gilvm.run(source, filename, argv, run);
        } finally {
            observers.finish();
        }
    }

    /** The checked config, or null after printing the one-line error: nothing runs on a bad config. */
    private static Config configure(StrategyOptions options, Map<String, String> env) {
        try {
            return options.resolve(env);
        } catch (ConfigException e) {
            System.err.println("gilvm: " + e.getMessage());
            return null;
        }
    }

    /**
     * A fresh strategy for this run: the one the config names (its id was checked against
     * the installed ones when the config was read), else the default.
     */
    static RunOptions runOptions(Config config, boolean checkRefs, String runId) {
        StrategySettings settings = config.settings();
        ExecutionStrategy strategy;
        if (config.strategy() == null) {
            strategy = Strategies.createDefault(settings);
        } else {
            StrategyProvider provider = Strategies.find(config.strategy());
            if (provider == null) {
                throw new IllegalStateException(
                        "strategy '" + config.strategy() + "' was installed when the config was read, and is gone");
            }
            strategy = provider.create(settings);
        }
        return new RunOptions(strategy, checkRefs, runId);
    }

    static int dis(String file, String function, boolean debug) {
        String source = read(file);
        if (source == null) {
            return EXIT_USAGE;
        }
        return guarded(() -> Gilvm.dis(source, file, function, System.out), debug);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            System.err.println("gilvm: can't open file '" + file + "': [Errno 2] No such file or directory");
        } catch (IOException e) {
            System.err.println("gilvm: can't open file '" + file + "': " + e.getMessage());
        }
        return null;
    }

    private interface Job {
        int run();
    }

    private static int guarded(Job job, boolean debug) {
        try {
            return job.run();
        } catch (RuntimeException | Error e) {
            System.out.flush();
            if (debug) {
                e.printStackTrace();
            }
            System.err.println("gilvm: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            return EXIT_INTERNAL;
        }
    }
}
