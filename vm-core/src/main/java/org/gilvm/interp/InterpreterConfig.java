package org.gilvm.interp;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;

/**
 * What an interpreter is created with: its execution strategy (a fresh instance, used by
 * this interpreter alone), standard streams and {@code sys.argv}. {@code argv.get(0)} is the
 * script path as the user gave it.
 */
public record InterpreterConfig(ExecutionStrategy strategy, InputStream stdin, PrintStream stdout,
                                PrintStream stderr, List<String> argv, Path workingDirectory) {

    /** The defaults: the default strategy with CPython's settings, the process's streams. */
    public static InterpreterConfig standard(List<String> argv) {
        return new InterpreterConfig(Strategies.createDefault(StrategySettings.defaults()), System.in, System.out,
                System.err, argv, Path.of("").toAbsolutePath());
    }

    public InterpreterConfig withStrategy(ExecutionStrategy s) {
        return new InterpreterConfig(s, stdin, stdout, stderr, argv, workingDirectory);
    }

    public InterpreterConfig withStreams(InputStream in, PrintStream out, PrintStream err) {
        return new InterpreterConfig(strategy, in, out, err, argv, workingDirectory);
    }

    public InterpreterConfig withWorkingDirectory(Path dir) {
        return new InterpreterConfig(strategy, stdin, stdout, stderr, argv, dir);
    }
}
