package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code frozenset}: set's non-mutating ones, over the same algorithms. */
final class FrozenSetMethods {
    private FrozenSetMethods() {}

    /** {@code frozenset(iterable)}: a frozenset argument is returned as it is. */
    static PyObject newFrozenSet(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        Constructors.noKeywords("frozenset", kw);
        Constructors.atMost("frozenset", n, 1);
        if (n == 0) {
            return new PyFrozenSet();
        }
        PyObject iterable = argv[off];
        if (iterable instanceof PyFrozenSet f && f.type() == BuiltinTypes.FROZENSET) {
            ts.incref(f);
            return f;
        }
        return PyFrozenSet.of(ts, iterable);
    }

    @ExposedMethod(name = "__contains__")
    static boolean contains(ThreadState ts, PyFrozenSet self, PyObject key) {
        return self.containsKey(ts, key);
    }

    /** An exact frozenset is its own copy. */
    @ExposedMethod
    static PyObject copy(ThreadState ts, PyFrozenSet self) {
        if (self.type() == BuiltinTypes.FROZENSET) {
            ts.incref(self);
            return self;
        }
        return SetUpdate.copy(ts, self);
    }

    @ExposedMethod(sig = "*others")
    static PyObject union(ThreadState ts, PyFrozenSet self, PyTuple others) {
        return SetAlgebra.union(ts, self, others);
    }

    @ExposedMethod(sig = "*others")
    static PyObject intersection(ThreadState ts, PyFrozenSet self, PyTuple others) {
        return SetAlgebra.intersectionMulti(ts, self, others);
    }

    @ExposedMethod(sig = "*others")
    static PyObject difference(ThreadState ts, PyFrozenSet self, PyTuple others) {
        return SetAlgebra.differenceMulti(ts, self, others);
    }

    @ExposedMethod
    static PyObject symmetric_difference(ThreadState ts, PyFrozenSet self, PyObject other) {
        return SetAlgebra.symmetricDifference(ts, self, other);
    }

    @ExposedMethod
    static boolean isdisjoint(ThreadState ts, PyFrozenSet self, PyObject other) {
        return SetRelations.isDisjoint(ts, self, other);
    }

    @ExposedMethod
    static boolean issubset(ThreadState ts, PyFrozenSet self, PyObject other) {
        return SetRelations.isSubset(ts, self, other);
    }

    @ExposedMethod
    static boolean issuperset(ThreadState ts, PyFrozenSet self, PyObject other) {
        return SetRelations.isSuperset(ts, self, other);
    }
}
