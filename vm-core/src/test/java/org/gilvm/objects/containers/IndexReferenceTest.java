package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyMethodDescr;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;

/**
 * {@code Abstract.index} (CPython's PyNumber_Index) returns a new reference whether its
 * argument is an int or has {@code __index__}, and its callers give that reference back:
 * the ints below are past the small-int cache, so their counts are visible.
 */
class IndexReferenceTest extends ContainerTestSupport {
    private final PyInt thousand = PyInt.of(1000);

    /** An instance whose __index__ returns {@code result}, as a new reference. */
    private PyObject indexReturning(PyObject result) {
        PyDict ns = new PyDict();
        ns.setStrSteal(ts, "__index__", new PyMethodDescr("__index__", BuiltinTypes.OBJECT, (t, argv, off, n, kw) -> {
            t.incref(result);
            return result;
        }));
        PyType cls = PyType.heap(ts, "I", "I", "__main__", new PyType[0], ns);
        return cls.call(ts, new PyObject[0], 0, 0, null);
    }

    @Test
    void anExactIntComesBackIncreffed() {
        int before = thousand.refcnt;
        PyInt r = Abstract.index(ts, thousand);
        assertSame(thousand, r);
        assertEquals(before + 1, thousand.refcnt);
        ts.decref(r);
        assertEquals(before, thousand.refcnt);
    }

    @Test
    void anIndexResultIsHandedOverAsItIs() {
        PyObject i = indexReturning(thousand);
        int before = thousand.refcnt;
        PyInt r = Abstract.index(ts, i);
        assertSame(thousand, r);
        assertEquals(before + 1, thousand.refcnt);
        ts.decref(r);
        assertEquals(before, thousand.refcnt);
    }

    @Test
    void aBoolFromIndexBecomesAnExactInt() {
        PyInt r = Abstract.index(ts, indexReturning(PyBool.True));
        assertEquals(BuiltinTypes.INT, r.type());
        assertEquals("1", repr(r));
    }

    @Test
    void aNonIntFromIndexIsReleasedWithTheError() {
        PyFloat half = new PyFloat(0.5);
        PyObject i = indexReturning(half);
        int before = half.refcnt;
        assertRaises("TypeError", "__index__ returned non-int (type float)", () -> Abstract.index(ts, i));
        assertEquals(before, half.refcnt);
    }

    @Test
    void callersGiveTheReferenceBack() {
        PyObject[] items = new PyObject[1001];
        java.util.Arrays.fill(items, PyInt.of(7));
        PyTuple t = PyTuple.of(items);
        PyStr s = new PyStr("x".repeat(1001));
        PyBytes b = new PyBytes(new byte[1001]);
        int before = thousand.refcnt;
        for (PyObject n : new PyObject[] {thousand, indexReturning(thousand)}) {
            ts.decref(t.getItem(ts, n));
            ts.decref(s.getItem(ts, n));
            ts.decref(b.getItem(ts, n));
            ts.decref(make(BuiltinTypes.BYTES, n));
            ts.decref(make(BuiltinTypes.ENUMERATE, new PyList(), n));
            ts.decref(Abstract.binaryOp(ts, new PyList(), n, BinaryOps.MULTIPLY));
            ts.decref(call(PyInt.of(5), "__round__", n));
            Abstract.asLong(ts, n);
            Abstract.asInt(ts, n);
            Abstract.asClampedLong(ts, n);
        }
        assertEquals(before, thousand.refcnt);
    }
}
