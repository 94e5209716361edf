package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the user's own modules: compiled through the shared {@link CodeCache} (one code
 * object for every interpreter, a new one when the file changes), sys.path[0] as CPython sets
 * it, coding cookies, and the error reports that name a module's absolute path (the golden
 * corpus, which holds no absolute paths, has the rest: tests/golden/imports). The expected
 * texts are what CPython 3.11 printed for the same files.
 */
class ModuleImportTest {
    @TempDir
    Path dir;

    private Interpreter interp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String source) {
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py")).withStreams(
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).withWorkingDirectory(dir);
        interp = new Interpreter(cfg);
        return new ProgramRunner(interp).runSource(source, "t.py");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String real() throws IOException {
        return dir.toRealPath().toString();
    }

    private PyCode codeOf(String module, String function) {
        PyModule m = (PyModule) interp.modules().getStr(module);
        return ((PyFunction) m.dict().getStr(function)).code;
    }

    @Test
    void twoInterpretersImportingOneFileShareItsCodeObject() throws IOException {
        Files.writeString(dir.resolve("shared_mod.py"), "def f():\n    return 'f'\n");
        long hits = CodeCache.shared().cache().stats().hitCount();
        assertEquals(0, run("import shared_mod\nprint(shared_mod.f())\n"));
        PyCode first = codeOf("shared_mod", "f");
        assertEquals(0, run("import shared_mod\nprint(shared_mod.f())\n"));
        assertSame(first, codeOf("shared_mod", "f"));
        assertEquals("f\nf\n", out());
        assertTrue(CodeCache.shared().cache().stats().hitCount() >= hits + 2, "the module and the main script hit");
    }

    @Test
    void anEditedModuleIsCompiledAgain() throws IOException {
        Path file = dir.resolve("edited.py");
        Files.writeString(file, "def f():\n    return 'old'\n");
        assertEquals(0, run("import edited\nprint(edited.f())\n"));
        PyCode before = codeOf("edited", "f");
        Files.writeString(file, "def f():\n    return 'new'\n");
        assertEquals(0, run("import edited\nprint(edited.f())\n"));
        assertNotSame(before, codeOf("edited", "f"));
        assertEquals("old\nnew\n", out());
    }

    @Test
    void sysPathZeroIsTheScriptsRealDirectory() throws IOException {
        assertEquals(0, run("import sys\nprint(sys.path[0])\n"));
        assertEquals(real() + "\n", out());
    }

    @Test
    void aCodingCookieDecidesHowAModuleIsRead() throws IOException {
        Files.write(dir.resolve("latin.py"), "# -*- coding: latin-1 -*-\nX = '\u00e9t\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, run("import latin\nprint(latin.X, len(latin.X))\n"));
        assertEquals("\u00e9t\u00e9 3\n", out());
    }

    @Test
    void aSyntaxErrorInAModuleIsReportedWithItsPath() throws IOException {
        Files.writeString(dir.resolve("bad.py"), "x = 1\ndef f(:\n    pass\n");
        assertEquals(1, run("import bad\n"));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    import bad
                  File "DIR/bad.py", line 2
                    def f(:
                          ^
                SyntaxError: invalid syntax
                """.replace("DIR", real()), err());
    }

    @Test
    void aTracebackThroughAModuleShowsItsLines() throws IOException {
        Files.writeString(dir.resolve("m.py"), "def boom():\n    return 1 / 0\n");
        assertEquals(1, run("import m\nm.boom()\n"));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 2, in <module>
                    m.boom()
                  File "DIR/m.py", line 2, in boom
                    return 1 / 0
                           ~~^~~
                ZeroDivisionError: division by zero
                """.replace("DIR", real()), err());
    }

    @Test
    void aMissingNameIsReportedWithTheModulesPath() throws IOException {
        Files.writeString(dir.resolve("m.py"), "X = 1\n");
        assertEquals(1, run("from m import nope\n"));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    from m import nope
                ImportError: cannot import name 'nope' from 'm' (DIR/m.py)
                """.replace("DIR", real()), err());
    }

    @Test
    void aNamespacePackageDirectoryLosesToAModuleOfTheSameName() throws IOException {
        Files.createDirectories(dir.resolve("both"));
        Files.writeString(dir.resolve("both.py"), "WHO = 'module'\n");
        assertEquals(0, run("import both\nprint(both.WHO, both.__file__.endswith('both.py'))\n"));
        assertEquals("module True\n", out());
    }

    @Test
    void aSysPathEntryWithANulByteFailsAsInCPython() throws IOException {
        Files.writeString(dir.resolve("ok.py"), "V = 1\n");
        assertEquals(0, run("import sys\nsys.path.insert(0, 'a\\0b')\ntry:\n    import ok\nexcept ValueError as e:\n"
                + "    print(e)\n"));
        assertEquals("embedded null byte\n", out());
    }
}
