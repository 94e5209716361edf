package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySlice;
import org.junit.jupiter.api.Test;

/** list methods, subscripts and operators against CPython 3.11. */
class ListMethodsTest extends ContainerTestSupport {

    private static final PyInt HUGE = PyInt.of(java.math.BigInteger.TEN.pow(30));

    private PyObject range(long n) {
        return Abstract.toList(ts, make(BuiltinTypes.RANGE, i(n)));
    }

    private static PySlice slice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step);
    }

    @Test
    void insertClampsItsIndex() {
        PyObject l = ints(1, 2);
        call(l, "insert", i(-10), i(0));
        call(l, "insert", i(10), i(9));
        call(l, "insert", i(-1), i(5));
        assertReprs("[0, 1, 2, 5, 9]", l);
    }

    @Test
    void popRemovesByIndex() {
        PyObject l = ints(1, 2, 3, 4);
        assertReprs("4", call(l, "pop"));
        assertReprs("1", call(l, "pop", i(0)));
        assertReprs("3", call(l, "pop", i(-1)));
        assertRaises("IndexError", "pop index out of range", () -> call(l, "pop", i(3)));
        assertRaises("IndexError", "pop from empty list", () -> call(ints(), "pop"));
        assertRaises("TypeError", "list.pop() takes no keyword arguments",
                () -> callKw(l, "pop", new PyObject[0], new String[] {"index"}, i(0)));
        assertRaises("OverflowError", "Python int too large to convert to C ssize_t", () -> call(l, "pop", HUGE));
    }

    @Test
    void removeIndexAndCountCompareByEquality() {
        PyObject l = ints(1, 2, 3, 2);
        assertReprs("2", call(l, "count", i(2)));
        assertReprs("1", call(l, "index", f(2.0)));
        assertReprs("3", call(l, "index", i(2), i(2)));
        assertReprs("2", call(ints(1, 2, 3), "index", i(3), i(-1)));
        assertRaises("ValueError", "5 is not in list", () -> call(l, "index", i(5)));
        assertRaises("ValueError", "'a' is not in list", () -> call(l, "index", s("a")));
        assertRaises("ValueError", "1 is not in list", () -> call(l, "index", i(1), HUGE));
        assertRaises("TypeError", "slice indices must be integers or have an __index__ method",
                () -> call(l, "index", i(2), PyNone.None));
        call(l, "remove", i(2));
        assertReprs("[1, 3, 2]", l);
        assertRaises("ValueError", "list.remove(x): x not in list", () -> call(l, "remove", i(7)));
    }

    @Test
    void clearCopyAndReverse() {
        PyObject l = ints(1, 2, 3);
        PyObject c = call(l, "copy");
        assertNotSame(l, c);
        call(l, "reverse");
        assertReprs("[3, 2, 1]", l);
        call(l, "clear");
        assertReprs("[]", l);
        assertReprs("[1, 2, 3]", c);
    }

    @Test
    void reversedWalksDownAndStopsWhenTheListShrinks() {
        PyList l = ints(1, 2, 3, 4);
        PyObject it = call(l, "__reversed__");
        assertEquals("list_reverseiterator", it.type().name());
        assertReprs("4", it.next(ts));
        call(l, "pop");
        call(l, "pop");
        assertNull(it.next(ts));
        assertEquals("[3, 2, 1]", listRepr(call(ints(1, 2, 3), "__reversed__")));
    }

    @Test
    void subscriptsCheckTheirIndex() {
        PyObject l = ints(1);
        assertRaises("IndexError", "cannot fit 'int' into an index-sized integer", () -> l.getItem(ts, HUGE));
        assertRaises("IndexError", "list index out of range", () -> l.getItem(ts, i(1)));
        assertRaises("TypeError", "list indices must be integers or slices, not str", () -> l.getItem(ts, s("a")));
        assertRaises("IndexError", "list assignment index out of range", () -> l.setItem(ts, i(1), i(2)));
        assertRaises("IndexError", "list assignment index out of range", () -> l.delItem(ts, i(5)));
        assertReprs("1", l.getItem(ts, i(-1)));
        call(l, "__setitem__", i(0), i(7));
        assertReprs("[7]", l);
        call(l, "__delitem__", i(0));
        assertReprs("[]", l);
    }

    @Test
    void sliceDeletionWithSteps() {
        PyObject a = range(10);
        a.delItem(ts, slice(PyNone.None, PyNone.None, i(3)));
        assertReprs("[1, 2, 4, 5, 7, 8]", a);
        PyObject b = range(10);
        b.delItem(ts, slice(PyNone.None, PyNone.None, i(-3)));
        assertReprs("[1, 2, 4, 5, 7, 8]", b);
        PyObject c = range(10);
        c.delItem(ts, slice(i(8), i(1), i(-2)));
        assertReprs("[0, 1, 3, 5, 7, 9]", c);
    }

    @Test
    void sliceAssignment() {
        PyObject a = range(6);
        a.setItem(ts, slice(PyNone.None, PyNone.None, i(2)), list(s("a"), s("b"), s("c")));
        assertReprs("['a', 1, 'b', 3, 'c', 5]", a);
        PyObject b = range(6);
        b.setItem(ts, slice(PyNone.None, PyNone.None, i(-1)), b);
        assertReprs("[5, 4, 3, 2, 1, 0]", b);
        PyObject c = range(6);
        c.setItem(ts, slice(i(1), i(3), PyNone.None), tuple(i(7), i(8), i(9)));
        assertReprs("[0, 7, 8, 9, 3, 4, 5]", c);
        PyObject d = range(6);
        d.setItem(ts, slice(i(4), i(1), PyNone.None), tuple(i(7)));
        assertReprs("[0, 1, 2, 3, 7, 4, 5]", d);
        PyObject e = range(6);
        e.setItem(ts, slice(i(-2), PyNone.None, PyNone.None), ints());
        assertReprs("[0, 1, 2, 3]", e);
    }

    @Test
    void sliceAssignmentErrors() {
        PyObject l = ints(1, 2, 3);
        assertRaises("TypeError", "can only assign an iterable",
                () -> l.setItem(ts, slice(i(1), i(2), PyNone.None), i(5)));
        assertRaises("TypeError", "must assign iterable to extended slice",
                () -> l.setItem(ts, slice(PyNone.None, PyNone.None, i(2)), i(5)));
        assertRaises("ValueError", "attempt to assign sequence of size 1 to extended slice of size 2",
                () -> l.setItem(ts, slice(PyNone.None, PyNone.None, i(2)), ints(1)));
    }

    @Test
    void repetitionAndConcatenation() {
        PyObject l = ints(1, 2);
        assertSame(l, Abstract.inplaceOp(ts, l, i(3), BinaryOps.MULTIPLY));
        assertSame(l, Abstract.inplaceOp(ts, l, tuple(i(7)), BinaryOps.ADD));
        assertReprs("[1, 2, 1, 2, 1, 2, 7]", l);
        assertReprs("[]", Abstract.binaryOp(ts, ints(1, 2), i(0), BinaryOps.MULTIPLY));
        assertReprs("[]", Abstract.binaryOp(ts, ints(1, 2), i(-1), BinaryOps.MULTIPLY));
        assertReprs("[1, 2]", Abstract.binaryOp(ts, ints(1, 2), PyBool.True, BinaryOps.MULTIPLY));
        assertReprs("[1, 2, 1, 2]", Abstract.binaryOp(ts, i(2), ints(1, 2), BinaryOps.MULTIPLY));
        assertRaises("OverflowError", "cannot fit 'int' into an index-sized integer",
                () -> Abstract.binaryOp(ts, ints(1), HUGE, BinaryOps.MULTIPLY));
        assertRaises("TypeError", "can only concatenate list (not \"tuple\") to list",
                () -> Abstract.binaryOp(ts, ints(1), tuple(), BinaryOps.ADD));
        PyObject m = ints(1, 2);
        Abstract.inplaceOp(ts, m, i(0), BinaryOps.MULTIPLY);
        assertReprs("[]", m);
    }

    @Test
    void extendTakesAnyIterableIncludingItself() {
        PyObject l = ints(1, 2);
        call(l, "extend", l);
        call(l, "extend", make(BuiltinTypes.RANGE, i(2)));
        assertReprs("[1, 2, 1, 2, 0, 1]", l);
        assertRaises("TypeError", "'int' object is not iterable", () -> call(l, "extend", i(1)));
    }
}
