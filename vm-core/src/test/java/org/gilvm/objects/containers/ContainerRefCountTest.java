package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/**
 * Containers own exactly one reference per element: after the temporaries made by an
 * operation are released, element counts are back where they started. Floats are used
 * because they are not immortal.
 */
class ContainerRefCountTest extends ContainerTestSupport {

    private final PyFloat x = new PyFloat(1.25), y = new PyFloat(2.5), z = new PyFloat(-7.0);

    private void assertCounts(int expected) {
        assertEquals(expected, x.refcnt, "x");
        assertEquals(expected, y.refcnt, "y");
        assertEquals(expected, z.refcnt, "z");
    }

    /** {@code type(list(items))}, releasing the temporary list. */
    private PyObject viaList(java.util.function.Function<PyObject, PyObject> make, PyObject... items) {
        for (PyObject o : items) {
            ts.incref(o);
        }
        PyList tmp = list(items);
        PyObject r = make.apply(tmp);
        ts.decref(tmp);
        return r;
    }

    @Test
    void setsReleaseWhatTheyDropAndWhatTheyBuild() {
        PyObject s = viaList(this::set, x, y);
        call(s, "add", z);
        assertCounts(2);
        PyObject other = viaList(this::set, z);
        PyObject u = Abstract.binaryOp(ts, s, other, BinaryOps.XOR);
        PyObject v = viaList(l -> call(s, "intersection", l), y, z);
        ts.decref(u);
        ts.decref(v);
        ts.decref(other);
        assertCounts(2);
        call(s, "discard", y);
        assertEquals(1, y.refcnt);
        ts.decref(s);
        assertCounts(1);
    }

    @Test
    void listsReleaseRemovedAndSortedKeys() {
        PyList l = list(x, y, z);
        ts.incref(x);
        ts.incref(y);
        ts.incref(z);
        call(l, "sort");
        call(l, "reverse");
        PyObject c = Abstract.binaryOp(ts, l, i(3), BinaryOps.MULTIPLY);
        assertCounts(5);
        ts.decref(c);
        ts.decref(call(l, "pop", i(0)));
        call(l, "remove", x);
        assertEquals(1, x.refcnt);
        call(l, "clear");
        assertCounts(1);
    }

    @Test
    void dictsAndViewsReleaseWhatTheyDrop() {
        PyDict d = new PyDict();
        d.put(ts, x, y);
        PyObject items = call(d, "items");
        PyObject both = Abstract.binaryOp(ts, items, items, BinaryOps.OR);
        ts.decref(both);
        ts.decref(items);
        assertEquals(2, x.refcnt);
        PyObject popped = call(d, "popitem");
        ts.decref(popped);
        assertEquals(1, x.refcnt);
        assertEquals(1, y.refcnt);
    }
}
