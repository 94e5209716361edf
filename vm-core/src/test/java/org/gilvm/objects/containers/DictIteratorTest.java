package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/**
 * One iterator class serves the six dict iterator types, forwards and reversed, with
 * CPython 3.11.7's behaviour: a change of size keeps raising, an exhausted iterator stays
 * exhausted and lets go of its dict.
 */
class DictIteratorTest extends ContainerTestSupport {
    private PyDict twoItems() {
        PyDict d = new PyDict();
        d.put(ts, i(1), s("a"));
        d.put(ts, i(2), s("b"));
        return d;
    }

    @Test
    void eachKindAndDirectionHasItsType() {
        PyDict d = twoItems();
        assertEquals("dict_keyiterator", d.iter(ts).type().name());
        assertEquals("dict_reversekeyiterator", call(d, "__reversed__").type().name());
        assertEquals("dict_itemiterator", call(call(d, "items"), "__iter__").type().name());
        assertEquals("dict_reversevalueiterator", call(call(d, "values"), "__reversed__").type().name());
        assertEquals("[(2, 'b'), (1, 'a')]", listRepr(call(call(d, "items"), "__reversed__")));
        assertEquals("['a', 'b']", listRepr(call(call(d, "values"), "__iter__")));
    }

    @Test
    void aChangeOfSizeKeepsRaisingEvenOnceUndone() {
        for (boolean reverse : new boolean[] {false, true}) {
            PyDict d = twoItems();
            PyObject it = reverse ? call(d, "__reversed__") : d.iter(ts);
            it.next(ts);
            d.put(ts, i(3), s("c"));
            assertRaises("RuntimeError", "dictionary changed size during iteration", () -> it.next(ts));
            d.delItem(ts, i(3));
            assertRaises("RuntimeError", "dictionary changed size during iteration", () -> it.next(ts));
        }
    }

    @Test
    void anExhaustedIteratorStaysExhaustedAndLetsGoOfItsDict() {
        PyDict d = twoItems();
        int before = d.refcnt;
        PyObject it = d.iter(ts);
        assertEquals(before + 1, d.refcnt);
        assertEquals("[1, 2]", listRepr(it));
        assertEquals(before, d.refcnt);
        d.put(ts, i(5), s("e"));
        assertNull(it.next(ts));
    }
}
