package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** Iterates a dict's keys, values or items; a change of size during iteration is an error. */
public final class PyDictIterator extends PyObject {
    public enum Kind { KEYS, VALUES, ITEMS }

    private final PyDict dict;
    private final Kind kind;
    private final int size;
    private int pos;

    public PyDictIterator(ThreadState ts, PyDict dict, Kind kind) {
        ts.incref(dict);
        this.dict = dict;
        this.kind = kind;
        this.size = dict.size();
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> BuiltinTypes.DICT_KEYITERATOR;
            case VALUES -> BuiltinTypes.DICT_VALUEITERATOR;
            case ITEMS -> BuiltinTypes.DICT_ITEMITERATOR;
        };
    }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (pos < 0) {
            return null;
        }
        if (dict.size() != size) {
            pos = -1;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        int p = dict.nextEntry(pos);
        if (p < 0) {
            pos = -1;
            return null;
        }
        pos = p + 1;
        PyObject k = dict.keyAt(p), v = dict.valueAt(p);
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
        ts.decref(dict);
    }
}
