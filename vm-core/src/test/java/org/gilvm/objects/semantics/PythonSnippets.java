package org.gilvm.objects.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;

/**
 * Runs a small Python program in a fresh in-process interpreter and compares what it prints
 * with what CPython 3.11.7 printed for the same program (the expected texts in the tests
 * were produced by {@code python3}; the tests never run it).
 */
abstract class PythonSnippets {
    /** {@code t(f)} prints {@code repr(f())}, or the exception's type and message. */
    static final String T = """
            def t(f):
                try:
                    print(repr(f()))
                except Exception as e:
                    print(type(e).__name__ + ":", e)
            """;

    /** Runs source and returns its stdout; a non-zero exit fails with the program's stderr. */
    static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py"))
                .withStreams(new ByteArrayInputStream(new byte[0]), o, e);
        int exit = new ProgramRunner(new Interpreter(cfg)).runSource(source, "t.py");
        o.flush();
        e.flush();
        assertEquals(0, exit, () -> "exit status; stderr was:\n" + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    static void assertPrints(String expected, String source) {
        assertEquals(expected, run(source));
    }
}
