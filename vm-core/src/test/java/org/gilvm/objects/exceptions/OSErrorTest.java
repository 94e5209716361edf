package org.gilvm.objects.exceptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code OSError(*args)} picks its subclass by errno and shows itself as CPython 3.11.7 does:
 * each row is the arguments, then type(e).__name__, str(e), e.args, e.errno, e.strerror,
 * e.filename and e.filename2 as python3 printed them.
 */
class OSErrorTest {
    final Interpreter interp = new Interpreter(InterpreterConfig.standard(List.of("t.py")));
    final ThreadState ts = new ThreadState(interp);

    private static final Object[][] CASES = {
            {args(), "OSError", "", "()", "None", "None", "None", "None"},
            {args("a"), "OSError", "a", "('a',)", "None", "None", "None", "None"},
            {args(2), "OSError", "2", "(2,)", "None", "None", "None", "None"},
            {args(2, "No such file or directory"), "FileNotFoundError", "[Errno 2] No such file or directory",
                    "(2, 'No such file or directory')", "2", "'No such file or directory'", "None", "None"},
            {args(2, "No such file or directory", "x"), "FileNotFoundError",
                    "[Errno 2] No such file or directory: 'x'", "(2, 'No such file or directory')", "2",
                    "'No such file or directory'", "'x'", "None"},
            {args(2, "msg", "x", null, "y"), "FileNotFoundError", "[Errno 2] msg: 'x' -> 'y'", "(2, 'msg')",
                    "2", "'msg'", "'x'", "'y'"},
            {args(2, "msg", "x", 5, "y", 6), "OSError", "(2, 'msg', 'x', 5, 'y', 6)",
                    "(2, 'msg', 'x', 5, 'y', 6)", "None", "None", "None", "None"},
            {args(2, "msg", null), "FileNotFoundError", "[Errno 2] msg", "(2, 'msg', None)", "2", "'msg'",
                    "None", "None"},
            {args("a", "b"), "OSError", "[Errno a] b", "('a', 'b')", "'a'", "'b'", "None", "None"},
            {args(17, "e"), "FileExistsError", "[Errno 17] e", "(17, 'e')", "17", "'e'", "None", "None"},
            {args(13, "p"), "PermissionError", "[Errno 13] p", "(13, 'p')", "13", "'p'", "None", "None"},
            {args(1, "p"), "PermissionError", "[Errno 1] p", "(1, 'p')", "1", "'p'", "None", "None"},
            {args(21, "d"), "IsADirectoryError", "[Errno 21] d", "(21, 'd')", "21", "'d'", "None", "None"},
            {args(20, "n"), "NotADirectoryError", "[Errno 20] n", "(20, 'n')", "20", "'n'", "None", "None"},
            {args(32, "b"), "BrokenPipeError", "[Errno 32] b", "(32, 'b')", "32", "'b'", "None", "None"},
            {args(11, "x"), "BlockingIOError", "[Errno 11] x", "(11, 'x')", "11", "'x'", "None", "None"},
            {args(110, "x"), "TimeoutError", "[Errno 110] x", "(110, 'x')", "110", "'x'", "None", "None"},
            {args(99, "x"), "OSError", "[Errno 99] x", "(99, 'x')", "99", "'x'", "None", "None"},
            {args(2.0, "x"), "OSError", "[Errno 2.0] x", "(2.0, 'x')", "2.0", "'x'", "None", "None"},
            {args(true, "x"), "PermissionError", "[Errno True] x", "(True, 'x')", "True", "'x'", "None", "None"},
            {args(null, "x"), "OSError", "[Errno None] x", "(None, 'x')", "None", "'x'", "None", "None"},
    };

    /** Python values from Java ones: String, Integer, Double, Boolean, null for None. */
    private static PyObject[] args(Object... values) {
        PyObject[] out = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = switch (values[i]) {
                case null -> PyNone.None;
                case String s -> new PyStr(s);
                case Integer n -> PyInt.of(n);
                case Double d -> new PyFloat(d);
                case Boolean b -> PyBool.of(b);
                default -> throw new IllegalArgumentException(values[i].toString());
            };
        }
        return out;
    }

    private PyObject construct(PyType type, PyObject... argv) {
        return type.call(ts, argv, 0, argv.length, null);
    }

    private String attr(PyObject o, String name) {
        return Abstract.getAttr(ts, o, name).repr(ts);
    }

    @TestFactory
    Stream<DynamicTest> osErrorMatchesCPython() {
        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest("OSError" + c[3] + " is a " + c[1], () -> {
            PyObject e = construct(ExceptionTypes.OS_ERROR, (PyObject[]) c[0]);
            assertEquals(c[1], e.type().name());
            assertEquals(c[2], e.str(ts));
            assertEquals(c[3], attr(e, "args"));
            assertEquals(c[4], attr(e, "errno"));
            assertEquals(c[5], attr(e, "strerror"));
            assertEquals(c[6], attr(e, "filename"));
            assertEquals(c[7], attr(e, "filename2"));
        }));
    }

    @Test
    void reprShowsTheTruncatedArgs() {
        PyObject e = construct(ExceptionTypes.OS_ERROR, args(2, "No such file or directory", "x"));
        assertEquals("FileNotFoundError(2, 'No such file or directory')", e.repr(ts));
    }

    @Test
    void onlyOSErrorItselfPicksASubclass() {
        assertEquals("FileNotFoundError", construct(ExceptionTypes.FILE_NOT_FOUND_ERROR, args(13, "x")).type().name());
        assertEquals("PermissionError", construct(ExceptionTypes.PERMISSION_ERROR, args(2, "x")).type().name());
    }

    @Test
    void keywordsAreRefused() {
        PyObject[] argv = args(2, "x", 1);
        PyException e = assertThrows(PyException.class,
                () -> ExceptionTypes.OS_ERROR.call(ts, argv, 0, 2, new String[] {"foo"}));
        assertEquals("OSError() takes no keyword arguments", e.value.str(ts));
    }

    @Test
    void attributesSetLaterChangeStrButNotArgs() {
        PyObject e = construct(ExceptionTypes.OS_ERROR, args(2, "x", "f"));
        e.setAttr(ts, "errno", PyInt.of(5));
        assertEquals("[Errno 5] x: 'f'", e.str(ts));
        assertEquals("(2, 'x')", attr(e, "args"));
        e.setAttr(ts, "strerror", PyNone.None);
        assertEquals("[Errno 5] None: 'f'", e.str(ts));
        PyObject noName = construct(ExceptionTypes.OS_ERROR, args(2, "x"));
        noName.setAttr(ts, "filename", PyNone.None);
        assertEquals("[Errno 2] x: None", noName.str(ts));
    }

    @Test
    void blockingIOErrorTakesCharactersWrittenForAFilename() {
        PyObject e = construct(ExceptionTypes.BLOCKING_IO_ERROR, args(11, "x", 5));
        assertEquals("[Errno 11] x", e.str(ts));
        assertEquals("(11, 'x', 5)", attr(e, "args"));
        assertEquals("5", attr(e, "characters_written"));
        assertEquals("None", attr(e, "filename"));
    }

    @Test
    void theVMsOwnOSErrorsReadTheSame() {
        PyBaseException e = Errors.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", "x").value;
        assertEquals("[Errno 2] No such file or directory: 'x'", e.str(ts));
        assertEquals("'x'", attr(e, "filename"));
        PyBaseException noFile = Errors.osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", null).value;
        assertEquals("[Errno 22] Invalid argument", noFile.str(ts));
        assertEquals("None", attr(noFile, "filename"));
    }
}
