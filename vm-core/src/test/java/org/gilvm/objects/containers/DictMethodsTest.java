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
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/** dict methods and the keys/values/items views against CPython 3.11. */
class DictMethodsTest extends ContainerTestSupport {

    /** A dict of alternating keys and values. */
    private PyDict dict(PyObject... kv) {
        PyDict d = new PyDict();
        for (int k = 0; k < kv.length; k += 2) {
            d.put(ts, kv[k], kv[k + 1]);
        }
        return d;
    }

    @Test
    void viewsAreLiveAndPrintLikeCPython() {
        PyDict d = dict(s("a"), i(1), s("b"), i(2), s("c"), i(3));
        PyObject k = call(d, "keys"), v = call(d, "values"), it = call(d, "items");
        d.put(ts, s("z"), i(26));
        d.delItem(ts, s("a"));
        assertReprs("dict_keys(['b', 'c', 'z'])", k);
        assertReprs("dict_values([2, 3, 26])", v);
        assertReprs("dict_items([('b', 2), ('c', 3), ('z', 26)])", it);
        assertEquals(3, k.len(ts));
        assertTrue(k.contains(ts, s("b")));
        assertTrue(v.contains(ts, i(2)));
        assertTrue(it.contains(ts, tuple(s("b"), i(2))));
        assertFalse(it.contains(ts, tuple(s("b"), i(3))));
        assertFalse(it.contains(ts, list(s("b"), i(2))));
        assertReprs("dict_keys([])", call(new PyDict(), "keys"));
        assertFalse(truth(call(new PyDict(), "keys")));
    }

    @Test
    void reversedWalksFromTheNewestEntry() {
        PyDict d = dict(s("b"), i(2), s("c"), i(3), s("z"), i(26));
        assertEquals("['z', 'c', 'b']", listRepr(call(d, "__reversed__")));
        assertEquals("[26, 3, 2]", listRepr(call(call(d, "values"), "__reversed__")));
        assertEquals("[('z', 26), ('c', 3), ('b', 2)]", listRepr(call(call(d, "items"), "__reversed__")));
        assertEquals("dict_reversekeyiterator", call(d, "__reversed__").type().name());
        PyObject rit = call(d, "__reversed__");
        rit.next(ts);
        d.put(ts, i(9), i(0));
        assertRaises("RuntimeError", "dictionary changed size during iteration", () -> rit.next(ts));
    }

    @Test
    void popPopitemAndSetdefault() {
        PyDict d = dict(s("b"), i(2), s("c"), i(3), s("z"), i(26));
        assertReprs("2", call(d, "pop", s("b")));
        assertReprs("0", call(d, "pop", s("q"), i(0)));
        assertRaises("KeyError", "'q'", () -> call(d, "pop", s("q")));
        assertReprs("('z', 26)", call(d, "popitem"));
        assertReprs("5", call(d, "setdefault", s("n"), i(5)));
        assertReprs("5", call(d, "setdefault", s("n"), i(6)));
        assertSame(PyNone.None, call(d, "setdefault", s("m")));
        assertReprs("{'c': 3, 'n': 5, 'm': None}", d);
        assertRaises("KeyError", "'popitem(): dictionary is empty'", () -> call(new PyDict(), "popitem"));
        // An empty dict does not hash the key; a non-empty one does.
        assertRaises("KeyError", "[]", () -> call(new PyDict(), "pop", ints()));
        assertRaises("TypeError", "unhashable type: 'list'", () -> call(dict(i(1), i(2)), "pop", ints()));
    }

    @Test
    void updateTakesMappingsPairsAndKeywords() {
        PyDict d = dict(i(1), i(1));
        callKw(d, "update", new PyObject[] {dict(i(2), i(2))}, new String[] {"x"}, i(3));
        call(d, "update", list(tuple(i(4), i(4))));
        assertReprs("{1: 1, 2: 2, 'x': 3, 4: 4}", d);
        assertRaises("TypeError", "update expected at most 1 argument, got 2", () -> call(d, "update", i(1), i(2)));
        assertRaises("TypeError", "'int' object is not iterable", () -> call(d, "update", i(1)));
        assertRaises("TypeError", "cannot convert dictionary update sequence element #0 to a sequence",
                () -> call(d, "update", ints(1)));
        assertRaises("ValueError", "dictionary update sequence element #0 has length 3; 2 is required",
                () -> call(d, "update", list(ints(1, 2, 3))));
    }

    @Test
    void fromkeysIsAClassMethod() {
        assertReprs("{3: 0, 1: 0, 2: 0}", callAttr(BuiltinTypes.DICT, "fromkeys", ints(3, 1, 2), i(0)));
        assertReprs("{1: None}", callAttr(new PyDict(), "fromkeys", ints(1)));
        assertRaises("TypeError", "fromkeys expected at least 1 argument, got 0",
                () -> callAttr(BuiltinTypes.DICT, "fromkeys"));
        assertRaises("TypeError", "fromkeys expected at most 2 arguments, got 3",
                () -> callAttr(BuiltinTypes.DICT, "fromkeys", i(1), i(2), i(3)));
    }

    @Test
    void orMergesAndInPlaceOrAcceptsPairs() {
        PyDict d = dict(i(1), s("a"));
        assertSame(d, Abstract.inplaceOp(ts, d, list(tuple(i(2), s("b"))), BinaryOps.OR));
        assertReprs("{1: 'a', 2: 'b'}", d);
        assertReprs("{1: 3, 4: 5}", Abstract.binaryOp(ts, dict(i(1), i(2)), dict(i(1), i(3), i(4), i(5)), BinaryOps.OR));
        assertRaises("TypeError", "unsupported operand type(s) for |: 'dict' and 'list'",
                () -> Abstract.binaryOp(ts, d, ints(), BinaryOps.OR));
    }

    @Test
    void keysAndItemsViewsAreSetLike() {
        PyDict d = dict(i(1), i(2), i(3), i(4));
        PyObject keys = call(d, "keys"), items = call(d, "items");
        assertReprs("{1, 3, 9}", Abstract.binaryOp(ts, keys, setOf(3, 9), BinaryOps.OR));
        assertReprs("{1, 3}", Abstract.binaryOp(ts, setOf(3), call(dict(i(1), i(2)), "keys"), BinaryOps.OR));
        assertReprs("{1}", Abstract.binaryOp(ts, keys, ints(3), BinaryOps.SUBTRACT));
        assertReprs("{(3, 4)}", Abstract.binaryOp(ts, items, set(list(tuple(i(1), i(2)))), BinaryOps.SUBTRACT));
        assertReprs("{3}", Abstract.binaryOp(ts, keys, call(dict(i(3), i(0), i(9), i(0)), "keys"), BinaryOps.AND));
        assertReprs("{5, 6}", Abstract.binaryOp(ts, setOf(5, 6), call(dict(i(1), i(2)), "keys"), BinaryOps.SUBTRACT));
        assertReprs("{1, 5}", Abstract.binaryOp(ts, keys, ints(3, 5), BinaryOps.XOR));
        assertReprs("{1, 5}", Abstract.binaryOp(ts, ints(5, 1), call(dict(i(1), i(2)), "keys"), BinaryOps.OR));
    }

    @Test
    void itemsSymmetricDifferenceComparesValues() {
        PyObject a = call(dict(i(1), i(2), i(3), i(4)), "items");
        assertReprs("{(5, 6), (3, 4)}", Abstract.binaryOp(ts, a, call(dict(i(1), i(2), i(5), i(6)), "items"), BinaryOps.XOR));
        assertReprs("{(1, 2), (1, 3)}", Abstract.binaryOp(ts, call(dict(i(1), i(2)), "items"),
                call(dict(i(1), i(3)), "items"), BinaryOps.XOR));
    }

    @Test
    void viewComparisons() {
        PyObject k = call(dict(i(1), i(2)), "keys");
        assertTrue(Abstract.richCompareBool(ts, k, setOf(1), CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(ts, setOf(1), k, CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(ts, k, call(dict(i(1), i(3)), "keys"), CompareOp.EQ));
        assertFalse(Abstract.richCompareBool(ts, call(dict(i(1), i(2)), "items"), call(dict(i(1), i(3)), "items"),
                CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(ts, k, setOf(1, 2), CompareOp.LT));
        assertTrue(Abstract.richCompareBool(ts, call(dict(i(1), i(2), i(3), i(4)), "keys"), setOf(1), CompareOp.GT));
        assertFalse(Abstract.richCompareBool(ts, k, ints(1), CompareOp.EQ));
        PyObject v = call(dict(i(1), i(2)), "values");
        assertFalse(Abstract.richCompareBool(ts, v, call(dict(i(1), i(2)), "values"), CompareOp.EQ));
        assertRaises("TypeError", "'<' not supported between instances of 'dict_keys' and 'list'",
                () -> Abstract.richCompare(ts, k, ints(1), CompareOp.LT));
        assertTrue(truth(call(k, "isdisjoint", call(dict(i(3), i(4)), "keys"))));
        assertFalse(truth(call(call(dict(i(1), i(2)), "items"), "isdisjoint", list(tuple(i(1), i(2))))));
        assertRaises("TypeError", "unhashable type: 'dict_keys'", () -> Abstract.hash(ts, k));
    }

    @Test
    void iteratingWhileTheSizeChangesRaises() {
        PyDict d = dict(i(1), i(2));
        PyObject it = d.iter(ts);
        it.next(ts);
        d.put(ts, i(2), i(0));
        assertRaises("RuntimeError", "dictionary changed size during iteration", () -> it.next(ts));
    }
}
