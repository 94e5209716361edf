package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/**
 * Sets iterate, print and hash exactly as CPython 3.11's table does: the expected strings are
 * what {@code python3} printed for the same expressions.
 */
class SetOrderTest extends ContainerTestSupport {

    @Test
    void aSetOfSmallIntsPrintsInTableOrder() {
        assertReprs("{1, 33, 5, 9, 17}", setOf(5, 1, 9, 33, 17));
        assertEquals("[8, 1099511627776, 3, 100]", listRepr(setOf(100, 3, 8, 1L << 40)));
        assertReprs("{-8, 7, -1, -2}", setOf(-1, -2, -8, 7));
    }

    /**
     * CPython compiles a constant display of three or more items, {@code {5, 1, 9, 33, 17}},
     * to a frozenset constant (built from the tuple of items, then rebuilt from its own order
     * by the compiler's constant merging) that SET_UPDATE merges into a new empty set. The
     * merge pre-sizes the table, so the literal prints differently from {@code set([...])}.
     */
    private PyObject literal(long... values) {
        PyObject once = frozen(toTuple(ints(values)));
        PyObject merged = frozen(toTuple(Abstract.toList(ts, once)));
        PyObject s = make(BuiltinTypes.SET);
        call(s, "update", merged);
        return s;
    }

    private PyObject toTuple(PyObject iterable) {
        return Abstract.toTuple(ts, iterable);
    }

    @Test
    void aConstantSetDisplayPrintsAsCPythonsCompiledLiteral() {
        assertReprs("{1, 33, 17, 5, 9}", literal(5, 1, 9, 33, 17));
        assertReprs("{-8, -2, -1, 7}", literal(-1, -2, -8, 7));
        assertEquals("[8, 1099511627776, 3, 100]", listRepr(literal(100, 3, 8, 1L << 40)));
    }

    @Test
    void growingPastTheSmallTableRehashesInOldSlotOrder() {
        assertReprs("{0, 98, 35, 70, 7, 42, 77, 14, 49, 84, 21, 56, 91, 28, 63}",
                set(make(BuiltinTypes.RANGE, i(0), i(100), i(7))));
        PyObject s = set(ints());
        for (long k = 0; k < 30; k++) {
            call(s, "add", i(k * k));
        }
        assertReprs("{0, 1, 256, 4, 9, 16, 144, 400, 529, 784, 25, 289, 36, 676, 169, 49, 441, 64, "
                + "576, 196, 324, 841, 81, 729, 225, 100, 484, 361, 625, 121}", s);
    }

    @Test
    void deletedSlotsAreReusedByLaterAdds() {
        PyObject s = setOf(8, 16, 24, 32);
        assertReprs("{8, 16, 32, 24}", s);
        call(s, "discard", i(8));
        call(s, "discard", i(16));
        call(s, "add", i(40));
        assertReprs("{40, 32, 24}", s);
        PyObject t = set(make(BuiltinTypes.RANGE, i(10)));
        call(t, "discard", i(3));
        call(t, "add", i(19));
        assertReprs("{0, 1, 2, 4, 5, 6, 7, 8, 9, 19}", t);
    }

    @Test
    void popResumesWhereThePreviousPopStopped() {
        PyObject s = setOf(5, 1, 9, 33, 17);
        StringBuilder popped = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            popped.append(repr(call(s, "pop"))).append(' ');
        }
        assertEquals("1 33 5 9 17 ", popped.toString());
        assertRaises("KeyError", "'pop from an empty set'", () -> call(s, "pop"));
    }

    @Test
    void operatorsBuildTheirResultsInCPythonsOrder() {
        assertReprs("{1, 2, 3, 50, 4}", Abstract.binaryOp(ts, setOf(1, 2, 3), setOf(3, 4, 50), BinaryOps.OR));
        assertReprs("{2, 3}", Abstract.binaryOp(ts, setOf(1, 2, 3), setOf(2, 3, 4), BinaryOps.AND));
        assertReprs("{40, 1, 3}", Abstract.binaryOp(ts, setOf(1, 2, 3, 40), setOf(2), BinaryOps.SUBTRACT));
        assertReprs("{1, 2, 4, 50}", Abstract.binaryOp(ts, setOf(1, 2, 3), setOf(3, 4, 50), BinaryOps.XOR));
        PyObject a = set(make(BuiltinTypes.RANGE, i(40)));
        PyObject b = setOf(3, 1000, 39, 7);
        assertReprs("{3, 39, 7}", Abstract.binaryOp(ts, a, b, BinaryOps.AND));
        assertReprs("{3, 39, 7}", Abstract.binaryOp(ts, b, a, BinaryOps.AND));
        assertReprs("{1000}", Abstract.binaryOp(ts, b, a, BinaryOps.SUBTRACT));
        assertEquals(38, Abstract.binaryOp(ts, a, b, BinaryOps.XOR).len(ts));
    }

    @Test
    void methodsTakingIterablesFollowTheIterableOrder() {
        PyObject a = set(make(BuiltinTypes.RANGE, i(40)));
        assertReprs("{3, 5, 7}", call(a, "intersection", ints(7, 1000, 3, 5)));
        assertReprs("{0, 1, 2, 3, 100, 8, 9}", call(setOf(3, 1, 2), "union", ints(9, 8), tuple(i(100), i(0))));
        assertReprs("{1, 4}", call(setOf(1, 2, 3, 4), "difference", ints(2), setOf(3)));
        PyObject s = setOf(1, 2, 3);
        call(s, "intersection_update", ints(3, 2, 9));
        assertReprs("{2, 3}", s);
        PyObject t = setOf(1, 2, 3);
        call(t, "symmetric_difference_update", ints(3, 4, 4));
        assertReprs("{1, 2, 4}", t);
    }

    @Test
    void manyDeletionsShrinkTheTable() {
        PyObject s = set(make(BuiltinTypes.RANGE, i(100)));
        Abstract.inplaceOp(ts, s, set(make(BuiltinTypes.RANGE, i(10), i(100))), BinaryOps.SUBTRACT);
        assertReprs("{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}", s);
    }

    @Test
    void frozensetsPrintWithTheirTypeName() {
        assertReprs("frozenset({1, 2, 3})", frozen(ints(3, 1, 2)));
        assertReprs("frozenset()", frozen(ints()));
        assertReprs("set()", set(ints()));
        assertEquals("[64, 0, 128, 8]", listRepr(frozen(ints(64, 0, 128, 8))));
        assertReprs("frozenset({64, 0, 128, 1, 8})",
                Abstract.binaryOp(ts, frozen(ints(64, 0, 128, 8)), setOf(1), BinaryOps.OR));
        assertReprs("{64, 1, 0}", Abstract.binaryOp(ts, setOf(1), frozen(ints(64, 0)), BinaryOps.OR));
    }

    @Test
    void frozensetHashesAreCPythons() {
        assertEquals(-1826646154956904602L, Abstract.hash(ts, frozen(ints(1, 2))));
        assertEquals(133146708735736L, Abstract.hash(ts, frozen(ints())));
        assertEquals(3895031357313128696L,
                Abstract.hash(ts, frozen(make(BuiltinTypes.RANGE, i(10)))));
        assertEquals(6776983852052281967L, Abstract.hash(ts, frozen(ints(-1))));
        assertEquals(6333434812840666982L, Abstract.hash(ts, frozen(list(f(1.5), i(2)))));
    }

    @Test
    void mixedNumbersShareOneSlotWhenEqual() {
        PyObject ones = set(list(i(1), f(1.0), PyBool.True));
        assertReprs("{1}", ones);
        assertReprs("{0.5, 1, 2.5, -3}", set(list(f(0.5), i(1), f(2.5), i(-3))));
        PyObject m = set(list(f(1.5), i(2), s("a")));
        assertEquals(3, m.len(ts));
        assertEquals(true, m.contains(ts, s("a")));
        assertEquals(true, m.contains(ts, f(2.0)));
    }

    @Test
    void dictFromkeysOfASetFollowsTheSetOrder() {
        PyObject d = callAttr(BuiltinTypes.DICT, "fromkeys", setOf(40, 8, 16, 0));
        assertReprs("{40: None, 8: None, 16: None, 0: None}", d);
    }
}
