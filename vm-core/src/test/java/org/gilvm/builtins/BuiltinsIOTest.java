package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinBody;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** print, input and open, with expectations from CPython 3.11.7. */
class BuiltinsIOTest extends BuiltinsTestSupport {
    @TempDir
    Path dir;

    BuiltinsIOTest() {
        super("hello\nworld");
    }

    PyObject print(PyObject[] args, String[] names, PyObject... values) {
        return callKw("builtins", "print", args, names, values);
    }

    /** {@code f.name(*args)}. */
    PyObject m(PyObject f, String name, PyObject... args) {
        PyObject bound = Abstract.getAttr(ts, f, name);
        return bound.call(ts, args, 0, args.length, null);
    }

    PyObject open(Path p, String mode) {
        return b("open", s(p.toString()), s(mode));
    }

    PyObject open(String name, String mode, String kw, PyObject value) {
        return callKw("builtins", "open", new PyObject[] {s(name), s(mode)}, new String[] {kw}, value);
    }

    @Test
    void printWritesSeparatorsAndEndToSysStdout() {
        b("print", i(1), s("a"), PyNone.None);
        print(new PyObject[] {i(1), i(2)}, new String[] {"sep", "end"}, s("-"), s("!"));
        b("print");
        print(new PyObject[] {s("x"), s("y")}, new String[] {"sep", "end"}, PyNone.None, PyNone.None);
        assertEquals("1 a None\n1-2!\nx y\n", out());
    }

    @Test
    void printChecksItsKeywordArguments() {
        raises("TypeError", "sep must be None or a string, not int", () -> print(new PyObject[] {i(1)}, new String[] {"sep"}, i(1)));
        raises("TypeError", "end must be None or a string, not int", () -> print(new PyObject[] {i(1)}, new String[] {"end"}, i(2)));
        raises("AttributeError", "'int' object has no attribute 'write'",
                () -> print(new PyObject[] {i(1)}, new String[] {"file"}, i(1)));
        raises("TypeError", "'foo' is an invalid keyword argument for print()",
                () -> print(new PyObject[] {i(1)}, new String[] {"foo"}, i(1)));
    }

    @Test
    void printCallsWriteOnAnyFileObject() {
        PyList written = new PyList();
        BuiltinBody write = (t, argv, off, n, kw) -> {
            written.append(t, argv[off + 1]);
            return PyNone.None;
        };
        PyType sink = userClass("Sink", "write", write);
        PyObject file = instance(sink);
        print(new PyObject[] {i(1), i(2)}, new String[] {"file"}, file);
        assertEquals("['1', ' ', '2', '\\n']", repr(written));
        module("sys").dict().setStr(ts, "stdout", file);
        b("print", s("via sys"));
        assertEquals("['1', ' ', '2', '\\n', 'via sys', '\\n']", repr(written));
        module("sys").dict().setStr(ts, "stdout", PyNone.None);
        b("print", s("lost"));
        assertEquals("", out());
    }

    @Test
    void printFlushesOnRequestAndStdoutIsBuffered() {
        b("print", s("buffered"));
        assertEquals("", outBytes.toString(StandardCharsets.UTF_8));
        print(new PyObject[] {s("now")}, new String[] {"flush"}, org.gilvm.objects.PyBool.True);
        assertEquals("buffered\nnow\n", outBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMillionPrintsAreFast() {
        PyObject[] arg = new PyObject[1];
        PyObject print = attr("builtins", "print");
        long t0 = System.nanoTime();
        for (int k = 0; k < 1_000_000; k++) {
            arg[0] = i(k & 0xff);
            print.call(ts, arg, 0, 1, null);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(3_570_266, out().length());
        assertTrue(ms < 5_000, "a million prints took " + ms + " ms");
    }

    @Test
    void inputReadsLinesFromStdinAndWritesThePrompt() {
        assertEquals("'hello'", r("builtins", "input", s("> ")));
        assertEquals("'world'", r("builtins", "input"));
        raises("EOFError", "EOF when reading a line", () -> b("input"));
        raises("TypeError", "input expected at most 1 argument, got 2", () -> b("input", i(1), i(2)));
        assertEquals("> ", out());
    }

    @Test
    void textFilesWriteReadAndTranslateNewlines() throws IOException {
        Path p = dir.resolve("t.txt");
        PyObject f = open(p, "w");
        assertEquals("<_io.TextIOWrapper name='" + p + "' mode='w' encoding='UTF-8'>", repr(f));
        assertEquals("6", repr(m(f, "write", s("héllo\n"))));
        m(f, "writelines", list(s("a\r\n"), s("b\rc\n"), s("d")));
        raises("TypeError", "write() argument must be str, not int", () -> m(f, "write", i(1)));
        m(f, "close");
        assertEquals("True", repr(Abstract.getAttr(ts, f, "closed")));
        raises("ValueError", "I/O operation on closed file.", () -> m(f, "write", s("x")));
        assertArrayEquals("héllo\na\r\nb\rc\nd".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(p));

        PyObject g = open(p, "r");
        assertEquals("'héllo\\n'", repr(m(g, "readline")));
        assertEquals("'a\\n'", repr(m(g, "readline")));
        assertEquals("'b\\n'", repr(m(g, "readline", i(5))));
        assertEquals("'c'", repr(m(g, "read", i(1))));
        assertEquals("'\\nd'", repr(m(g, "read")));
        assertEquals("''", repr(m(g, "readline")));
        m(g, "close");
        PyObject h = open(p.toString(), "r", "newline", s(""));
        assertEquals("['héllo\\n', 'a\\r\\n', 'b\\r', 'c\\n', 'd']", repr(m(h, "readlines")));
        PyObject lines = Abstract.toList(ts, open(p, "r"));
        assertEquals("['héllo\\n', 'a\\n', 'b\\n', 'c\\n', 'd']", repr(lines));
    }

    @Test
    void appendUpdateAndSeekFollowCPython() {
        Path p = dir.resolve("u.txt");
        PyObject w = open(p, "w");
        m(w, "write", s("hello"));
        m(w, "close");
        PyObject f = open(p, "r+");
        assertEquals("'he'", repr(m(f, "read", i(2))));
        m(f, "write", s("XY"));
        m(f, "close");
        assertEquals("'helloXY'", repr(m(open(p, "r"), "read")));
        PyObject g = open(p, "r+");
        m(g, "write", s("AB"));
        assertEquals("'lloXY'", repr(m(g, "read")));
        assertEquals("7", repr(m(g, "tell")));
        assertEquals("0", repr(m(g, "seek", i(0))));
        assertEquals("'ABl'", repr(m(g, "read", i(3))));
        raises("UnsupportedOperation", "can't do nonzero cur-relative seeks", () -> m(g, "seek", i(1), i(1)));
        m(g, "close");
        PyObject a = open(p, "a+");
        m(a, "seek", i(0));
        assertEquals("'ABlloXY'", repr(m(a, "read")));
        m(a, "write", s("!"));
        m(a, "seek", i(0));
        assertEquals("'ABlloXY!'", repr(m(a, "read")));
        m(a, "close");
    }

    @Test
    void binaryFilesReadAndWriteBytes() throws IOException {
        Path p = dir.resolve("b.bin");
        PyObject f = open(p, "wb");
        assertEquals("<_io.BufferedWriter name='" + p + "'>", repr(f));
        assertEquals("'wb'", repr(Abstract.getAttr(ts, f, "mode")));
        assertEquals("3", repr(m(f, "write", new org.gilvm.objects.PyBytes(new byte[] {'x', '\n', 'z'}))));
        raises("TypeError", "a bytes-like object is required, not 'str'", () -> m(f, "write", s("x")));
        m(f, "close");
        raises("ValueError", "write to closed file", () -> m(f, "write", new org.gilvm.objects.PyBytes(new byte[0])));
        PyObject g = open(p, "rb");
        assertEquals("b'x\\n'", repr(m(g, "readline")));
        assertEquals("b'z'", repr(m(g, "read", i(-1))));
        raises("UnsupportedOperation", "write", () -> m(g, "write", new org.gilvm.objects.PyBytes(new byte[0])));
        assertArrayEquals(new byte[] {'x', '\n', 'z'}, Files.readAllBytes(p));
    }

    @Test
    void openRejectsBadModesAndArguments() {
        String name = dir.resolve("x").toString();
        raises("ValueError", "invalid mode: 'z'", () -> b("open", s(name), s("z")));
        raises("ValueError", "must have exactly one of create/read/write/append mode", () -> b("open", s(name), s("rw")));
        raises("ValueError", "can't have text and binary mode at once", () -> b("open", s(name), s("rt+b")));
        raises("ValueError", "binary mode doesn't take an encoding argument", () -> open(name, "rb", "encoding", s("utf-8")));
        raises("ValueError", "illegal newline value: x", () -> open(name, "w", "newline", s("x")));
        raises("TypeError", "open() argument 'errors' must be str or None, not int", () -> open(name, "r", "errors", i(1)));
        raises("TypeError", "expected str, bytes or os.PathLike object, not float", () -> b("open", f(1.5)));
        raises("LookupError", "unknown encoding: bogus", () -> open(name, "w", "encoding", s("bogus")));
    }

    @Test
    void openRaisesOSErrorSubclassesWithErrnoAndFilename() {
        String missing = dir.resolve("missing.txt").toString();
        PyException e = osError(() -> b("open", s(missing)));
        assertEquals("FileNotFoundError 2 'No such file or directory' '" + missing + "'", describe(e));
        e = osError(() -> b("open", s(dir.toString())));
        assertEquals("IsADirectoryError 21 'Is a directory' '" + dir + "'", describe(e));
        String existing = dir.resolve("e.txt").toString();
        m(b("open", s(existing), s("w")), "close");
        e = osError(() -> b("open", s(existing), s("x")));
        assertEquals("FileExistsError 17 'File exists' '" + existing + "'", describe(e));
        e = osError(() -> b("open", s(existing + "/sub")));
        assertEquals("NotADirectoryError 20 'Not a directory' '" + existing + "/sub'", describe(e));
        raises("UnsupportedOperation", "not readable", () -> m(b("open", s(existing), s("w")), "read"));
        raises("UnsupportedOperation", "not writable", () -> m(b("open", s(existing)), "write", s("x")));
    }

    private static PyException osError(Runnable body) {
        try {
            body.run();
        } catch (PyException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }

    private String describe(PyException e) {
        return e.value.type().name() + " " + repr(Abstract.getAttr(ts, e.value, "errno")) + " "
                + repr(Abstract.getAttr(ts, e.value, "strerror")) + " " + repr(Abstract.getAttr(ts, e.value, "filename"));
    }

    @Test
    void encodingsOtherThanUtf8() throws IOException {
        Path p = dir.resolve("l.txt");
        PyObject f = open(p.toString(), "w", "encoding", s("latin-1"));
        assertEquals("<_io.TextIOWrapper name='" + p + "' mode='w' encoding='latin-1'>", repr(f));
        m(f, "write", s("é"));
        m(f, "close");
        assertArrayEquals(new byte[] {(byte) 0xe9}, Files.readAllBytes(p));
        raises("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data",
                () -> m(open(p, "r"), "read"));
        PyObject a = open(p.toString(), "w", "encoding", s("ascii"));
        raises("UnicodeEncodeError", "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)",
                () -> m(a, "write", s("aé")));
    }

    @Test
    void withStatementProtocol() {
        Path p = dir.resolve("w.txt");
        PyObject f = open(p, "w");
        PyObject entered = m(f, "__enter__");
        assertEquals(f, entered);
        m(f, "__exit__", PyNone.None, PyNone.None, PyNone.None);
        assertEquals("True", repr(Abstract.getAttr(ts, f, "closed")));
        raises("ValueError", "I/O operation on closed file.", () -> m(f, "__enter__"));
        assertEquals("<class 'str'>", repr(b("repr", s("")).type()));
        assertTrue(out().isEmpty());
        assertEquals(PyStr.class, s("").getClass());
    }
}
