package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a program's end becomes the process status: SystemExit, exit()/quit(), uncaught errors. */
class ExitStatusTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String source) {
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py")).withStreams(
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ProgramRunner(new Interpreter(cfg)).runSource(source, "t.py");
    }

    @Test
    void exitBuiltinRaisesSystemExit() {
        assertEquals(3, run("print(repr(exit), repr(quit))\nexit(3)\n"));
        assertEquals("Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quitWithAMessagePrintsItAndExitsOne() {
        assertEquals(1, run("quit('bye')\n"));
        assertEquals("bye\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitWithoutACodeIsSuccess() {
        assertEquals(0, run("try:\n    exit()\nfinally:\n    print('cleanup')\n"));
        assertEquals("cleanup\n", out.toString(StandardCharsets.UTF_8));
    }
}
