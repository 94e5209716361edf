package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.CompareOp;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/** The sys and time modules, against CPython 3.11.7. */
class SysTimeModuleTest extends BuiltinsTestSupport {

    @Test
    void sysDescribesTheInterpreter() {
        assertEquals("['t.py', 'arg1']", repr(attr("sys", "argv")));
        assertEquals("'3.11.7 (gilvm)'", repr(attr("sys", "version")));
        assertEquals("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
                repr(attr("sys", "version_info")));
        assertEquals("3", repr(Abstract.getAttr(ts, attr("sys", "version_info"), "major")));
        assertEquals("'final'", repr(Abstract.getAttr(ts, attr("sys", "version_info"), "releaselevel")));
        assertTrue(Abstract.richCompareBool(ts, attr("sys", "version_info"), tuple(i(3), i(8)), CompareOp.GE));
        assertEquals("9223372036854775807", repr(attr("sys", "maxsize")));
        assertEquals("'little'", repr(attr("sys", "byteorder")));
        assertEquals("'linux'", repr(attr("sys", "platform")));
        assertEquals("[]", repr(attr("sys", "path")));
        assertSame(interp.modules(), attr("sys", "modules"));
        assertEquals("'utf-8'", r("sys", "getdefaultencoding"));
        assertSame(PyBool.True, call("sys", "_is_gil_enabled"));
        assertEquals("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", repr(attr("sys", "stdout")));
        assertEquals("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>", repr(attr("sys", "stdin")));
        assertSame(attr("sys", "stdout"), attr("sys", "__stdout__"));
    }

    @Test
    void stdoutWriteReturnsTheLengthAndStderrIsLineBuffered() {
        PyObject write = Abstract.getAttr(ts, attr("sys", "stdout"), "write");
        assertEquals("2", repr(write.call(ts, new PyObject[] {s("hé")}, 0, 1, null)));
        PyObject errWrite = Abstract.getAttr(ts, attr("sys", "stderr"), "write");
        errWrite.call(ts, new PyObject[] {s("oops\n")}, 0, 1, null);
        assertEquals("oops\n", errBytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("hé", out());
    }

    @Test
    void sysExitRaisesSystemExit() {
        raises("SystemExit", "x", () -> call("sys", "exit", s("x")));
        raises("SystemExit", "", () -> call("sys", "exit"));
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> call("sys", "exit", tuple(i(1), i(2))));
        assertEquals("(1, 2)", repr(e.value.args()));
        assertEquals("(1, 2)", repr(Abstract.getAttr(ts, e.value, "code")));
        e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class, () -> call("sys", "exit", i(5)));
        assertEquals("5", repr(Abstract.getAttr(ts, e.value, "code")));
    }

    @Test
    void recursionLimit() {
        assertEquals("1000", r("sys", "getrecursionlimit"));
        call("sys", "setrecursionlimit", i(500));
        assertEquals("500", r("sys", "getrecursionlimit"));
        assertEquals(500, interp.recursionLimit());
        raises("ValueError", "recursion limit must be greater or equal than 1", () -> call("sys", "setrecursionlimit", i(0)));
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> call("sys", "setrecursionlimit", f(1.5)));
    }

    @Test
    void refcountInternAndExcInfo() {
        PyList l = ints(1);
        assertEquals(Integer.toString(l.refcnt), r("sys", "getrefcount", l));
        PyObject a = call("sys", "intern", s("some name"));
        assertSame(a, call("sys", "intern", s("some name")));
        raises("TypeError", "intern() argument must be str, not int", () -> call("sys", "intern", i(1)));
        assertEquals("(None, None, None)", r("sys", "exc_info"));
        assertEquals("None", r("sys", "exception"));
        ts.excInfo.value = Errors.valueError("bad").value;
        assertEquals("(<class 'ValueError'>, ValueError('bad'), None)", r("sys", "exc_info"));
        assertEquals("ValueError('bad')", r("sys", "exception"));
        ts.excInfo.value = null;
    }

    @Test
    void clocksAdvance() {
        double wall = ((PyFloat) call("time", "time")).value;
        assertTrue(Math.abs(wall - System.currentTimeMillis() / 1000.0) < 5, "time.time() = " + wall);
        long ns = ((PyInt) call("time", "time_ns")).value;
        assertTrue(Math.abs(ns / 1e9 - wall) < 5);
        double p0 = ((PyFloat) call("time", "perf_counter")).value;
        long m0 = ((PyInt) call("time", "monotonic_ns")).value;
        call("time", "sleep", f(0.02));
        double p1 = ((PyFloat) call("time", "perf_counter")).value;
        long m1 = ((PyInt) call("time", "monotonic_ns")).value;
        assertTrue(p1 - p0 >= 0.019, "slept " + (p1 - p0));
        assertTrue(m1 - m0 >= 19_000_000L);
        call("time", "sleep", i(0));
        assertTrue(((PyFloat) call("time", "process_time")).value > 0);
        assertTrue(((PyFloat) call("time", "thread_time")).value > 0);
        assertTrue(((PyInt) call("time", "perf_counter_ns")).value > 0);
        assertTrue(((PyFloat) call("time", "monotonic")).value > 0);
    }

    @Test
    void sleepChecksItsArgument() {
        raises("ValueError", "sleep length must be non-negative", () -> call("time", "sleep", i(-1)));
        raises("ValueError", "sleep length must be non-negative", () -> call("time", "sleep", f(-0.5)));
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> call("time", "sleep", s("a")));
        raises("OverflowError", "timestamp too large to convert to C _PyTime_t",
                () -> call("time", "sleep", MathModuleTest.big("18446744073709551616")));
        raises("ValueError", "Invalid value NaN (not a number)", () -> call("time", "sleep", f(Double.NaN)));
    }
}
