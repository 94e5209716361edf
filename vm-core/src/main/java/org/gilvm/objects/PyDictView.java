package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The live views {@code dict.keys()}, {@code dict.values()} and {@code dict.items()},
 * CPython's {@code _PyDictViewObject}. A view owns a reference to its dict and reads it on
 * every use. Keys and items views behave like sets ({@link SetLike}); the set operators are
 * in {@link DictViewOps}. Each nested class also holds the exposed methods of its type.
 */
public abstract class PyDictView extends PyObject {
    final PyDict dict;

    PyDictView(ThreadState ts, PyDict dict) {
        ts.incref(dict);
        this.dict = dict;
    }

    abstract PyDictIterator.Kind kind();

    public final PyDict dict() {
        return dict;
    }

    @Override
    public long len(ThreadState ts) {
        return dict.size();
    }

    @Override
    public boolean isTrue(ThreadState ts) {
        return dict.size() != 0;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PyDictIterator(ts, dict, kind(), false);
    }

    /** {@code dict_keys([1, 2])}; a view met again inside its own repr prints "...". */
    @Override
    public String repr(ThreadState ts) {
        if (!ts.reprEnter(this)) {
            return "...";
        }
        try {
            PyList items = Abstract.toList(ts, this);
            try {
                return type().name() + "(" + items.repr(ts) + ")";
            } finally {
                ts.decref(items);
            }
        } finally {
            ts.reprLeave(this);
        }
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(dict);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(dict);
    }

    PyObject reversedIterator(ThreadState ts) {
        return new PyDictIterator(ts, dict, kind(), true);
    }

    /** Keys and items views: set comparisons and operators, unhashable. */
    public abstract static class SetLike extends PyDictView {
        SetLike(ThreadState ts, PyDict dict) {
            super(ts, dict);
        }

        @Override
        public long hash(ThreadState ts) {
            throw Errors.unhashable(this);
        }

        @Override
        public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
            return DictViewOps.richCompare(ts, this, other, op);
        }

        @Override
        public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
            return DictViewOps.binary(ts, this, nb, other);
        }

        @Override
        public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
            return DictViewOps.binary(ts, other, nb, this);
        }
    }

    /** {@code dict_keys}. */
    public static final class Keys extends SetLike {
        public Keys(ThreadState ts, PyDict dict) {
            super(ts, dict);
        }

        @Override
        public PyType type() {
            return BuiltinTypes.DICT_KEYS;
        }

        @Override
        PyDictIterator.Kind kind() {
            return PyDictIterator.Kind.KEYS;
        }

        @Override
        public boolean contains(ThreadState ts, PyObject key) {
            return dict.containsKey(ts, key);
        }

        @ExposedMethod(name = "__reversed__")
        static PyObject reversed(ThreadState ts, Keys self) {
            return self.reversedIterator(ts);
        }

        @ExposedMethod
        static boolean isdisjoint(ThreadState ts, Keys self, PyObject other) {
            return DictViewOps.isDisjoint(ts, self, other);
        }
    }

    /** {@code dict_items}: its members are {@code (key, value)} pairs. */
    public static final class Items extends SetLike {
        public Items(ThreadState ts, PyDict dict) {
            super(ts, dict);
        }

        @Override
        public PyType type() {
            return BuiltinTypes.DICT_ITEMS;
        }

        @Override
        PyDictIterator.Kind kind() {
            return PyDictIterator.Kind.ITEMS;
        }

        /** Compare CPython dictitems_contains: a 2-tuple whose value equals the dict's. */
        @Override
        public boolean contains(ThreadState ts, PyObject item) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            PyObject found = dict.getRef(ts, t.get(0));
            if (found == null) {
                return false;
            }
            try {
                return Abstract.eqForContains(ts, found, t.get(1));
            } finally {
                ts.decref(found);
            }
        }

        @ExposedMethod(name = "__reversed__")
        static PyObject reversed(ThreadState ts, Items self) {
            return self.reversedIterator(ts);
        }

        @ExposedMethod
        static boolean isdisjoint(ThreadState ts, Items self, PyObject other) {
            return DictViewOps.isDisjoint(ts, self, other);
        }
    }

    /** {@code dict_values}: not set-like; {@code in} iterates; compares by identity. */
    public static final class Values extends PyDictView {
        public Values(ThreadState ts, PyDict dict) {
            super(ts, dict);
        }

        @Override
        public PyType type() {
            return BuiltinTypes.DICT_VALUES;
        }

        @Override
        PyDictIterator.Kind kind() {
            return PyDictIterator.Kind.VALUES;
        }

        @ExposedMethod(name = "__reversed__")
        static PyObject reversed(ThreadState ts, Values self) {
            return self.reversedIterator(ts);
        }
    }
}
