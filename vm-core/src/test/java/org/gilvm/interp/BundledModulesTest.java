package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pure-Python modules in the jar ({@code threading}, {@code queue}): found after
 * {@code sys.path}, named {@code <gilvm>/NAME.py} with their lines in tracebacks, imported
 * afresh by each interpreter.
 */
class BundledModulesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String source) {
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py")).withStreams(
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).withWorkingDirectory(dir);
        return new ProgramRunner(new Interpreter(cfg)).runSource(source, "t.py");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bundledModulesImportWithTheirGilvmFileNames() {
        assertEquals(0, run("import threading, queue\nprint(threading.__file__, queue.__file__, queue.__name__)\n"));
        assertEquals("<gilvm>/threading.py <gilvm>/queue.py queue\n", out());
    }

    @Test
    void aModuleBesideTheScriptShadowsTheBundledOne() throws IOException {
        Files.writeString(dir.resolve("queue.py"), "WHO = 'mine'\n");
        assertEquals(0, run("import queue\nprint(queue.WHO, queue.__file__.endswith('/queue.py'))\n"));
        assertEquals("mine True\n", out());
    }

    @Test
    void tracebacksThroughBundledModulesShowTheirSourceLines() {
        assertEquals(1, run("import queue\nqueue.Queue().get_nowait()\n"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("  File \"<gilvm>/queue.py\", line "), e);
        assertTrue(e.contains(", in get_nowait\n    return self.get(block=False)\n"), e);
        assertTrue(e.endsWith("\n_queue.Empty\n"), e);
    }

    @Test
    void onlyTopLevelNamesAreLookedUpInTheJar() {
        assertEquals(0, run("try:\n    import threading.queue\nexcept ImportError as e:\n    print(type(e).__name__, e)\n"
                + "try:\n    import _threading_local_missing\nexcept ImportError as e:\n    print(e)\n"));
        assertEquals("ModuleNotFoundError No module named 'threading.queue'; 'threading' is not a package\n"
                + "No module named '_threading_local_missing'\n", out());
    }

    @Test
    void eachInterpreterGetsItsOwnThreadingModule() {
        assertEquals(0, run("import threading\nthreading.marker = 1\nprint(threading.main_thread().name)\n"));
        out.reset();
        assertEquals(0, run("import threading\nprint(hasattr(threading, 'marker'), threading.active_count())\n"));
        assertEquals("False 1\n", out());
    }
}
