package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code set}, CPython's {@code set_methods} in {@code Objects/setobject.c}. */
final class SetMethods {
    private SetMethods() {}

    /** tp_new of set and frozenset, and set's {@code __hash__ = None}. */
    static void install() {
        BuiltinTypes.SET.setNewFunction(SetMethods::newSet);
        BuiltinTypes.FROZENSET.setNewFunction(FrozenSetMethods::newFrozenSet);
        BuiltinTypes.SET.dict().putRaw("__hash__", PyNone.None);
    }

    /** {@code set()} and {@code set(iterable)}. */
    static PyObject newSet(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        Constructors.noKeywords("set", kw);
        Constructors.atMost("set", n, 1);
        return n == 0 ? new PySet() : PySet.of(ts, argv[off]);
    }

    @ExposedMethod
    static void add(ThreadState ts, PySet self, PyObject key) {
        self.add(ts, key);
    }

    @ExposedMethod
    static void clear(ThreadState ts, PySet self) {
        self.clearTable(ts);
    }

    @ExposedMethod(name = "__contains__")
    static boolean contains(ThreadState ts, PySet self, PyObject key) {
        return self.containsKey(ts, key);
    }

    @ExposedMethod
    static PyObject copy(ThreadState ts, PySet self) {
        return SetUpdate.copy(ts, self);
    }

    @ExposedMethod
    static void discard(ThreadState ts, PySet self, PyObject key) {
        self.discardKey(ts, key);
    }

    @ExposedMethod
    static void remove(ThreadState ts, PySet self, PyObject key) {
        if (!self.discardKey(ts, key)) {
            throw Errors.keyError(ts, key);
        }
    }

    @ExposedMethod
    static PyObject pop(ThreadState ts, PySet self) {
        self.lock(ts);
        try {
            if (self.used == 0) {
                throw Errors.of(ExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            // CPython's finger: resume the search where the last pop stopped.
            PyObject[] keys = self.keys;
            int i = self.finger & self.mask;
            while (keys[i] == null || keys[i] == PyAnySet.DUMMY) {
                i++;
                if (i > self.mask) {
                    i = 0;
                }
            }
            PyObject key = keys[i];
            keys[i] = PyAnySet.DUMMY;
            self.hashes[i] = -1;
            self.used--;
            self.finger = i + 1;
            return key;
        } finally {
            self.unlock(ts);
        }
    }

    @ExposedMethod(sig = "*others")
    static PyObject union(ThreadState ts, PySet self, PyTuple others) {
        return SetAlgebra.union(ts, self, others);
    }

    @ExposedMethod(sig = "*others")
    static void update(ThreadState ts, PySet self, PyTuple others) {
        for (PyObject other : others.array()) {
            SetUpdate.update(ts, self, other);
        }
    }

    @ExposedMethod(sig = "*others")
    static PyObject intersection(ThreadState ts, PySet self, PyTuple others) {
        return SetAlgebra.intersectionMulti(ts, self, others);
    }

    @ExposedMethod(sig = "*others")
    static void intersection_update(ThreadState ts, PySet self, PyTuple others) {
        SetAlgebra.intersectionUpdate(ts, self, SetAlgebra.intersectionMulti(ts, self, others));
    }

    @ExposedMethod(sig = "*others")
    static PyObject difference(ThreadState ts, PySet self, PyTuple others) {
        return SetAlgebra.differenceMulti(ts, self, others);
    }

    @ExposedMethod(sig = "*others")
    static void difference_update(ThreadState ts, PySet self, PyTuple others) {
        for (PyObject other : others.array()) {
            SetAlgebra.differenceUpdate(ts, self, other);
        }
    }

    @ExposedMethod
    static PyObject symmetric_difference(ThreadState ts, PySet self, PyObject other) {
        return SetAlgebra.symmetricDifference(ts, self, other);
    }

    @ExposedMethod
    static void symmetric_difference_update(ThreadState ts, PySet self, PyObject other) {
        SetAlgebra.symmetricDifferenceUpdate(ts, self, other);
    }

    @ExposedMethod
    static boolean isdisjoint(ThreadState ts, PySet self, PyObject other) {
        return SetRelations.isDisjoint(ts, self, other);
    }

    @ExposedMethod
    static boolean issubset(ThreadState ts, PySet self, PyObject other) {
        return SetRelations.isSubset(ts, self, other);
    }

    @ExposedMethod
    static boolean issuperset(ThreadState ts, PySet self, PyObject other) {
        return SetRelations.isSuperset(ts, self, other);
    }

    @ExposedMethod(name = "__ior__")
    static PyObject ior(ThreadState ts, PySet self, PyObject other) {
        return SetAlgebra.inplace(ts, self, BinaryOps.OR, other);
    }

    @ExposedMethod(name = "__iand__")
    static PyObject iand(ThreadState ts, PySet self, PyObject other) {
        return SetAlgebra.inplace(ts, self, BinaryOps.AND, other);
    }

    @ExposedMethod(name = "__isub__")
    static PyObject isub(ThreadState ts, PySet self, PyObject other) {
        return SetAlgebra.inplace(ts, self, BinaryOps.SUBTRACT, other);
    }

    @ExposedMethod(name = "__ixor__")
    static PyObject ixor(ThreadState ts, PySet self, PyObject other) {
        return SetAlgebra.inplace(ts, self, BinaryOps.XOR, other);
    }
}
