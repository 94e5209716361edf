package org.gilvm.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilvm.spi.StrategySettings;
import org.junit.jupiter.api.Test;

/**
 * What every strategy must do, and what each promises: every strategy's test class extends
 * this and says which promises it makes. Concurrency is checked by invariants (exact counts),
 * never by timing.
 */
abstract class StrategyCompatibilityKit {
    /** The provider id under test. */
    abstract String strategyId();

    StrategySettings settings() {
        return StrategySettings.defaults();
    }

    /** Whether containers and reference counts stay consistent when threads share them. */
    abstract boolean promisesSafety();

    /** Whether objects carry reference counts (and are freed at zero). */
    abstract boolean countsReferences();

    abstract boolean hasGil();

    ProgramRun run(String source) {
        return ProgramRun.of(strategyId(), settings(), source);
    }

    /**
     * Runs {@code body} (which defines work(k)) on N threads through _thread and waits for all;
     * what escapes work(k) is collected in {@code _errors} (reprs), in no particular order.
     */
    static String onThreads(int n, String body) {
        return """
                import _thread
                N = %d
                _left = [N]
                _guard = _thread.allocate_lock()
                _done = _thread.allocate_lock()
                _done.acquire()
                %s
                _errors = []
                def _run(k):
                    try:
                        work(k)
                    except BaseException as e:
                        _errors.append(repr(e))
                    finally:
                        with _guard:
                            _left[0] -= 1
                            if _left[0] == 0:
                                _done.release()
                for _k in range(N):
                    _thread.start_new_thread(_run, (_k,))
                _done.acquire()
                """.formatted(n, body);
    }

    @Test
    void runsAnOrdinaryProgramAsCPythonDoes() {
        ProgramRun r = run("""
                class Point:
                    def __init__(self, x, y):
                        self.x, self.y = x, y
                    def __repr__(self):
                        return f"Point({self.x}, {self.y})"
                def gen(n):
                    for i in range(n):
                        yield Point(i, i * i)
                d = {p.x: p for p in gen(4)}
                try:
                    d[9]
                except KeyError as e:
                    print("missing", e)
                print(sorted(d.values(), key=lambda p: -p.y), len(d))
                """);
        assertEquals("missing 9\n[Point(3, 9), Point(2, 4), Point(1, 1), Point(0, 0)] 4\n", r.out(), r.toString());
        assertEquals(0, r.status());
    }

    @Test
    void saysWhetherItHasAGil() {
        ProgramRun r = run("import sys\nprint(sys._is_gil_enabled(), sys.getswitchinterval())\n");
        assertEquals((hasGil() ? "True" : "False") + " 0.005\n", r.out(), r.toString());
    }

    @Test
    void getrefcountOfTheSeedExample() {
        ProgramRun r = run("import sys\na = []\nb = a\nprint(sys.getrefcount(a))\n");
        if (countsReferences()) {
            assertEquals("3\n", r.out(), r.toString());
        } else {
            assertEquals(1, r.status(), r.toString());
            assertTrue(r.err().contains("RuntimeError: sys.getrefcount() is not available under the '"
                    + strategyId() + "' strategy"), r.toString());
        }
    }

    @Test
    void delRunsWhenTheLastReferenceGoesUnderReferenceCounting() {
        ProgramRun r = run("""
                class A:
                    def __del__(self):
                        print("del", self.name)
                a = A()
                a.name = "x"
                del a
                print("after")
                """);
        if (countsReferences()) {
            assertEquals("del x\nafter\n", r.out(), r.toString());
        } else {
            // The collector runs __del__ later, or not at all if the program ends first.
            assertTrue(r.out().startsWith("after\n"), r.toString());
        }
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void threadsRunAndTheProgramWaitsForThem() {
        ProgramRun r = run(onThreads(3, """
                results = []
                def work(k):
                    results.append(k * 10)
                """) + "print(sorted(results))\n");
        if (!promisesSafety() && r.status() == 134) {
            // Without protection even three appends can race; a detected race is a valid end.
            assertTrue(r.err().startsWith("Fatal Python error: "), r.toString());
            return;
        }
        assertEquals("[0, 10, 20]\n", r.out(), r.toString());
    }

    @Test
    void concurrentAppendsLoseNothingWhereSafetyIsPromised() {
        if (!promisesSafety()) {
            return;
        }
        ProgramRun r = run(onThreads(4, """
                shared = []
                def work(k):
                    for i in range(20000):
                        shared.append(i)
                """) + "print(len(shared), sum(shared))\n");
        assertEquals("80000 799960000\n", r.out(), r.toString());
    }

    @Test
    void concurrentStoresOfDistinctKeysAreAllKept() {
        if (!promisesSafety()) {
            return;
        }
        ProgramRun r = run(onThreads(4, """
                shared = {}
                def work(k):
                    for i in range(10000):
                        shared[k * 100000 + i] = i
                """) + "print(len(shared), sum(shared.values()))\n");
        assertEquals("40000 199980000\n", r.out(), r.toString());
    }

    @Test
    void printsFromManyThreadsKeepEveryLineWhole() {
        if (!promisesSafety()) {
            return;
        }
        // One write per line: print() writes its pieces separately, and CPython does not keep
        // those together across threads either.
        ProgramRun r = run(onThreads(4, """
                import sys
                def work(k):
                    for i in range(2000):
                        sys.stdout.write(f"thread {k} line {i}\\n")
                """));
        String[] lines = r.out().split("\n");
        assertEquals(8000, lines.length, r.err());
        java.util.Set<String> distinct = new java.util.HashSet<>(java.util.List.of(lines));
        assertEquals(8000, distinct.size());
        for (String line : lines) {
            assertTrue(line.matches("thread [0-3] line \\d+"), line);
        }
    }
}
