package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a program's end becomes the process status: SystemExit, exit()/quit(), uncaught errors. */
class ExitStatusTest {
    private final CapturedRun program = new CapturedRun();

    private int run(String source) {
        return program.run(source);
    }

    @Test
    void exitBuiltinRaisesSystemExit() {
        assertEquals(3, run("print(repr(exit), repr(quit))\nexit(3)\n"));
        assertEquals("Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit\n",
                program.out());
    }

    @Test
    void quitWithAMessagePrintsItAndExitsOne() {
        assertEquals(1, run("quit('bye')\n"));
        assertEquals("bye\n", program.err());
    }

    @Test
    void exitWithoutACodeIsSuccess() {
        assertEquals(0, run("try:\n    exit()\nfinally:\n    print('cleanup')\n"));
        assertEquals("cleanup\n", program.out());
    }
}
