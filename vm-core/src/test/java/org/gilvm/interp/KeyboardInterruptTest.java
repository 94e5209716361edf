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
 * raised at the next switch point (a backward jump) or out of a blocking sleep or lock wait.
 */
class KeyboardInterruptTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * Runs the program, tripping SIGINT until it ends (bounded: 600 tries, 50 ms apart) while
     * its output is exactly {@code readyMark}: once it prints more, it has seen the interrupt.
     */
    private int runInterrupted(String source, String readyMark) throws Exception {
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py")).withStreams(
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Interpreter interp = new Interpreter(cfg);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> new ProgramRunner(interp).runSource(source, "t.py"));
        for (int i = 0; i < 600 && !exit.isDone(); i++) {
            if (out.toString(StandardCharsets.UTF_8).equals(readyMark)) {
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
                + "except KeyboardInterrupt:\n    print('caught')\n", "ready\n");
        assertEquals(0, status);
        assertEquals("ready\ncaught\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void interruptsAMainThreadLockAcquireThatWouldWaitForEver() throws Exception {
        int status = runInterrupted("import _thread\nlock = _thread.allocate_lock()\nlock.acquire()\n"
                + "print('ready', flush=True)\ntry:\n    lock.acquire()\nexcept KeyboardInterrupt:\n"
                + "    print('caught', lock.locked())\n", "ready\n");
        assertEquals(0, status);
        assertEquals("ready\ncaught True\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void uncaughtInterruptOfThreadingLockAcquireEndsTheProgramWithATraceback() throws Exception {
        int status = runInterrupted("import threading\nlock = threading.Lock()\nlock.acquire()\n"
                + "print('ready', flush=True)\nlock.acquire()\n", "ready\n");
        assertEquals(130, status);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("Traceback (most recent call last):\n"), e);
        assertTrue(e.endsWith("KeyboardInterrupt\n"), e);
    }

    @Test
    void interruptsAnEventWaitAndLeavesTheConditionUsable() throws Exception {
        int status = runInterrupted("import threading\nev = threading.Event()\nprint('ready', flush=True)\n"
                + "try:\n    ev.wait()\nexcept KeyboardInterrupt:\n    print('caught', ev.wait(0), ev._cond._lock.locked())\n"
                + "ev.set()\nprint(ev.wait())\n", "ready\n");
        assertEquals(0, status);
        assertEquals("ready\ncaught False False\nTrue\n", out.toString(StandardCharsets.UTF_8));
    }
}
