package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gilvm.objects.ObjectRegistry;
import org.gilvm.objects.PyList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code --check-refs} reports: leaks (counts above the references found), missing
 * increfs (below), garbage cycles, and nothing for a balanced program, with the exit status
 * each gives. Runs in surefire's check-refs execution, whose JVM tracks objects.
 */
class CheckRefsReportTest {

    @BeforeEach
    void needsTracking() {
        assumeTrue(ObjectRegistry.ENABLED, "needs -D" + ObjectRegistry.PROPERTY + "=true (the check-refs execution)");
    }

    private record Result(String stdout, String stderr, int exit) {
        List<String> findings() {
            List<String> lines = new ArrayList<>();
            for (String line : stderr.split("\n")) {
                if (line.startsWith("leak:") || line.startsWith("missing-incref:") || line.startsWith("cycle:")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    /** Runs {@code source} checked; {@code before} may make Java-side objects the run will own. */
    private static Result run(String source, java.util.function.Consumer<Interpreter> before) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("prog.py"))
                .withStreams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .withCheckRefs(true);
        Interpreter interp = new Interpreter(cfg);
        before.accept(interp);
        int exit = new ProgramRunner(interp).runSource(source, "prog.py");
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }

    private static Result run(String source) {
        return run(source, interp -> {});
    }

    @Test
    void aBalancedProgramReportsEveryObjectFreed() {
        Result r = run("""
                class Point:
                    def __init__(self, x): self.x = x
                d = {i: [Point(i), str(i)] for i in range(300)}
                print(len(d))
                """);
        assertEquals("300\n", r.stdout());
        assertTrue(r.stderr().matches("gilvm --check-refs: \\d+ objects created, all freed at exit\n"), r.stderr());
        assertEquals(0, r.exit());
    }

    @Test
    void anObjectNobodyReleasesIsALeakAndTheExitStatusIsThree() {
        Result r = run("print('ran')\n", interp -> {
            try (var tracking = interp.trackObjects()) {
                new PyList();
            }
        });
        assertEquals("ran\n", r.stdout());
        assertEquals(List.of("leak: list (len 0) refcnt=1, no references found"), r.findings());
        assertEquals(RefCheck.EXIT_COUNT_ERRORS, r.exit());
    }

    @Test
    void aReferenceStoredWithoutAnIncrefIsAMissingIncref() {
        Result r = run("pass\n", interp -> {
            try (var tracking = interp.trackObjects()) {
                PyList shared = new PyList();
                PyList first = new PyList();
                PyList second = new PyList();
                first.appendOwned(shared);
                second.appendOwned(shared);
            }
        });
        assertEquals(List.of(
                "leak: list (len 1) refcnt=1, no references found",
                "leak: list (len 1) refcnt=1, no references found",
                "missing-incref: list (len 0) refcnt=1, 2 references found: from list (len 1), list (len 1)"),
                r.findings());
        assertEquals(RefCheck.EXIT_COUNT_ERRORS, r.exit());
    }

    @Test
    void garbageCyclesAreListedByComponentAndLeaveTheExitStatusAlone() {
        Result r = run("""
                a = []
                a.append(a)
                b = {}
                c = [b]
                b['c'] = c
                b['s'] = [0]  # kept alive by the cycle only
                import sys
                sys.exit(5)
                """);
        assertEquals(List.of("cycle: 1 object: list", "cycle: 2 objects: dict, list"), r.findings());
        assertTrue(r.stderr().contains("    list (len 1) refcnt=1, 1 reference found: from list (len 1)\n"), r.stderr());
        assertTrue(r.stderr().contains("    dict (len 2) refcnt=1, 1 reference found: from list (len 1)\n"), r.stderr());
        assertTrue(r.stderr().contains(", 1 kept alive by cycles"), r.stderr());
        assertEquals(5, r.exit());
    }

    @Test
    void teardownRunsDelOfObjectsTheModulesStillHoldAsCPythonDoes() {
        Result r = run("""
                class Noisy:
                    def __del__(self): print('bye', self.name)
                n = Noisy()
                n.name = 'n'
                print('end')
                """);
        // CPython 3.11 prints the same: module globals are cleared at exit.
        assertEquals("end\nbye n\n", r.stdout());
        assertEquals(List.of(), r.findings());
        assertEquals(0, r.exit());
    }
}
