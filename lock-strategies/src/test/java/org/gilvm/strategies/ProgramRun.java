package org.gilvm.strategies;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;

/** One program run in a fresh interpreter under a named strategy, with what it printed. */
record ProgramRun(int status, String out, String err) {
    static ProgramRun of(String strategyId, StrategySettings settings, String source) {
        return of(strategyId, settings, source, "t.py", Path.of("").toAbsolutePath());
    }

    /** Runs {@code source} as the script {@code name} with {@code dir} as the current directory. */
    static ProgramRun of(String strategyId, StrategySettings settings, String source, String name, Path dir) {
        ExecutionStrategy strategy = Strategies.find(strategyId).create(settings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig cfg = InterpreterConfig.standard(List.of(name)).withStrategy(strategy).withStreams(
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).withWorkingDirectory(dir);
        int status = new ProgramRunner(new Interpreter(cfg)).runSource(source, name);
        return new ProgramRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static ProgramRun of(String strategyId, String source) {
        return of(strategyId, StrategySettings.defaults(), source);
    }

    @Override
    public String toString() {
        return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
