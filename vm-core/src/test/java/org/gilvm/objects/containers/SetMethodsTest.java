package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.CompareOp;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyNotImplemented;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/** set and frozenset methods, comparisons and errors, with CPython 3.11's texts. */
class SetMethodsTest extends ContainerTestSupport {

    @Test
    void addDiscardAndRemoveChangeMembership() {
        PyObject s = setOf(1, 2);
        call(s, "add", i(3));
        call(s, "add", i(3));
        call(s, "discard", i(1));
        call(s, "discard", i(99));
        call(s, "remove", i(2));
        assertReprs("{3}", s);
        assertRaises("KeyError", "2", () -> call(s, "remove", i(2)));
        call(s, "clear");
        assertReprs("set()", s);
        assertFalse(truth(s));
    }

    @Test
    void unhashableItemsAreRejected() {
        assertRaises("TypeError", "unhashable type: 'list'", () -> set(list(ints(1))));
        assertRaises("TypeError", "unhashable type: 'list'", () -> call(setOf(1), "add", ints()));
        assertRaises("TypeError", "unhashable type: 'set'", () -> Abstract.hash(ts, setOf(1)));
        assertSame(PyNone.None, BuiltinTypes.SET.lookup("__hash__"));
    }

    @Test
    void aSetIsLookedUpAsTheEqualFrozenset() {
        PyObject s = set(list(frozen(ints(1))));
        assertTrue(s.contains(ts, setOf(1)));
        assertRaises("KeyError", "{1}", () -> call(setOf(1), "remove", setOf(1)));
        call(s, "discard", setOf(1));
        assertEquals(0, s.len(ts));
    }

    @Test
    void copyMakesAnIndependentSetButAFrozensetIsItsOwnCopy() {
        PyObject s = setOf(1, 2);
        PyObject c = call(s, "copy");
        call(c, "add", i(3));
        assertReprs("{1, 2}", s);
        PyObject fs = frozen(ints(1));
        assertSame(fs, call(fs, "copy"));
        assertSame(fs, frozen(fs));
    }

    @Test
    void updateTakesAnyNumberOfIterables() {
        PyObject s = setOf(10, 20, 30);
        PyDict d = new PyDict();
        d.put(ts, i(3), s("x"));
        call(s, "update", ints(1), tuple(i(2)), d);
        assertReprs("{1, 2, 3, 10, 20, 30}", s);
        assertRaises("TypeError", "'int' object is not iterable", () -> call(s, "update", i(1)));
        assertReprs("{1}", call(setOf(1), "intersection"));
        assertReprs("{2}", call(setOf(1, 2), "intersection", ints(2), ints(2, 3)));
        assertReprs("{1}", call(setOf(1), "difference"));
    }

    @Test
    void subsetAndSupersetTestsFollowCPython() {
        assertTrue(truth(call(setOf(1, 2), "issubset", ints(2, 1, 5))));
        assertFalse(truth(call(setOf(1, 7), "issubset", setOf(1))));
        assertTrue(truth(call(setOf(1, 2, 3), "issuperset", tuple(i(3)))));
        // issuperset stops at the first missing item; issubset builds a set first.
        assertFalse(truth(call(setOf(1), "issuperset", list(i(2), ints()))));
        assertRaises("TypeError", "unhashable type: 'list'", () -> call(setOf(1), "issubset", list(i(1), ints())));
        assertTrue(truth(call(setOf(1), "isdisjoint", ints(2, 3))));
        assertFalse(truth(call(setOf(1), "isdisjoint", frozen(ints(1)))));
        assertRaises("TypeError", "'int' object is not iterable", () -> call(setOf(1), "isdisjoint", i(1)));
    }

    @Test
    void comparisonsAreSubsetOrder() {
        assertTrue(Abstract.richCompareBool(ts, setOf(1), setOf(1, 2), CompareOp.LT));
        assertFalse(Abstract.richCompareBool(ts, setOf(1, 2), setOf(1, 2), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(ts, setOf(1, 2), setOf(1, 2), CompareOp.LE));
        assertTrue(Abstract.richCompareBool(ts, setOf(1, 2, 3), setOf(3), CompareOp.GT));
        assertTrue(Abstract.richCompareBool(ts, setOf(1, 2), frozen(ints(2, 1)), CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(ts, setOf(1, 2), setOf(2, 3), CompareOp.NE));
        assertFalse(Abstract.richCompareBool(ts, setOf(1), ints(1), CompareOp.EQ));
        assertRaises("TypeError", "'<' not supported between instances of 'set' and 'list'",
                () -> Abstract.richCompare(ts, setOf(1), ints(1), CompareOp.LT));
    }

    @Test
    void operatorsNeedSetsOnBothSides() {
        assertSame(PyNotImplemented.NotImplemented, setOf(1).binaryOp(ts, BinaryOps.OR, ints(1)));
        assertRaises("TypeError", "unsupported operand type(s) for |: 'set' and 'list'",
                () -> Abstract.binaryOp(ts, setOf(1), ints(1), BinaryOps.OR));
        assertRaises("TypeError", "unsupported operand type(s) for -: 'set' and 'int'",
                () -> Abstract.binaryOp(ts, setOf(1), i(1), BinaryOps.SUBTRACT));
    }

    @Test
    void inPlaceOperatorsMutateSetsButRebindFrozensets() {
        PyObject s = setOf(1, 2, 3);
        assertSame(s, Abstract.inplaceOp(ts, s, setOf(3, 4), BinaryOps.XOR));
        assertReprs("{1, 2, 4}", s);
        assertSame(s, Abstract.inplaceOp(ts, s, setOf(1, 2), BinaryOps.AND));
        assertReprs("{1, 2}", s);
        PyObject fs = frozen(ints(1));
        PyObject r = Abstract.inplaceOp(ts, fs, setOf(2), BinaryOps.OR);
        assertReprs("frozenset({1, 2})", r);
        assertReprs("frozenset({1})", fs);
    }

    @Test
    void iteratingWhileTheSizeChangesRaises() {
        PyObject s = setOf(1, 2, 3);
        PyObject it = s.iter(ts);
        assertEquals("set_iterator", it.type().name());
        it.next(ts);
        call(s, "add", i(4));
        assertRaises("RuntimeError", "Set changed size during iteration", () -> it.next(ts));
        assertRaises("RuntimeError", "Set changed size during iteration", () -> it.next(ts));
    }

    @Test
    void constructorsCheckTheirArguments() {
        assertRaises("TypeError", "set expected at most 1 argument, got 2", () -> make(BuiltinTypes.SET, i(1), i(2)));
        assertRaises("TypeError", "frozenset expected at most 1 argument, got 2",
                () -> make(BuiltinTypes.FROZENSET, i(1), i(2)));
        assertRaises("TypeError", "set() takes no keyword arguments",
                () -> BuiltinTypes.SET.call(ts, new PyObject[] {i(1)}, 0, 0, new String[] {"a"}));
        assertReprs("set()", make(BuiltinTypes.SET));
    }

    @Test
    void frozensetHasNoMutatingMethods() {
        assertEquals(null, BuiltinTypes.FROZENSET.lookup("add"));
        assertReprs("frozenset({1, 2, 3})", call(frozen(ints(1)), "union", ints(2), ints(3)));
        assertRaises("TypeError", "descriptor 'union' for 'set' objects doesn't apply to a 'frozenset' object",
                () -> BuiltinTypes.SET.lookup("union").call(ts, new PyObject[] {frozen(ints())}, 0, 1, null));
    }
}
