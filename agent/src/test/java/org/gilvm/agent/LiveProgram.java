package org.gilvm.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;

/**
 * A Python program running in its own interpreter on a background thread until the test
 * lets it end: two CPU-bound threads spin until the main thread reads a line from stdin,
 * which {@link #release} writes. The test so scrapes a run that is certainly live.
 */
final class LiveProgram implements AutoCloseable {
    static final String SPIN = """
            import sys, threading
            running = True
            def spin():
                i = 0
                while running:
                    i += 1
            workers = [threading.Thread(target=spin) for _ in range(2)]
            for w in workers:
                w.start()
            sys.stdin.readline()
            running = False
            for w in workers:
                w.join()
            print("done")
            """;

    private final PipedOutputStream stdin;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();

    private LiveProgram(String strategy, String runId) throws IOException {
        PipedInputStream in = new PipedInputStream();
        stdin = new PipedOutputStream(in);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("spin.py"),
                        Strategies.find(strategy).create(StrategySettings.defaults()))
                .withStreams(in, print, print).withRunId(runId);
        Thread.ofPlatform().daemon().name("live-program").start(() -> {
            try {
                status.complete(new ProgramRunner(new Interpreter(cfg)).runSource(SPIN, "spin.py"));
            } catch (RuntimeException | Error e) {
                status.completeExceptionally(e);
            }
        });
    }

    static LiveProgram start(String strategy, String runId) throws IOException {
        return new LiveProgram(strategy, runId);
    }

    /** Lets the program end: its main thread reads the line and stops the workers. */
    void release() throws IOException {
        stdin.write("stop\n".getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** The program's exit status, after it printed "done". */
    int awaitEnd() throws Exception {
        int s = status.get(60, TimeUnit.SECONDS);
        if (!out.toString(StandardCharsets.UTF_8).equals("done\n")) {
            throw new AssertionError("the program printed: " + out.toString(StandardCharsets.UTF_8));
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        if (!status.isDone()) {
            release();
        }
        stdin.close();
    }
}
