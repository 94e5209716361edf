package org.gilvm.subinterp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;
import org.gilvm.spi.ExecutionStrategy;

/**
 * Runs a program as {@code main.py} in a directory of its own, as a file (multiprocessing
 * children run the parent's main script again), keeping what it printed. Public so that
 * lock-strategies' tests run the same programs under real strategies.
 */
public final class ProgramHarness {
    private ProgramHarness() {}

    /** What a run printed, its exit status, and its interpreter (to look at afterwards). */
    public record Run(String out, String err, int exit, Interpreter interp) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Runs {@code source} in {@code dir} under {@code strategy} (null: the default one),
     * with {@code stdin}, checking references when asked.
     */
    public static Run run(Path dir, String source, ExecutionStrategy strategy, InputStream stdin, boolean checkRefs)
            throws IOException {
        Files.writeString(dir.resolve("main.py"), source, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("main.py"))
                .withStreams(stdin == null ? InputStream.nullInputStream() : stdin,
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .withWorkingDirectory(dir)
                .withCheckRefs(checkRefs);
        if (strategy != null) {
            cfg = cfg.withStrategy(strategy);
        }
        Interpreter interp = new Interpreter(cfg);
        int exit = new ProgramRunner(interp).runSource(source, "main.py");
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit, interp);
    }

    public static Run run(Path dir, String source) throws IOException {
        return run(dir, source, null, null, false);
    }
}
