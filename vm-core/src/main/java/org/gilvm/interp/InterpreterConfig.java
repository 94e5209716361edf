package org.gilvm.interp;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.gilvm.objects.ObjectRegistry;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;

/**
 * What an interpreter is created with: its execution strategy (a fresh instance, used by
 * this interpreter alone), standard streams and {@code sys.argv}. {@code argv.get(0)} is the
 * script path as the user gave it. {@code checkRefs} ({@code --check-refs}) tracks every
 * object the program creates and reports, at exit, those whose counts never returned to zero
 * ({@link RefCheck}); it needs a JVM started with
 * {@code -D}{@value org.gilvm.objects.ObjectRegistry#PROPERTY}{@code =true}. {@code runId} names
 * the run in the metrics and JFR events ({@code run} label); null makes one up.
 */
public record InterpreterConfig(ExecutionStrategy strategy, InputStream stdin, PrintStream stdout,
                                PrintStream stderr, List<String> argv, Path workingDirectory,
                                boolean checkRefs, String runId) {

    /** The defaults: the default strategy with CPython's settings, the process's streams. */
    public static InterpreterConfig standard(List<String> argv) {
        return standard(argv, Strategies.createDefault(StrategySettings.defaults()));
    }

    /** The defaults with a given strategy (no default one is looked up and made first). */
    public static InterpreterConfig standard(List<String> argv, ExecutionStrategy strategy) {
        return new InterpreterConfig(strategy, System.in, System.out, System.err, argv,
                Path.of("").toAbsolutePath(), false, null);
    }

    public InterpreterConfig withStrategy(ExecutionStrategy s) {
        return new InterpreterConfig(s, stdin, stdout, stderr, argv, workingDirectory, checkRefs, runId);
    }

    public InterpreterConfig withStreams(InputStream in, PrintStream out, PrintStream err) {
        return new InterpreterConfig(strategy, in, out, err, argv, workingDirectory, checkRefs, runId);
    }

    public InterpreterConfig withWorkingDirectory(Path dir) {
        return new InterpreterConfig(strategy, stdin, stdout, stderr, argv, dir, checkRefs, runId);
    }

    /**
     * With {@code --check-refs} on or off.
     *
     * @throws IllegalStateException when asked to check in a JVM whose object tracking is off
     */
    public InterpreterConfig withCheckRefs(boolean check) {
        if (check && !ObjectRegistry.ENABLED) {
            throw new IllegalStateException("--check-refs needs a JVM started with -D" + ObjectRegistry.PROPERTY
                    + "=true (the gilvm command starts one itself)");
        }
        return new InterpreterConfig(strategy, stdin, stdout, stderr, argv, workingDirectory, check, runId);
    }

    public InterpreterConfig withRunId(String id) {
        return new InterpreterConfig(strategy, stdin, stdout, stderr, argv, workingDirectory, checkRefs, id);
    }
}
