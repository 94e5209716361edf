package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;

/**
 * The builtins keep CPython's reference-count conventions: once a call's result is
 * released, every argument's count is back where it was, whether the call returned or raised.
 */
class BuiltinsRefCountTest extends BuiltinsTestSupport {
    /** Non-interned, so counted. */
    final PyStr a = new PyStr("alpha".repeat(1)), bb = new PyStr("bb".repeat(1)), c = new PyStr("c".repeat(1));
    final PyList items = new PyList();

    BuiltinsRefCountTest() {
        items.append(ts, a);
        items.append(ts, bb);
        items.append(ts, c);
    }

    /** Runs {@code body}, releases its result, and checks the counts of the items and the list. */
    void balanced(Supplier<PyObject> body) {
        int ra = a.refcnt, rb = bb.refcnt, rc = c.refcnt, rl = items.refcnt;
        try {
            ts.decref(body.get());
        } catch (PyException e) {
            // Raising must not leak either.
        }
        assertEquals(ra, a.refcnt, "a");
        assertEquals(rb, bb.refcnt, "bb");
        assertEquals(rc, c.refcnt, "c");
        assertEquals(rl, items.refcnt, "list");
    }

    PyObject kw(String fn, PyObject positional, String name, PyObject value) {
        return callKw("builtins", fn, new PyObject[] {positional}, new String[] {name}, value);
    }

    PyObject make(PyType type, PyObject... args) {
        return type.call(ts, args, 0, args.length, null);
    }

    PyObject counted(PyObject... elements) {
        return PyTuple.copyOf(ts, elements, 0, elements.length);
    }

    PyObject drain(PyObject iterator) {
        try {
            return Abstract.toList(ts, iterator);
        } finally {
            ts.decref(iterator);
        }
    }

    @Test
    void reductionsReleaseWhatTheyDrop() {
        balanced(() -> b("max", items));
        balanced(() -> b("min", a, bb, c));
        balanced(() -> kw("max", items, "key", attr("builtins", "len")));
        balanced(() -> kw("min", items, "key", attr("builtins", "len")));
        balanced(() -> b("max", items, i(1)));
        balanced(() -> b("sum", items, s("")));
        balanced(() -> b("sum", items));
        balanced(() -> b("sorted", items));
        balanced(() -> kw("sorted", items, "key", attr("builtins", "len")));
        balanced(() -> b("any", items));
        balanced(() -> b("all", items));
    }

    @Test
    void iteratorsReleaseTheirSourcesAndItems() {
        balanced(() -> drain(make(BuiltinTypes.ENUMERATE, items)));
        balanced(() -> drain(make(BuiltinTypes.ZIP, items, items)));
        balanced(() -> drain(BuiltinTypes.ZIP.call(ts, new PyObject[] {items, ints(1), org.gilvm.objects.PyBool.True},
                0, 2, new String[] {"strict"})));
        balanced(() -> drain(make(BuiltinTypes.ZIP, items, s("ab"))));
        balanced(() -> drain(make(BuiltinTypes.MAP, attr("builtins", "len"), items)));
        balanced(() -> drain(make(BuiltinTypes.MAP, attr("builtins", "max"), items, items)));
        balanced(() -> drain(make(BuiltinTypes.FILTER, PyNone.None, items)));
        balanced(() -> drain(make(BuiltinTypes.FILTER, attr("builtins", "len"), items)));
        balanced(() -> drain(make(BuiltinTypes.REVERSED, items)));
        balanced(() -> {
            PyObject pair = counted(a, bb);
            PyObject it = make(BuiltinTypes.REVERSED, pair);
            ts.decref(pair);
            return drain(it);
        });
        balanced(() -> {
            PyList source = new PyList();
            source.append(ts, bb);
            source.append(ts, a);
            PyObject pop = Abstract.getAttr(ts, source, "pop");
            PyObject calls = b("iter", pop, bb);
            ts.decref(pop);
            ts.decref(source);
            return drain(calls);
        });
        balanced(() -> {
            PyObject it = b("iter", items);
            ts.decref(b("next", it));
            return it;
        });
        balanced(() -> b("getattr", a, s("nope"), bb));
        balanced(() -> b("getattr", items, s("append")));
    }

    @Test
    void printAndReprReleaseTheirTemporaries() {
        balanced(() -> b("print", a, bb, items));
        balanced(() -> b("repr", items));
        balanced(() -> b("ascii", items));
        balanced(() -> b("isinstance", a, tuple(BuiltinTypes.INT, BuiltinTypes.STR)));
        balanced(() -> b("format", a, s("")));
        balanced(() -> b("vars", instance(userClass("C"))));
    }
}
