package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C: the signal only trips the main thread's eval-breaker, and KeyboardInterrupt is
 * raised at the next switch point (a backward jump) or out of a blocking sleep.
 */
class KeyboardInterruptTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * Runs the program, tripping SIGINT until it ends (bounded: 600 tries, 50 ms apart), once
     * its output starts with {@code readyMark}.
     */
    private int runInterrupted(String source, String readyMark) throws Exception {
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py")).withStreams(
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Interpreter interp = new Interpreter(cfg);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> new ProgramRunner(interp).runSource(source, "t.py"));
        for (int i = 0; i < 600 && !exit.isDone(); i++) {
            if (out.toString(StandardCharsets.UTF_8).startsWith(readyMark)) {
                interp.signals().trip();
            }
            try {
                return exit.get(50, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // not yet: trip again
            }
        }
        return exit.get(1, TimeUnit.SECONDS);
    }

    @Test
    void interruptsABusyLoopWithATraceback() throws Exception {
        int status = runInterrupted("i = 0\nwhile 1:\n    i += 1\n", "");
        assertEquals(130, status);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("Traceback (most recent call last):\n"), e);
        assertTrue(e.endsWith("KeyboardInterrupt\n"), e);
    }

    @Test
    void interruptsSleepAndCanBeCaught() throws Exception {
        // No switch point lies between the print and the sleep, so the signal lands in the sleep.
        int status = runInterrupted("import sys, time\nprint('ready', flush=True)\ntry:\n    time.sleep(120)\n"
                + "except KeyboardInterrupt:\n    print('caught')\n", "ready");
        assertEquals(0, status);
        assertEquals("ready\ncaught\n", out.toString(StandardCharsets.UTF_8));
    }
}
