package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/** tuple.index/count and range's methods, attributes and reversal against CPython 3.11. */
class TupleRangeTest extends ContainerTestSupport {

    private PyObject range(long... args) {
        PyObject[] a = new PyObject[args.length];
        for (int k = 0; k < args.length; k++) {
            a[k] = i(args[k]);
        }
        return make(BuiltinTypes.RANGE, a);
    }

    @Test
    void tupleIndexAndCount() {
        PyObject t = tuple(i(1), i(2), i(1));
        assertReprs("2", call(t, "index", i(1), i(1)));
        assertReprs("2", call(tuple(i(1), i(2), i(3)), "index", i(3), i(-1)));
        assertReprs("2", call(t, "count", i(1)));
        assertReprs("1", call(t, "index", f(2.0)));
        assertRaises("ValueError", "tuple.index(x): x not in tuple", () -> call(t, "index", i(3)));
        assertRaises("ValueError", "tuple.index(x): x not in tuple", () -> call(t, "index", i(2), i(0), i(1)));
        assertRaises("TypeError", "slice indices must be integers or have an __index__ method",
                () -> call(t, "index", i(1), PyNone.None));
    }

    @Test
    void rangeIndexIsArithmeticForInts() {
        PyObject r = range(1, 20, 3);
        assertReprs("2", call(r, "index", i(7)));
        assertReprs("0", call(r, "index", PyBool.True));
        assertReprs("4", call(range(-5, 5, 2), "index", i(3)));
        assertReprs("5", call(range(10, -10, -3), "index", i(-5)));
        assertRaises("ValueError", "10 is not in range", () -> call(range(10), "index", i(10)));
        assertRaises("ValueError", "sequence.index(x): x not in sequence", () -> call(range(10), "index", s("a")));
        assertReprs("3", call(range(10), "index", f(3.0)));
    }

    @Test
    void rangeCount() {
        assertReprs("1", call(range(1, 20, 3), "count", i(7)));
        assertReprs("0", call(range(1, 20, 3), "count", i(8)));
        assertReprs("1", call(range(10), "count", f(3.0)));
        assertReprs("0", call(range(0, 10, 2), "count", i(3)));
    }

    @Test
    void rangeAttributes() {
        PyObject r = range(0, 10, 3);
        assertReprs("0", Abstract.getAttr(ts, r, "start"));
        assertReprs("10", Abstract.getAttr(ts, r, "stop"));
        assertReprs("3", Abstract.getAttr(ts, r, "step"));
        assertReprs("1", Abstract.getAttr(ts, range(5), "step"));
    }

    @Test
    void reversedRangesCountDown() {
        assertEquals("[19, 16, 13, 10, 7, 4, 1]", listRepr(call(range(1, 20, 3), "__reversed__")));
        assertEquals("[2, 6, 10]", listRepr(call(range(10, 0, -4), "__reversed__")));
        assertEquals("[]", listRepr(call(range(0), "__reversed__")));
        assertEquals("range_iterator", call(range(3), "__reversed__").type().name());
    }
}
