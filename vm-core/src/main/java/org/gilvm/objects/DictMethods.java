package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code dict}, CPython's {@code Objects/dictobject.c}. */
public final class DictMethods {
    private DictMethods() {}

    /** d[key] for a missing key: {@code __missing__} on subclasses, else KeyError. */
    static PyObject missing(ThreadState ts, PyDict d, PyObject key) {
        PyObject m = SpecialMethods.userDefined(d.type(), "__missing__");
        if (m != null) {
            return SpecialMethods.callMethod(ts, m, d, key);
        }
        throw Errors.keyError(ts, key);
    }

    static String repr(ThreadState ts, PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!ts.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            EntryCursor c = new EntryCursor();
            while (d.next(ts, c)) {
                try {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(c.key.repr(ts)).append(": ").append(c.value.repr(ts));
                } finally {
                    c.release(ts);
                }
            }
            return sb.append('}').toString();
        } finally {
            ts.reprLeave(d);
        }
    }

    static PyObject richCompare(ThreadState ts, PyDict a, PyObject other, CompareOp op) {
        if (!(other instanceof PyDict b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NotImplemented;
        }
        boolean eq = a.size() == b.size();
        EntryCursor c = new EntryCursor();
        while (eq && a.next(ts, c)) {
            try {
                PyObject bv = b.getRef(ts, c.key);
                if (bv == null) {
                    eq = false;
                } else {
                    try {
                        eq = Abstract.eqForContains(ts, c.value, bv);
                    } finally {
                        ts.decref(bv);
                    }
                }
            } finally {
                c.release(ts);
            }
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    /**
     * {@code d | other} (both dicts: a merged copy) and {@code d |= other} (other may be any
     * mapping or iterable of pairs, as dict.update takes).
     */
    static PyObject binaryOp(ThreadState ts, PyDict d, int nb, PyObject other, boolean inplace) {
        if (nb != BinaryOps.OR) {
            return PyNotImplemented.NotImplemented;
        }
        if (inplace) {
            DictUpdate.update(ts, d, other);
            ts.incref(d);
            return d;
        }
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NotImplemented;
        }
        PyDict target = copy(ts, d);
        try {
            DictUpdate.update(ts, target, other);
        } catch (PyException e) {
            ts.decref(target);
            throw e;
        }
        return target;
    }

    @ExposedMethod
    static PyDict copy(ThreadState ts, PyDict self) {
        return self.copy(ts);
    }

    @ExposedMethod(sig = "key, default=None, /")
    static PyObject get(ThreadState ts, PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.getRef(ts, key);
        if (v == null) {
            ts.incref(dflt);
            return dflt;
        }
        return v;
    }

    @ExposedMethod
    static PyObject keys(ThreadState ts, PyDict self) {
        return new PyDictView.Keys(ts, self);
    }

    @ExposedMethod
    static PyObject values(ThreadState ts, PyDict self) {
        return new PyDictView.Values(ts, self);
    }

    @ExposedMethod
    static PyObject items(ThreadState ts, PyDict self) {
        return new PyDictView.Items(ts, self);
    }

    @ExposedMethod(sig = "key, default=?, /")
    static PyObject pop(ThreadState ts, PyDict self, PyObject key, PyObject dflt) {
        // As CPython's _PyDict_Pop, an empty dict does not even hash the key.
        PyObject v = self.size() == 0 ? null : self.remove(ts, key);
        if (v != null) {
            return v;
        }
        if (dflt == null) {
            throw Errors.keyError(ts, key);
        }
        ts.incref(dflt);
        return dflt;
    }

    @ExposedMethod
    static PyObject popitem(ThreadState ts, PyDict self) {
        PyTuple item = self.popItem(ts);
        if (item == null) {
            throw Errors.of(ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
        }
        return item;
    }

    @ExposedMethod(sig = "key, default=None, /")
    static PyObject setdefault(ThreadState ts, PyDict self, PyObject key, PyObject dflt) {
        return self.setDefault(ts, key, dflt);
    }

    @ExposedMethod(sig = "*args, **kwargs")
    static void update(ThreadState ts, PyDict self, PyTuple args, PyDict kwargs) {
        if (args.size() > 1) {
            throw Errors.typeError("update expected at most 1 argument, got " + args.size());
        }
        if (args.size() == 1) {
            DictUpdate.update(ts, self, args.get(0));
        }
        if (kwargs != null && kwargs.size() > 0) {
            DictUpdate.update(ts, self, kwargs);
        }
    }

    @ExposedMethod
    static void clear(ThreadState ts, PyDict self) {
        self.clear(ts);
    }

    @ExposedMethod(name = "__setitem__")
    static void setItem(ThreadState ts, PyDict self, PyObject key, PyObject value) {
        self.setItem(ts, key, value);
    }

    @ExposedMethod(name = "__delitem__")
    static void delItem(ThreadState ts, PyDict self, PyObject key) {
        self.delItem(ts, key);
    }

    @ExposedMethod(name = "__reversed__")
    static PyObject reversed(ThreadState ts, PyDict self) {
        return new PyDictIterator(ts, self, PyDictIterator.Kind.KEYS, true);
    }

    @ExposedMethod(name = "__ior__")
    static PyObject ior(ThreadState ts, PyDict self, PyObject other) {
        return binaryOp(ts, self, BinaryOps.OR, other, true);
    }

    // ---- dict.fromkeys ---------------------------------------------------------------------

    /** Puts {@code dict.fromkeys} into dict's type dict as a classmethod. */
    static void install() {
        PyBuiltinFunction f = new PyBuiltinFunction("fromkeys", "dict.fromkeys", DictMethods::fromkeys, null);
        BuiltinTypes.DICT.dict().putRaw("fromkeys", new PyClassMethod(f.immortal()).immortal());
    }

    /** Compare CPython dict_fromkeys: {@code cls()}, then {@code d[key] = value} per key. */
    private static PyObject fromkeys(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("dict.fromkeys() takes no keyword arguments");
        }
        if (nargs < 2) {
            throw Errors.typeError("fromkeys expected at least 1 argument, got " + Math.max(0, nargs - 1));
        }
        if (nargs > 3) {
            throw Errors.typeError("fromkeys expected at most 2 arguments, got " + (nargs - 1));
        }
        PyObject cls = argv[off], iterable = argv[off + 1];
        PyObject value = nargs == 3 ? argv[off + 2] : PyNone.None;
        PyObject d = cls.call(ts, argv, off, 0, null);
        try {
            if (d instanceof PyDict dict && dict.type() == BuiltinTypes.DICT) {
                boolean isDict = SetUpdate.isExactDict(iterable);
                if (isDict || SetUpdate.isExactAnySet(iterable)) {
                    EntryCursor c = new EntryCursor();
                    while (isDict ? ((PyDict) iterable).next(ts, c) : ((PyAnySet) iterable).next(ts, c)) {
                        try {
                            dict.put(ts, c.key, value);
                        } finally {
                            c.release(ts);
                        }
                    }
                    return d;
                }
            }
            PyObject it = iterable.iter(ts);
            try {
                for (PyObject k; (k = it.next(ts)) != null; ) {
                    try {
                        d.setItem(ts, k, value);
                    } finally {
                        ts.decref(k);
                    }
                }
            } finally {
                ts.decref(it);
            }
            return d;
        } catch (PyException e) {
            ts.decref(d);
            throw e;
        }
    }
}
