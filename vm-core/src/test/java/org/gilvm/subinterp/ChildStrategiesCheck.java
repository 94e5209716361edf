package org.gilvm.subinterp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;
import org.gilvm.spi.ExecutionStrategy;

/**
 * Each worker of a pool is a child interpreter with a fresh instance of its parent's strategy:
 * under {@code gil}, two workers hold two different GILs. Checked on the live children while
 * the program waits on stdin, so no timing is involved. Public for lock-strategies, which
 * runs it under each real strategy.
 */
public final class ChildStrategiesCheck {
    private ChildStrategiesCheck() {}

    /** A pool's tasks read and write a module global: each worker has its own module. */
    private static final String OWN_STRATEGIES = """
            import multiprocessing as mp
            import _interpreters

            SEEN = []

            def note(x):
                SEEN.append(x)
                i = 0
                while i < 20000:
                    i += 1
                return _interpreters.get_current(), __name__

            if __name__ == "__main__":
                with mp.Pool(2) as pool:
                    got = pool.map(note, range(40), chunksize=1)
                    print(sorted(set(name for _, name in got)), all(w > 0 for w, _ in got), SEEN)
                    print("ready", flush=True)
                    input()
                print("done", mp.active_children())
            """;

    /**
     * While a pool of two runs, its two child interpreters are distinct and each has a fresh
     * instance of the parent's strategy (its own GIL, under {@code gil}). The program waits on
     * stdin while the test looks, so no timing is involved.
     */
    public static void run(Path dir, ExecutionStrategy parentStrategy) throws Exception {
        Files.writeString(dir.resolve("main.py"), OWN_STRATEGIES, StandardCharsets.UTF_8);
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("main.py"))
                .withStreams(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .withWorkingDirectory(dir);
        if (parentStrategy != null) {
            cfg = cfg.withStrategy(parentStrategy);
        }
        Interpreter parent = new Interpreter(cfg);
        int[] exit = {-1};
        Thread main = Thread.ofPlatform().start(() -> exit[0] = new ProgramRunner(parent).runSource(OWN_STRATEGIES,
                "main.py"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString(StandardCharsets.UTF_8).contains("ready") && main.isAlive()
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("ready"), () -> "stderr:\n" + err);
            List<Subinterpreter> children = parent.subinterpreters().children();
            assertEquals(2, children.size());
            Set<ExecutionStrategy> strategies = new HashSet<>();
            Set<Interpreter> interpreters = new HashSet<>();
            for (Subinterpreter c : children) {
                assertNotNull(c.interpreter());
                assertNotSame(parent, c.interpreter());
                assertSame(c.strategy(), c.interpreter().strategy());
                assertNotSame(parent.strategy(), c.strategy());
                assertEquals(parent.strategy().id(), c.strategy().id());
                assertEquals(parent.strategy().getClass(), c.strategy().getClass());
                assertEquals(parent.strategy().gilEnabled(), c.strategy().gilEnabled());
                assertNotEquals(parent.subinterpreters().pid(), c.pid());
                assertTrue(c.id() > 0);
                strategies.add(c.strategy());
                interpreters.add(c.interpreter());
            }
            assertEquals(2, strategies.size(), "two workers, two strategy instances");
            assertEquals(2, interpreters.size());
        } finally {
            feed.write('\n');
            feed.flush();
            main.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertEquals(0, exit[0], () -> "stderr:\n" + err);
        assertEquals("['__mp_main__'] True []\nready\ndone []\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), parent.subinterpreters().children());
    }

}
