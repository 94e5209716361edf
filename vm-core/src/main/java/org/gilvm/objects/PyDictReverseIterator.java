package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code reversed(d)}, {@code reversed(d.values())}, {@code reversed(d.items())}: CPython's
 * dict_reverse*iterator. Walks entries from the newest down; a change of the dict's size
 * raises RuntimeError, and keeps raising.
 */
public final class PyDictReverseIterator extends PyObject {
    private PyDict dict;
    private final PyDictIterator.Kind kind;
    private int expectedSize;
    private int pos;

    public PyDictReverseIterator(ThreadState ts, PyDict dict, PyDictIterator.Kind kind) {
        ts.incref(dict);
        this.dict = dict;
        this.kind = kind;
        this.expectedSize = dict.size();
        this.pos = dict.lastEntry();
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> BuiltinTypes.DICT_REVERSEKEYITERATOR;
            case VALUES -> BuiltinTypes.DICT_REVERSEVALUEITERATOR;
            case ITEMS -> BuiltinTypes.DICT_REVERSEITEMITERATOR;
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
        // The entry array never shrinks below the last live entry, so clamp to it.
        int p = Math.min(pos, d.lastEntry());
        while (p >= 0 && d.keyAt(p) == null) {
            p--;
        }
        if (p < 0) {
            dict = null;
            ts.decref(d);
            return null;
        }
        pos = p - 1;
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

    @Override
    public void dealloc(ThreadState ts) {
        PyDict d = dict;
        dict = null;
        ts.decref(d);
    }
}
