package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code frozenset}: the immutable, hashable {@link PyAnySet}. */
public class PyFrozenSet extends PyAnySet {

    @Override
    public PyType type() {
        return BuiltinTypes.FROZENSET;
    }

    @Override
    PyAnySet newEmpty() {
        return new PyFrozenSet();
    }

    /** {@code frozenset(iterable)} for any iterable (a new object even for a frozenset). */
    public static PyFrozenSet of(ThreadState ts, PyObject iterable) {
        return filled(ts, new PyFrozenSet(), iterable);
    }

    /** A frozenset with the items of a set: how a set is looked up inside another set. */
    static PyFrozenSet copyOf(ThreadState ts, PyAnySet s) {
        PyFrozenSet f = new PyFrozenSet();
        SetUpdate.merge(ts, f, s);
        return f;
    }

    /**
     * Compare CPython frozenset_hash: xor of every slot's shuffled hash (empty slots count 0,
     * dummies -1, then their effect is removed), so equal frozensets hash equal whatever
     * their layout.
     */
    @Override
    public long hash(ThreadState ts) {
        long h = hashCache;
        if (h != -1) {
            return h;
        }
        h = 0;
        long[] hs = hashes;
        for (long eh : hs) {
            h ^= shuffleBits(eh);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            h ^= shuffleBits(0);
        }
        if (((fill - used) & 1) != 0) {
            h ^= shuffleBits(-1);
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hashCache = h;
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
