package org.gilvm.subinterp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilvm.objects.ObjectRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference counts balance across interpreters under {@code --check-refs}: copying calls,
 * results, exceptions and queued values in and out of child interpreters leaves nothing
 * alive, in the parent or in a child, also when a copy fails half way (in the sender, or in
 * the receiver, which cannot find a class). What each run leaves at exit (the constants of the
 * modules it compiled, the cycles of its classes: see the report) is the same whether the
 * program copies 3 or 30 times as much, so no copy leaks anything. (The pool is closed and
 * joined, not terminated: a terminated child is stopped, as by SIGTERM, before any check; it
 * has one worker, which then runs every task, so what it imports does not depend on luck.)
 *
 * <p>Runs in the check-refs JVM (vm-core/pom.xml); skipped elsewhere.
 */
class CheckRefsSubinterpretersTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            import multiprocessing as mp
            import sys

            class Box:
                def __init__(self, v):
                    self.v = v

            def work(x):
                if x % 7 == 3:
                    raise KeyError(x, Box(x))
                return [x, {"k": Box(x)}, (x, str(x)), b"b" * x, {x}, 2 ** 70 + x, 1.5 * x]

            def safe(x):
                return x * 2

            if __name__ == "__main__":
                class OnlyHere:
                    pass

                n = int(sys.stdin.readline())
                pool = mp.Pool(1)
                print(len(pool.map(safe, range(n))), len(pool.starmap(divmod, [(x, 3) for x in range(n)])))
                for i in range(n):
                    try:
                        pool.apply(work, (i,))
                    except KeyError:
                        pass
                print(len(list(pool.imap_unordered(safe, range(n)))))
                failed = 0
                for i in range(n):
                    for bad in (OnlyHere(), mp.Lock()):
                        try:
                            pool.apply(safe, ([i, "s" * i, {"k": bad}],))
                        except (AttributeError, RuntimeError):
                            failed += 1
                print(failed)
                pool.close()
                pool.join()
                q = mp.Queue()
                for i in range(n):
                    q.put(Box(i))
                    q.get()
                p = mp.Process(target=work, args=(q,))
                p.start()
                p.join()
                print(p.exitcode)
            """;

    @Test
    void copyingBetweenInterpretersLeavesNothingBehindInAny() throws IOException {
        assumeTrue(ObjectRegistry.ENABLED, "needs -D" + ObjectRegistry.PROPERTY + "=true (the check-refs execution)");
        List<String> few = survivors(3);
        List<String> many = survivors(30);
        assertFalse(few.isEmpty(), "the parent's report is always printed");
        assertEquals(few, many);
    }

    /** The report lines saying what is alive at exit, parent's and children's, sorted, without the creation counts. */
    private List<String> survivors(int n) throws IOException {
        ProgramHarness.Run r = ProgramHarness.run(dir, PROGRAM, null,
                new ByteArrayInputStream((n + "\n").getBytes(StandardCharsets.UTF_8)), true);
        assertEquals(n + " " + n + "\n" + n + "\n" + 2 * n + "\n1\n", r.out(), r::toString);
        List<String> lines = new ArrayList<>();
        for (String line : r.err().split("\n")) {
            int at = line.indexOf(" alive at exit:");
            if (line.startsWith("gilvm --check-refs:") && at >= 0) {
                lines.add(line.substring(at));
            } else if (line.startsWith("leak") || line.startsWith("missing-incref") || line.startsWith("cycle")) {
                lines.add(line);
            }
        }
        lines.sort(null);
        return lines;
    }
}
