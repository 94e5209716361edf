package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Iterates a dict's keys, values or items, forwards ({@code iter(d)}) or from the newest
 * entry down ({@code reversed(d)}): CPython's dictiterobject and its six types. A change of
 * the dict's size raises RuntimeError, and keeps raising (CPython makes that state sticky);
 * an exhausted iterator lets go of its dict.
 */
public final class PyDictIterator extends PyObject {
    public enum Kind { KEYS, VALUES, ITEMS }

    /** The dict, until the iterator is exhausted. */
    private PyDict dict;
    private final Kind kind;
    private final boolean reverse;
    /** The dict's size when iteration began; -1 once a change of size was reported. */
    private int expectedSize;
    /** The next entry to look at, going up (forwards) or down (reverse). */
    private int pos;

    public PyDictIterator(ThreadState ts, PyDict dict, Kind kind, boolean reverse) {
        ts.incref(dict);
        this.dict = dict;
        this.kind = kind;
        this.reverse = reverse;
        this.expectedSize = dict.size();
        this.pos = reverse ? dict.lastEntry() : 0;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> reverse ? BuiltinTypes.DICT_REVERSEKEYITERATOR : BuiltinTypes.DICT_KEYITERATOR;
            case VALUES -> reverse ? BuiltinTypes.DICT_REVERSEVALUEITERATOR : BuiltinTypes.DICT_VALUEITERATOR;
            case ITEMS -> reverse ? BuiltinTypes.DICT_REVERSEITEMITERATOR : BuiltinTypes.DICT_ITEMITERATOR;
        };
    }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.size() != expectedSize) {
            expectedSize = -1;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        int p = reverse ? previousEntry(d, pos) : d.nextEntry(pos);
        if (p < 0) {
            dict = null;
            ts.decref(d);
            return null;
        }
        pos = reverse ? p - 1 : p + 1;
        PyObject k = d.keyAt(p), v = d.valueAt(p);
        switch (kind) {
            case KEYS:
                ts.incref(k);
                return k;
            case VALUES:
                ts.incref(v);
                return v;
            default:
                ts.incref(k);
                ts.incref(v);
                return PyTuple.of(k, v);
        }
    }

    /** The live entry at or before pos, or -1. */
    private static int previousEntry(PyDict d, int pos) {
        // The entry array never shrinks below the last live entry, so clamp to it.
        int p = Math.min(pos, d.lastEntry());
        while (p >= 0 && d.keyAt(p) == null) {
            p--;
        }
        return p;
    }

    @Override
    public void dealloc(ThreadState ts) {
        PyDict d = dict;
        dict = null;
        ts.decref(d);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(dict);
    }
}
