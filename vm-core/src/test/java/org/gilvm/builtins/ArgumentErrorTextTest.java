package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A wrong argument count or keyword is reported in the words of the calling convention
 * CPython gives the builtin (METH_NOARGS, METH_O, Argument Clinic positional, Clinic with
 * keywords, PyArg_ParseTuple), naming it with or without its type or module as CPython
 * does. Every expected text is what python3 3.11.7 printed for the Python call shown.
 */
class ArgumentErrorTextTest extends BuiltinsTestSupport {
    private interface Call {
        PyObject run();
    }

    private DynamicTest row(String python, String expected, Call call) {
        return DynamicTest.dynamicTest(python + "  ->  " + expected, () -> {
            PyException e = assertThrows(PyException.class, call::run, python);
            assertEquals("TypeError: " + expected, e.value.type().name() + ": " + e.value.str(ts), python);
        });
    }

    private static final PyObject[] NONE = {};

    private static PyObject[] a(PyObject... args) {
        return args;
    }

    /** {@code self.name(*args, **dict(zip(kwnames, kwvalues)))}: the bound method, called. */
    private PyObject m(PyObject self, String name, PyObject[] args, String... kwnames) {
        PyObject f = Abstract.getAttr(ts, self, name);
        return f.call(ts, args, 0, args.length - kwnames.length, kwnames.length == 0 ? null : kwnames);
    }

    /** {@code module.fn(*args, **kw)} with the keyword values last in args. */
    private PyObject f(String module, String fn, PyObject[] args, String... kwnames) {
        return attr(module, fn).call(ts, args, 0, args.length - kwnames.length, kwnames.length == 0 ? null : kwnames);
    }

    private static final PyObject N = PyNone.None;

    @TestFactory
    Stream<DynamicTest> methO() {
        return Stream.of(
                row("[].append()", "list.append() takes exactly one argument (0 given)", () -> m(new PyList(), "append", NONE)),
                row("'a'.join()", "str.join() takes exactly one argument (0 given)", () -> m(s("a"), "join", NONE)),
                row("'a'.partition()", "str.partition() takes exactly one argument (0 given)", () -> m(s("a"), "partition", NONE)),
                row("set().add(1, 2)", "set.add() takes exactly one argument (2 given)", () -> m(new PySet(), "add", a(i(1), i(2)))),
                row("math.sqrt()", "math.sqrt() takes exactly one argument (0 given)", () -> f("math", "sqrt", NONE)),
                row("math.floor(1, 2)", "math.floor() takes exactly one argument (2 given)", () -> f("math", "floor", a(i(1), i(2)))),
                row("len(1, 2)", "len() takes exactly one argument (2 given)", () -> f("builtins", "len", a(i(1), i(2)))),
                row("abs()", "abs() takes exactly one argument (0 given)", () -> f("builtins", "abs", NONE)),
                row("[].append(x=1)", "list.append() takes no keyword arguments", () -> m(new PyList(), "append", a(i(1)), "x")),
                row("'a'.removeprefix(None)", "removeprefix() argument must be str, not None", () -> m(s("a"), "removeprefix", a(N))),
                row("list.append()", "unbound method list.append() needs an argument",
                        () -> BuiltinTypes.LIST.lookup("append").call(ts, NONE, 0, 0, null)),
                row("list.append(1, 2)", "descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                        () -> BuiltinTypes.LIST.lookup("append").call(ts, a(i(1), i(2)), 0, 2, null)));
    }

    @TestFactory
    Stream<DynamicTest> methNoargs() {
        return Stream.of(
                row("[].clear(1)", "list.clear() takes no arguments (1 given)", () -> m(new PyList(), "clear", a(i(1)))),
                row("(1.0).hex(1)", "float.hex() takes no arguments (1 given)", () -> m(new PyFloat(1.0), "hex", a(i(1)))),
                row("{}.keys(1)", "dict.keys() takes no arguments (1 given)", () -> m(new PyDict(), "keys", a(i(1)))),
                row("'a'.upper(1)", "str.upper() takes no arguments (1 given)", () -> m(s("a"), "upper", a(i(1)))),
                row("time.time(1)", "time.time() takes no arguments (1 given)", () -> f("time", "time", a(i(1)))),
                row("sys.exc_info(1)", "sys.exc_info() takes no arguments (1 given)", () -> f("sys", "exc_info", a(i(1)))),
                row("globals(1)", "globals() takes no arguments (1 given)", () -> f("builtins", "globals", a(i(1)))),
                row("[].clear(x=1)", "list.clear() takes no keyword arguments", () -> m(new PyList(), "clear", a(i(1)), "x")));
    }

    @TestFactory
    Stream<DynamicTest> clinicPositionalOnly() {
        return Stream.of(
                row("[].insert(1)", "insert expected 2 arguments, got 1", () -> m(new PyList(), "insert", a(i(1)))),
                row("[].index()", "index expected at least 1 argument, got 0", () -> m(new PyList(), "index", NONE)),
                row("[].pop(1, 2)", "pop expected at most 1 argument, got 2", () -> m(new PyList(), "pop", a(i(1), i(2)))),
                row("{}.get()", "get expected at least 1 argument, got 0", () -> m(new PyDict(), "get", NONE)),
                row("'a'.strip(None, 1)", "strip expected at most 1 argument, got 2", () -> m(s("a"), "strip", a(N, i(1)))),
                row("'a'.center()", "center expected at least 1 argument, got 0", () -> m(s("a"), "center", NONE)),
                row("math.pow(1)", "pow expected 2 arguments, got 1", () -> f("math", "pow", a(i(1)))),
                row("[].index(x=1)", "list.index() takes no keyword arguments", () -> m(new PyList(), "index", a(i(1)), "x")),
                row("math.pow(1, y=2)", "math.pow() takes no keyword arguments", () -> f("math", "pow", a(i(1), i(2)), "y")),
                row("'a'.replace(None, 'b')", "replace() argument 1 must be str, not None", () -> m(s("a"), "replace", a(N, s("b")))));
    }

    @TestFactory
    Stream<DynamicTest> clinicWithKeywords() {
        return Stream.of(
                row("[].sort(1)", "sort() takes no positional arguments", () -> m(new PyList(), "sort", a(i(1)))),
                row("[].sort(1, 2, 3)", "sort() takes at most 2 arguments (3 given)", () -> m(new PyList(), "sort", a(i(1), i(2), i(3)))),
                row("[].sort(key=None, reverse=False, x=1)", "sort() takes at most 2 keyword arguments (3 given)",
                        () -> m(new PyList(), "sort", a(N, N, i(1)), "key", "reverse", "x")),
                row("[].sort(x=1)", "'x' is an invalid keyword argument for sort()", () -> m(new PyList(), "sort", a(i(1)), "x")),
                row("'a'.split(1, 2, 3)", "split() takes at most 2 arguments (3 given)", () -> m(s("a"), "split", a(i(1), i(2), i(3)))),
                row("'a'.split('a', sep='b')", "argument for split() given by name ('sep') and position (1)",
                        () -> m(s("a"), "split", a(s("a"), s("b")), "sep")),
                row("'a'.splitlines(keepends=1, x=2)", "splitlines() takes at most 1 keyword argument (2 given)",
                        () -> m(s("a"), "splitlines", a(i(1), i(2)), "keepends", "x")),
                row("(1).to_bytes(1, 2, 3)", "to_bytes() takes at most 2 positional arguments (3 given)",
                        () -> m(i(1), "to_bytes", a(i(1), i(2), i(3)))),
                row("int.from_bytes()", "from_bytes() missing required argument 'bytes' (pos 1)",
                        () -> m(BuiltinTypes.INT, "from_bytes", NONE)),
                row("'a'.encode(encoding=None)", "encode() argument 'encoding' must be str, not None",
                        () -> m(s("a"), "encode", a(N), "encoding")),
                row("round()", "round() missing required argument 'number' (pos 1)", () -> f("builtins", "round", NONE)),
                row("pow(1)", "pow() missing required argument 'exp' (pos 2)", () -> f("builtins", "pow", a(i(1)))),
                row("math.isclose(1)", "isclose() missing required argument 'b' (pos 2)", () -> f("math", "isclose", a(i(1)))),
                row("math.isclose(1, 2, 3)", "isclose() takes exactly 2 positional arguments (3 given)",
                        () -> f("math", "isclose", a(i(1), i(2), i(3)))),
                row("print(zzz=1)", "'zzz' is an invalid keyword argument for print()", () -> f("builtins", "print", a(i(1)), "zzz")));
    }

    @TestFactory
    Stream<DynamicTest> parseTupleAndVarargs() {
        return Stream.of(
                row("'a'.find()", "find() takes at least 1 argument (0 given)", () -> m(s("a"), "find", NONE)),
                row("'a'.count(1, 2, 3, 4)", "count() takes at most 3 arguments (4 given)", () -> m(s("a"), "count", a(i(1), i(2), i(3), i(4)))),
                row("b'a'.startswith()", "startswith() takes at least 1 argument (0 given)",
                        () -> m(new PyBytes(new byte[] {97}), "startswith", NONE)),
                row("'a'.find(x=1)", "str.find() takes no keyword arguments", () -> m(s("a"), "find", a(i(1)), "x")),
                row("set().update(x=1)", "set.update() takes no keyword arguments", () -> m(new PySet(), "update", a(i(1)), "x")),
                row("math.gcd(x=1)", "math.gcd() takes no keyword arguments", () -> f("math", "gcd", a(i(1)), "x")));
    }
}
