package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gilvm.bytecode.Op;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyFrozenSet;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes one code object safe to run in several interpreters and threads at once: it is
 * immutable once built, and its constants (with what constant tuples and frozensets hold) are
 * immortal, so no interpreter writes their counts.
 */
class CodeSharingTest {
    @TempDir
    Path dir;

    private static final String WORK = """
            PAIRS = (1.5, (2.5, "two words"), b"xy")
            def kw(a, b, *, scale=1.0):
                return (a + b) * scale
            def run(n):
                total = 0.0
                for i in range(n):
                    total += kw(PAIRS[0], PAIRS[1][0], scale=0.5)
                    if i in {1.25, 2.75}:
                        total += 1000
                return total, PAIRS[1][1], len(PAIRS[2])
            """;

    @Test
    void everyFieldOfACodeObjectIsFinal() {
        for (Field f : PyCode.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertTrue(Modifier.isFinal(f.getModifiers()), "PyCode." + f.getName() + " is not final");
            }
        }
    }

    @Test
    void constantsAndWhatTheyHoldAreImmortal() {
        PyCode code = new CodeCache(CodeCache.DEFAULT_MAX_WEIGHT).compileModule(null, WORK, "work.py");
        List<PyObject> seen = new ArrayList<>();
        collectConstants(code, seen);
        assertTrue(seen.size() > 10, "constants found: " + seen.size());
        for (PyObject c : seen) {
            assertTrue(c.isImmortal(), c.getClass().getSimpleName() + " constant is not immortal");
        }
    }

    private static void collectConstants(PyObject c, List<PyObject> out) {
        out.add(c);
        if (c instanceof PyCode code) {
            for (PyObject k : code.consts) {
                collectConstants(k, out);
            }
        } else if (c instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                collectConstants(t.get(i), out);
            }
        } else if (c instanceof PyFrozenSet f) {
            assertEquals(2, f.size());
        }
    }

    @Test
    void keywordNamesAreReadyBeforeTheCodeRunsEvenPastExtendedArguments() {
        StringBuilder src = new StringBuilder("def f(**k): return k\n");
        for (int i = 0; i < 300; i++) {
            src.append("v").append(i).append(" = ").append(i + 1000).append('\n');
        }
        src.append("f(alpha=1, beta=2)\n");
        PyCode code = new CodeCache(CodeCache.DEFAULT_MAX_WEIGHT).compileModule(null, src.toString(), "kw.py");
        int kwNamesIndex = -1;
        int ext = 0;
        for (char unit : code.code) {
            int op = unit & 0xff;
            int arg = ext | unit >>> 8;
            ext = op == Op.EXTENDED_ARG ? arg << 8 : 0;
            if (op == Op.KW_NAMES) {
                kwNamesIndex = arg;
            }
        }
        assertTrue(kwNamesIndex > 255, "the KW_NAMES constant needs an EXTENDED_ARG: " + kwNamesIndex);
        assertArrayEquals(new String[] {"alpha", "beta"}, code.kwNames(kwNamesIndex));
        assertSame(code.kwNames(kwNamesIndex), code.kwNames(kwNamesIndex));
    }

    @Test
    void interpretersOnSeveralThreadsRunOneModulesCodeFromTheSharedCache() throws Exception {
        Files.writeString(dir.resolve("work.py"), WORK);
        int n = 4;
        List<Interpreter> interps = new ArrayList<>();
        List<ByteArrayOutputStream> outs = new ArrayList<>();
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py")).withStreams(
                    new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8)).withWorkingDirectory(dir);
            Interpreter interp = new Interpreter(cfg);
            interps.add(interp);
            outs.add(out);
            runs.add(() -> new ProgramRunner(interp).runSource("import work\nprint(work.run(20000))\n", "t.py"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> done = pool.invokeAll(runs);
            for (int i = 0; i < n; i++) {
                assertEquals(0, done.get(i).get(), outs.get(i).toString(StandardCharsets.UTF_8));
                assertEquals("(40000.0, 'two words', 2)\n", outs.get(i).toString(StandardCharsets.UTF_8));
            }
        } finally {
            pool.shutdown();
        }
        PyCode shared = runCode(interps.get(0));
        for (Interpreter interp : interps) {
            assertSame(shared, runCode(interp), "each interpreter runs the cached code object");
        }
        List<PyObject> constants = new ArrayList<>();
        collectConstants(shared, constants);
        for (PyObject c : constants) {
            assertTrue(c.isImmortal(), c.getClass().getSimpleName() + " constant is not immortal after the runs");
        }
    }

    private static PyCode runCode(Interpreter interp) {
        PyModule work = (PyModule) interp.modules().getStr("work");
        return ((PyFunction) work.dict().getStr("run")).code;
    }
}
