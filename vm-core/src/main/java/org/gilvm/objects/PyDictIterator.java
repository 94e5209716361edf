package org.gilvm.objects;

import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

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
        ObjectLocks g = ts.locks();
        g.lock(ts, dict);
        try {
            this.expectedSize = dict.size();
            this.pos = reverse ? dict.lastEntry() : 0;
        } finally {
            g.unlock(ts, dict);
        }
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

    /**
     * The next key, value or pair. The entry is read and referenced under the dict's lock,
     * which also guards this iterator's own position, so threads sharing the iterator take
     * turns and only one of them lets go of the dict.
     */
    @Override
    public PyObject next(ThreadState ts) {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        PyObject k, v;
        ObjectLocks g = ts.locks();
        g.lock(ts, d);
        try {
            if (d.size() != expectedSize) {
                expectedSize = -1;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int p = reverse ? previousEntry(d, pos) : d.nextEntry(pos);
            if (p < 0) {
                if (dict != d) {
                    return null;
                }
                dict = null;
                k = null;
                v = null;
            } else {
                pos = reverse ? p - 1 : p + 1;
                k = kind == Kind.VALUES ? null : d.keyAt(p);
                v = kind == Kind.KEYS ? null : d.valueAt(p);
                ts.incref(k);
                ts.incref(v);
            }
        } finally {
            g.unlock(ts, d);
        }
        if (k == null && v == null) {
            ts.decref(d);
            return null;
        }
        return switch (kind) {
            case KEYS -> k;
            case VALUES -> v;
            default -> PyTuple.of(k, v);
        };
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
