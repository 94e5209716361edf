package org.gilvm.objects.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.CompareOp;
import org.gilvm.objects.FormatSpec;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySlice;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.Rounding;
import org.gilvm.objects.StrFormat;
import org.gilvm.objects.StrRepr;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs Python expressions' Java equivalents and compares what they give with what CPython
 * 3.11.7 printed for the same expression: the repr of the result, or
 * {@code "ExceptionType: message"}. Each case reads {@code row(python source, CPython's
 * outcome, java equivalent)}.
 */
abstract class StringsTestSupport {
    final Interpreter interp = new Interpreter(InterpreterConfig.standard(List.of("t.py")));
    final ThreadState ts = new ThreadState(interp);

    /** An operation under test: returns a PyObject or a Java String (a str result). */
    @FunctionalInterface
    interface Op {
        Object run();
    }

    record Case(String python, String expected, Op op) {}

    static Case row(String python, String expected, Op op) {
        return new Case(python, expected, op);
    }

    /** One dynamic test per case, named after the Python expression. */
    Stream<DynamicTest> run(Case... cases) {
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c.python() + "  ->  " + c.expected(),
                () -> assertEquals(c.expected(), outcome(c.op()), c.python())));
    }

    /** What CPython would print for the result of op: its repr, or the exception. */
    String outcome(Op op) {
        try {
            Object r = op.run();
            if (r instanceof String s) {
                return StrRepr.repr(s);
            }
            return ((PyObject) r).repr(ts);
        } catch (PyException e) {
            return e.type().name() + ": " + e.value.str(ts);
        }
    }

    // ---- values ---------------------------------------------------------------------

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyInt big(String digits) {
        return PyInt.of(new java.math.BigInteger(digits));
    }

    static PyFloat f(String repr) {
        return new PyFloat(switch (repr) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(repr);
        });
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

    /** bytes whose values are the chars of a Latin-1 string. */
    static PyBytes b(String latin1) {
        return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PyObject none() {
        return PyNone.None;
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyList list(PyObject... items) {
        PyList l = new PyList();
        for (PyObject o : items) {
            l.appendOwned(o);
        }
        return l;
    }

    PyDict dict(PyObject... keysAndValues) {
        PyDict d = new PyDict();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            d.put(ts, keysAndValues[k], keysAndValues[k + 1]);
        }
        return d;
    }

    PyObject range(long start, long stop) {
        return Abstract.call(ts, org.gilvm.objects.BuiltinTypes.RANGE, i(start), i(stop));
    }

    static PySlice slice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step);
    }

    static PyObject[] args(PyObject... a) {
        return a;
    }

    /** Keyword arguments as alternating names and values. */
    static Object[] kw(Object... namesAndValues) {
        return namesAndValues;
    }

    // ---- operations -----------------------------------------------------------------

    /** {@code obj.name(*args, **kw)}: the attribute found as Python finds it, then called. */
    PyObject call(PyObject self, String name, PyObject[] args, Object... kw) {
        PyObject f = Abstract.getAttr(ts, self, name);
        return invoke(f, args, kw);
    }

    PyObject attr(PyObject self, String name) {
        return Abstract.getAttr(ts, self, name);
    }

    PyObject construct(PyType type, PyObject[] args, Object... kw) {
        return invoke(type, args, kw);
    }

    private PyObject invoke(PyObject f, PyObject[] args, Object[] kw) {
        int nkw = kw.length / 2;
        PyObject[] argv = new PyObject[args.length + nkw];
        System.arraycopy(args, 0, argv, 0, args.length);
        String[] names = nkw == 0 ? null : new String[nkw];
        for (int k = 0; k < nkw; k++) {
            names[k] = (String) kw[2 * k];
            argv[args.length + k] = (PyObject) kw[2 * k + 1];
        }
        return f.call(ts, argv, 0, args.length, names);
    }

    String format(PyObject value, String spec) {
        return FormatSpec.format(ts, value, spec);
    }

    String percent(String format, PyObject args) {
        return StrFormat.percent(ts, format, args);
    }

    PyObject round(PyObject x) {
        return Rounding.round(ts, x, null);
    }

    PyObject round(PyObject x, PyObject ndigits) {
        return Rounding.round(ts, x, ndigits);
    }

    PyObject binary(PyObject a, int nb, PyObject b) {
        return Abstract.binaryOp(ts, a, b, nb);
    }

    PyObject getItem(PyObject o, PyObject key) {
        return o.getItem(ts, key);
    }

    PyObject contains(PyObject container, PyObject item) {
        return PyBool.of(container.contains(ts, item));
    }

    PyObject compare(PyObject a, CompareOp op, PyObject b) {
        return Abstract.richCompare(ts, a, b, op);
    }

    PyObject len(PyObject o) {
        return PyInt.of(o.len(ts));
    }

    PyObject listOf(PyObject o) {
        return Abstract.toList(ts, o);
    }

    String str(PyObject o) {
        return Abstract.str(ts, o);
    }
}
