package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.CompareOp;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNotImplemented;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;

/**
 * list.sort is CPython's timsort: same results, same stability, and the same sequence of
 * {@code <} calls (checked through objects that log or count their comparisons).
 */
class ListSortTest extends ContainerTestSupport {

    /** A value whose {@code <} is logged, and which can be told to raise. */
    static final class Logged extends PyObject {
        final long v;
        final List<String> log;
        final int failAfter;

        Logged(long v, List<String> log, int failAfter) {
            this.v = v;
            this.log = log;
            this.failAfter = failAfter;
        }

        @Override
        public PyType type() {
            return BuiltinTypes.OBJECT;
        }

        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
            if (op != CompareOp.LT) {
                return PyNotImplemented.NotImplemented;
            }
            Logged w = (Logged) other;
            log.add(v + "<" + w.v);
            if (log.size() == failAfter) {
                throw Errors.runtimeError("boom");
            }
            return PyBool.of(v < w.v);
        }
    }

    private PyList logged(List<String> log, int failAfter, long... values) {
        PyList l = new PyList();
        for (long v : values) {
            l.appendOwned(new Logged(v, log, failAfter));
        }
        return l;
    }

    private static long[] valuesOf(PyList l) {
        long[] out = new long[l.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ((Logged) l.get(k)).v;
        }
        return out;
    }

    private void sort(PyObject l) {
        call(l, "sort");
    }

    private void sortKw(PyObject l, String[] names, PyObject... values) {
        callKw(l, "sort", new PyObject[0], names, values);
    }

    /** A builtin function object wrapping a Java lambda, to pass as key=. */
    private static PyObject function(String name, org.gilvm.objects.BuiltinBody body) {
        return new PyBuiltinFunction(name, name, body, null);
    }

    @Test
    void sortsIntsStrsFloatsAndSequences() {
        PyObject a = ints(3, 1, 2, -5, 1);
        sort(a);
        assertReprs("[-5, 1, 1, 2, 3]", a);
        PyObject b = list(s("b"), s("a"), s("B"), s("\u00e4"), s("aa"));
        sort(b);
        assertReprs("['B', 'a', 'aa', 'b', '\u00e4']", b);
        PyObject c = list(f(2.5), i(1), f(-1.5), PyBool.True);
        sort(c);
        assertReprs("[-1.5, 1, True, 2.5]", c);
        PyObject d = list(ints(2), ints(1, 5), ints(1));
        sort(d);
        assertReprs("[[1], [1, 5], [2]]", d);
        PyObject e = list(tuple(i(2), s("a")), tuple(i(1), s("b")), tuple(i(1), s("a")));
        sort(e);
        assertReprs("[(1, 'a'), (1, 'b'), (2, 'a')]", e);
    }

    @Test
    void keyAndReverseKeepEqualItemsInOrder() {
        PyObject abs = function("abs", (ts, argv, off, n, kw) -> {
            long v = ((org.gilvm.objects.PyInt) argv[off]).value;
            return i(Math.abs(v));
        });
        PyObject a = ints(-3, 1, -2, 2);
        sortKw(a, new String[] {"key"}, abs);
        assertReprs("[1, -2, 2, -3]", a);
        PyObject b = ints(-3, 1, -2, 2);
        sortKw(b, new String[] {"key", "reverse"}, abs, PyBool.True);
        assertReprs("[-3, -2, 2, 1]", b);
        PyObject first = function("first", (ts, argv, off, n, kw) -> argv[off].getItem(ts, i(0)));
        PyObject c = list(tuple(i(1), s("a")), tuple(i(0), s("b")), tuple(i(1), s("c")));
        sortKw(c, new String[] {"key", "reverse"}, first, i(2));
        assertReprs("[(1, 'a'), (1, 'c'), (0, 'b')]", c);
    }

    @Test
    void makesTheSameComparisonsAsCPython() {
        List<String> log = new ArrayList<>();
        PyList l = logged(log, -1, 5, 3, 8, 1, 9, 2, 7);
        sort(l);
        assertEquals("3<5 8<3 8<5 1<5 1<3 9<5 9<8 2<5 2<3 2<1 7<5 7<9 7<8", String.join(" ", log));
        log.clear();
        PyList r = logged(log, -1, 5, 3, 8, 1, 9, 2, 7);
        sortKw(r, new String[] {"reverse"}, PyBool.True);
        assertEquals("2<7 9<2 9<7 1<7 1<2 8<7 8<9 3<7 3<2 5<7 5<2 5<3", String.join(" ", log));
        assertEquals("[9, 8, 7, 5, 3, 2, 1]", Arrays.toString(valuesOf(r)));
    }

    @Test
    void largeSortsGallopAndMergeLikeCPython() {
        long[] vals = new long[500];
        long x = 12345;
        for (int k = 0; k < vals.length; k++) {
            x = (x * 1103515245L + 12345) % (1L << 31);
            vals[k] = x % 1000;
        }
        List<String> log = new ArrayList<>();
        PyList l = logged(log, -1, vals);
        sort(l);
        assertEquals(3829, log.size());
        long[] expected = vals.clone();
        Arrays.sort(expected);
        assertEquals(Arrays.toString(expected), Arrays.toString(valuesOf(l)));

        long[] runs = new long[800];
        for (int k = 0; k < 800; k++) {
            runs[k] = k % 200 < 150 ? ((long) k * k * 31 + 7L * k) % 600 : k;
        }
        long[] a = Arrays.copyOfRange(runs, 0, 200);
        long[] b = Arrays.copyOfRange(runs, 200, 450);
        long[] c = Arrays.copyOfRange(runs, 450, 800);
        Arrays.sort(a);
        Arrays.sort(b);
        Arrays.sort(c);
        long[] input = new long[800];
        System.arraycopy(a, 0, input, 0, 200);
        for (int k = 0; k < 250; k++) {
            input[200 + k] = b[249 - k];
        }
        System.arraycopy(c, 0, input, 450, 350);
        log.clear();
        sort(logged(log, -1, input));
        assertEquals(2967, log.size());
        log.clear();
        sortKw(logged(log, -1, input), new String[] {"reverse"}, PyBool.True);
        assertEquals(3903, log.size());
    }

    @Test
    void aFailedComparisonPropagatesAndLeavesAPermutation() {
        assertRaises("TypeError", "'<' not supported between instances of 'str' and 'int'", () -> {
            PyObject l = list(i(3), s("a"), i(1));
            try {
                sort(l);
            } finally {
                assertReprs("[3, 'a', 1]", l);
            }
        });
        List<String> log = new ArrayList<>();
        long[] vals = new long[300];
        for (int k = 0; k < vals.length; k++) {
            vals[k] = (k * 7919L) % 301;
        }
        PyList l = logged(log, 1500, vals);
        assertRaises("RuntimeError", "boom", () -> sort(l));
        long[] after = valuesOf(l);
        Arrays.sort(after);
        long[] before = vals.clone();
        Arrays.sort(before);
        assertEquals(Arrays.toString(before), Arrays.toString(after));
    }

    @Test
    void mutatingTheListDuringTheSortIsDetected() {
        PyList l = ints(3, 1, 2);
        PyObject appending = function("k", (ts, argv, off, n, kw) -> {
            l.append(ts, argv[off]);
            ts.incref(argv[off]);
            return argv[off];
        });
        assertRaises("ValueError", "list modified during sort",
                () -> sortKw(l, new String[] {"key"}, appending));
        assertReprs("[1, 2, 3]", l);
    }

    @Test
    void aFailingKeyFunctionLeavesTheListAlone() {
        PyList l = ints(3, 1, 2);
        PyObject failing = function("k", (ts, argv, off, n, kw) -> {
            throw Errors.valueError("bad key");
        });
        assertRaises("ValueError", "bad key", () -> sortKw(l, new String[] {"key"}, failing));
        assertReprs("[3, 1, 2]", l);
        assertRaises("TypeError", "'int' object is not callable", () -> sortKw(l, new String[] {"key"}, i(1)));
        PyObject empty = ints();
        sortKw(empty, new String[] {"key"}, i(1));
        assertReprs("[]", empty);
    }
}
