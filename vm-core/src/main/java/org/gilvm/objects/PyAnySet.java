package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * The hash table shared by {@code set} and {@code frozenset}, a port of CPython 3.11's
 * {@code Objects/setobject.c}.
 *
 * <h2>Why a port and not a Java collection</h2>
 * Python programs print sets, and the order they print in is the table order. To print what
 * CPython prints, the table must be CPython's: 8 slots to start with, probing that looks at
 * up to {@link #LINEAR_PROBES} neighbours before jumping to {@code i*5 + 1 + perturb}
 * ({@code perturb >>>= 5} each jump), a resize to {@code used*4} (or {@code used*2} past
 * 50000) once {@code fill*5 >= mask*3}, dummies left by deletions, and resizes that
 * re-insert in old-table order. Every operation that builds a set (copy, union, intersection,
 * difference, symmetric difference) follows the C code step by step, because each of them
 * leaves a different layout.
 *
 * <h2>Invariants</h2>
 * A slot is empty ({@code keys[i] == null}, {@code hashes[i] == 0}), a dummy
 * ({@link #DUMMY}, hash -1), or active. {@code used} counts active slots, {@code fill}
 * active plus dummy slots; at least one slot is always empty so probing terminates.
 *
 * <h2>Reference counts</h2>
 * The table owns one reference to each active key. Keys are compared with {@code __eq__},
 * which may run Python code that mutates the set: lookups notice a replaced table or slot and
 * restart, as CPython's do.
 *
 * <h2>Concurrency</h2>
 * A {@link PySet} is {@link Lockable}: {@link #lock} takes its lock (a no-op under a GIL)
 * around every probe, insertion and removal, with {@code __eq__} called under it (the lock is
 * reentrant), keys hashed before it and released after it, as for dicts (see
 * {@link org.gilvm.spi.MutexObjectLocks}). A frozenset needs none: it is only changed while
 * it is being built, before any other thread can see it. Walks that run Python code between
 * keys go one key at a time through {@link #next}; the table-at-once algorithms of
 * {@link SetUpdate} work on a frozen copy of a mutable source ({@link #frozenCopy}).
 */
public abstract class PyAnySet extends PyObject {
    static final int MINSIZE = 8;
    static final int LINEAR_PROBES = 9;
    static final int PERTURB_SHIFT = 5;

    /** Marks a deleted slot. Never escapes the table. */
    static final PyObject DUMMY = new Dummy().immortal();

    private static final class Dummy extends PyObject {
        @Override
        public PyType type() { return BuiltinTypes.OBJECT; }
    }

    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill;
    int used;
    /** Where {@code pop} resumes its search, CPython's {@code finger}. */
    int finger;
    /** A frozenset's cached hash; -1 when not computed. */
    long hashCache = -1;

    /** A new empty set of the same kind (set or frozenset), as make_new_set_basetype. */
    abstract PyAnySet newEmpty();

    /** Fills the new set s from iterable, releasing s if that fails: set(x), frozenset(x). */
    static <T extends PyAnySet> T filled(ThreadState ts, T s, PyObject iterable) {
        try {
            SetUpdate.update(ts, s, iterable);
            return s;
        } catch (PyException e) {
            ts.decref(s);
            throw e;
        }
    }

    /** The number of keys; without the lock, a value it had at some recent moment. */
    public final int size() {
        return used;
    }

    /** Takes a mutable set's lock; a frozenset, which never changes once built, has none. */
    final void lock(ThreadState ts) {
        if (this instanceof PySet s) {
            ts.locks().lock(ts, s);
        }
    }

    final void unlock(ThreadState ts) {
        if (this instanceof PySet s) {
            ts.locks().unlock(ts, s);
        }
    }

    // ---- probing ------------------------------------------------------------------------

    /** Compare CPython set_lookkey: the slot holding key, or -1 when it is absent. */
    final int lookup(ThreadState ts, PyObject key, long h) {
        lock(ts);
        try {
            return probe(ts, key, h);
        } finally {
            unlock(ts);
        }
    }

    /** Under the lock: {@link #lookup}. */
    private int probe(ThreadState ts, PyObject key, long h) {
        restart:
        while (true) {
            int m = mask;
            long perturb = h;
            int jumps = 0;
            int i = (int) (h & m);
            while (true) {
                int j = i;
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        return -1;
                    }
                    if (hashes[j] == h) {
                        if (k == key || k instanceof PyStr a && key instanceof PyStr b && a.value().equals(b.value())) {
                            return j;
                        }
                        PyObject[] table = keys;
                        boolean eq = Abstract.eqHeld(ts, k, key);
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                if (HashProbes.exceeded(++jumps, m)) {
                    throw HashProbes.corrupt("set");
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /**
     * Compare CPython set_add_entry: adds a borrowed key (the set takes its own reference);
     * false if an equal key was already present.
     */
    final boolean addEntry(ThreadState ts, PyObject key, long h) {
        ts.incref(key);
        lock(ts);
        try {
            restart:
            while (true) {
                int m = mask;
                long perturb = h;
                int jumps = 0;
                int i = (int) (h & m);
                int freeSlot = -1;
                while (true) {
                    int j = i;
                    int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                    do {
                        PyObject k = keys[j];
                        if (k == null) {
                            return insertAt(freeSlot, j, key, h, m);
                        }
                        long eh = hashes[j];
                        if (eh == h) {
                            if (k == key || k instanceof PyStr a && key instanceof PyStr b
                                    && a.value().equals(b.value())) {
                                ts.decref(key);
                                return false;
                            }
                            PyObject[] table = keys;
                            if (Abstract.eqHeld(ts, k, key)) {
                                ts.decref(key);
                                return false;
                            }
                            if (table != keys || keys[j] != k) {
                                continue restart;
                            }
                            m = mask;
                        } else if (eh == -1) {
                            freeSlot = j;
                        }
                        j++;
                    } while (probes-- > 0);
                    if (HashProbes.exceeded(++jumps, m)) {
                        throw HashProbes.corrupt("set");
                    }
                    perturb >>>= PERTURB_SHIFT;
                    i = (int) ((i * 5L + 1 + perturb) & m);
                }
            }
        } catch (PyException e) {
            // The caller still holds key: this cannot free it.
            ts.decref(key);
            throw e;
        } finally {
            unlock(ts);
        }
    }

    /** The tail of set_add_entry: fills a dummy slot if one was passed, else the empty one. */
    private boolean insertAt(int freeSlot, int empty, PyObject key, long h, int m) {
        hashCache = -1;
        if (freeSlot >= 0) {
            used++;
            keys[freeSlot] = key;
            hashes[freeSlot] = h;
            return true;
        }
        fill++;
        used++;
        keys[empty] = key;
        hashes[empty] = h;
        if ((long) fill * 5 >= (long) m * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
        return true;
    }

    /** Compare CPython set_insert_clean: places a key known to be absent into a fresh table. */
    static void insertClean(PyObject[] table, long[] tableHashes, int m, PyObject key, long h) {
        long perturb = h;
        int jumps = 0;
        int i = (int) (h & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                tableHashes[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        tableHashes[i + j] = h;
                        return;
                    }
                }
            }
            if (HashProbes.exceeded(++jumps, m)) {
                throw HashProbes.corrupt("set");
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Compare CPython set_table_resize: the smallest power of two above minUsed. */
    final void resize(int minUsed) {
        int newSize = MINSIZE;
        while (newSize <= minUsed) {
            newSize = HashProbes.doubled(newSize, "set");
        }
        if (newSize == MINSIZE && keys.length == MINSIZE && fill == used) {
            return;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        PyObject[] newKeys = new PyObject[newSize];
        long[] newHashes = new long[newSize];
        int newMask = newSize - 1;
        boolean noDummies = fill == used;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && (noDummies || k != DUMMY)) {
                insertClean(newKeys, newHashes, newMask, k, oldHashes[i]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        mask = newMask;
        fill = used;
    }

    // ---- keys -----------------------------------------------------------------------------

    /** The hash of a key ({@link Abstract#hash}: a str's is cached). */
    static long keyHash(ThreadState ts, PyObject key) {
        return Abstract.hash(ts, key);
    }

    /** {@code key in self}, with CPython's set-to-frozenset retry. */
    public final boolean containsKey(ThreadState ts, PyObject key) {
        long h;
        try {
            h = keyHash(ts, key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            ts.decref(e.value);
            PyFrozenSet tmp = PyFrozenSet.copyOf(ts, s);
            try {
                return lookup(ts, tmp, tmp.hash(ts)) >= 0;
            } finally {
                ts.decref(tmp);
            }
        }
        return lookup(ts, key, h) >= 0;
    }

    /** Adds a borrowed key; false if it was present. */
    public final boolean add(ThreadState ts, PyObject key) {
        return addEntry(ts, key, keyHash(ts, key));
    }

    /** Compare CPython set_discard_entry: true if the key was present. */
    final boolean discardEntry(ThreadState ts, PyObject key, long h) {
        PyObject old;
        lock(ts);
        try {
            int j = probe(ts, key, h);
            if (j < 0) {
                return false;
            }
            old = keys[j];
            keys[j] = DUMMY;
            hashes[j] = -1;
            used--;
            hashCache = -1;
        } finally {
            unlock(ts);
        }
        ts.decref(old);
        return true;
    }

    /** Compare CPython set_discard (with its set-to-frozenset retry): true if removed. */
    final boolean discardKey(ThreadState ts, PyObject key) {
        long h;
        try {
            h = keyHash(ts, key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            ts.decref(e.value);
            PyFrozenSet tmp = PyFrozenSet.copyOf(ts, s);
            try {
                return discardEntry(ts, tmp, tmp.hash(ts));
            } finally {
                ts.decref(tmp);
            }
        }
        return discardEntry(ts, key, h);
    }

    /** Compare CPython set_clear_internal: empties the table, then releases the keys unlocked. */
    final void clearTable(ThreadState ts) {
        PyObject[] old;
        int n;
        lock(ts);
        try {
            old = keys;
            n = used;
            detachTable();
        } finally {
            unlock(ts);
        }
        releaseKeys(ts, old, n);
    }

    /** Under the lock: gives the set a fresh empty table. */
    private void detachTable() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hashCache = -1;
    }

    private static void releaseKeys(ThreadState ts, PyObject[] old, int n) {
        for (int i = 0; n > 0; i++) {
            PyObject k = old[i];
            if (k != null && k != DUMMY) {
                n--;
                ts.decref(k);
            }
        }
    }

    /**
     * One step of a walk: the next key at or after the cursor's position, with a new reference
     * and its hash, read under the lock. False at the end.
     */
    public final boolean next(ThreadState ts, EntryCursor c) {
        lock(ts);
        try {
            int p = nextSlot(c.pos);
            if (p < 0) {
                return false;
            }
            PyObject k = keys[p];
            ts.incref(k);
            c.key = k;
            c.hash = hashes[p];
            c.pos = p + 1;
            return true;
        } finally {
            unlock(ts);
        }
    }

    /**
     * A frozenset with this set's table, slot for slot (so what is built from it is laid out
     * as if built from this set), and its own references to the keys, copied under the lock.
     */
    final PyFrozenSet frozenCopy(ThreadState ts) {
        PyFrozenSet f = new PyFrozenSet();
        lock(ts);
        try {
            f.keys = keys.clone();
            f.hashes = hashes.clone();
            f.mask = mask;
            f.fill = fill;
            f.used = used;
            for (PyObject k : f.keys) {
                if (k != null && k != DUMMY) {
                    ts.incref(k);
                }
            }
        } finally {
            unlock(ts);
        }
        return f;
    }

    /** The next active slot at or after {@code pos}, or -1 (CPython's set_next); for a set owned or locked. */
    final int nextSlot(int pos) {
        PyObject[] table = keys;
        for (int i = pos; i < table.length; i++) {
            PyObject k = table[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    /** The borrowed key in an active slot from {@link #nextSlot}. */
    final PyObject keyAt(int slot) {
        return keys[slot];
    }

    /** The items in table order as new references, read under the lock. */
    final PyObject[] toArrayRef(ThreadState ts) {
        lock(ts);
        try {
            PyObject[] out = new PyObject[used];
            int n = 0;
            for (int p = nextSlot(0); p >= 0 && n < out.length; p = nextSlot(p + 1)) {
                PyObject k = keys[p];
                ts.incref(k);
                out[n++] = k;
            }
            return out;
        } finally {
            unlock(ts);
        }
    }

    // ---- protocols ------------------------------------------------------------------------

    @Override
    public long len(ThreadState ts) {
        return used;
    }

    @Override
    public boolean isTrue(ThreadState ts) {
        return used != 0;
    }

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        return containsKey(ts, item);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySetIterator(ts, this);
    }

    @Override
    public String repr(ThreadState ts) {
        String name = type().name();
        if (!ts.reprEnter(this)) {
            return name + "(...)";
        }
        try {
            if (used == 0) {
                return name + "()";
            }
            PyObject[] items = toArrayRef(ts);
            StringBuilder sb = new StringBuilder();
            boolean exact = type() == BuiltinTypes.SET;
            sb.append(exact ? "{" : name + "({");
            try {
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(items[i].repr(ts));
                }
            } finally {
                for (PyObject o : items) {
                    ts.decref(o);
                }
            }
            return sb.append(exact ? "}" : "})").toString();
        } finally {
            ts.reprLeave(this);
        }
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        return SetRelations.richCompare(ts, this, other, op);
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        return SetAlgebra.binary(ts, this, nb, other);
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        return other instanceof PyAnySet o ? SetAlgebra.binary(ts, o, nb, this) : PyNotImplemented.NotImplemented;
    }

    /** At a count of zero no other thread can reach the set: no lock. */
    @Override
    public void dealloc(ThreadState ts) {
        PyObject[] old = keys;
        int n = used;
        detachTable();
        releaseKeys(ts, old, n);
    }

    @Override
    public void traverse(RefVisitor v) {
        PyObject[] table = keys;
        for (PyObject k : table) {
            if (k != null && k != DUMMY) {
                v.visit(k);
            }
        }
    }
}
