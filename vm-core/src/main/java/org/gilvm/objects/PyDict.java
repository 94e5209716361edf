package org.gilvm.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * {@code dict}: CPython 3.6+'s compact, insertion-ordered hash table; the table itself is
 * {@link DictTable}.
 *
 * <h2>Reference counts</h2>
 * The dict owns one reference to each key and value. Storing over an existing key keeps the
 * old key object (as CPython does) and releases the old value.
 *
 * <h2>Concurrency</h2>
 * The public operations take the dict's lock ({@link ThreadState#locks()}: a no-op under a
 * GIL) around the Java code that reads or changes the table, following the rules of
 * {@link org.gilvm.spi.MutexObjectLocks}: a key is hashed before the lock is taken; a probe
 * that meets an equal hash calls {@code __eq__} with the lock held (it is reentrant, so that
 * code may use this dict); values handed out are new references taken under the lock;
 * replaced and removed keys and values are released after it is let go. Walks that run
 * Python code between entries go one entry at a time through {@link #next}.
 *
 * <p>Three kinds of access skip the lock: {@link #size} and the truth test read one int;
 * {@link #getStr} (type dicts, namespaces being built) reads the table through local copies
 * of its arrays, so a concurrent resize can make it miss but never fail; and the
 * positional methods of {@link DictTable} are for a dict the caller owns alone or has locked.
 */
public class PyDict extends DictTable implements Lockable {
    private static final VarHandle MUTEX;

    static {
        try {
            MUTEX = MethodHandles.lookup().findVarHandle(PyDict.class, "mutex", ObjectMutex.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Made on first use by a strategy without a GIL; read through {@link #MUTEX}. */
    @SuppressWarnings("unused")
    private ObjectMutex mutex;

    public PyDict() {
        super(MIN_SIZE);
    }

    public PyDict(int expected) {
        super(expected);
    }

    @Override
    public PyType type() {
        return BuiltinTypes.DICT;
    }

    @Override
    public final ObjectMutex mutex() {
        return ObjectMutex.of(this, MUTEX);
    }

    // ---- lookup ---------------------------------------------------------------------

    /** The value for key as a new reference, or null. May run Python {@code __hash__}/{@code __eq__}. */
    public PyObject getRef(ThreadState ts, PyObject key) {
        long hash = Abstract.hash(ts, key);
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            return valueRef(ts, findSlot(ts, key, hash));
        } finally {
            g.unlock(ts, this);
        }
    }

    /** Under the lock: the value in {@code slot} as a new reference, or null for no slot (-1). */
    private PyObject valueRef(ThreadState ts, int slot) {
        if (slot < 0) {
            return null;
        }
        PyObject v = values[indices[slot]];
        ts.incref(v);
        return v;
    }

    /** The value for a str key as a new reference, or null: namespaces shared between threads. */
    public PyObject getStrRef(ThreadState ts, String name) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            return valueRef(ts, findStrSlot(name));
        } finally {
            g.unlock(ts, this);
        }
    }

    /**
     * LOAD_GLOBAL's read of a namespace shared by every thread: a new reference, or null.
     * Without a GIL it first tries without the lock, as free-threaded CPython does
     * (PEP 703's optimistic dict reads): the value found is increfed only if it is still
     * alive, and kept only if the name still maps to it afterwards. A miss is trusted when the
     * table was not replaced meanwhile (entries move only when it is); anything else falls back
     * to the locked read. Globals and builtins are the most shared dicts of all, and locking
     * them on every global read made threads queue on their mutexes.
     */
    public PyObject getStrShared(ThreadState ts, String name) {
        if (!ts.locks().guards()) {
            return getStrRef(ts, name);
        }
        int[] table = indices;
        PyObject v = getStr(name);
        if (v == null) {
            if (table == indices) {
                return null;
            }
        } else if (ts.refCounts().tryIncref(ts, v)) {
            if (getStr(name) == v) {
                return v;
            }
            ts.decref(v);
        }
        return getStrRef(ts, name);
    }

    /**
     * For filling an inline cache: the entry number of str key {@code name} and the key object
     * stored there, and the dict's version, read together under the lock; {@code ix} is -1
     * when the key is absent (the version then says until when).
     */
    public CacheEntry cacheEntry(ThreadState ts, String name) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int ix = entryOfStr(name);
            return new CacheEntry(ix, ix < 0 ? null : keys[ix], version);
        } finally {
            g.unlock(ts, this);
        }
    }

    /** Where a key was found: entry {@code ix} holding {@code key}, at dict version {@code version}. */
    public record CacheEntry(int ix, PyObject key, int version) {}

    /** Whether a str key is present. */
    public boolean containsStr(ThreadState ts, String name) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            return findStrSlot(name) >= 0;
        } finally {
            g.unlock(ts, this);
        }
    }

    public boolean containsKey(ThreadState ts, PyObject key) {
        long hash = Abstract.hash(ts, key);
        return containsKnownHash(ts, key, hash);
    }

    /** Whether key, whose hash is already known, is present (CPython's _PyDict_Contains_KnownHash). */
    public boolean containsKnownHash(ThreadState ts, PyObject key, long hash) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            return findSlot(ts, key, hash) >= 0;
        } finally {
            g.unlock(ts, this);
        }
    }

    // ---- mutation -------------------------------------------------------------------

    /** {@code self[key] = value}: the dict takes its own references. */
    public void put(ThreadState ts, PyObject key, PyObject value) {
        long hash = Abstract.hash(ts, key);
        PyObject old;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            old = insert(ts, key, hash, value);
        } finally {
            g.unlock(ts, this);
        }
        ts.decref(old);
    }

    /** Stores under a str key made from {@code name}. */
    public void setStr(ThreadState ts, String name, PyObject value) {
        PyObject old;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int slot = findStrSlot(name);
            if (slot >= 0) {
                int ix = indices[slot];
                ts.incref(value);
                old = values[ix];
                values[ix] = value;
            } else {
                PyStr key = PyStr.intern(name);
                old = insert(ts, key, key.hash(ts), value);
            }
        } finally {
            g.unlock(ts, this);
        }
        ts.decref(old);
    }

    /** Stores under a str key, taking over the caller's (new) reference to value. */
    public void setStrSteal(ThreadState ts, String name, PyObject value) {
        setStr(ts, name, value);
        ts.decref(value);
    }

    /** {@code self[key] = value}, taking over the caller's (new) reference to value. */
    public void putSteal(ThreadState ts, PyObject key, PyObject value) {
        put(ts, key, value);
        ts.decref(value);
    }

    /**
     * {@code dict.setdefault}: the value for key, storing {@code dflt} first when key is
     * absent, as one step; a new reference.
     */
    public PyObject setDefault(ThreadState ts, PyObject key, PyObject dflt) {
        long hash = Abstract.hash(ts, key);
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int slot = findSlot(ts, key, hash);
            PyObject v;
            if (slot >= 0) {
                v = values[indices[slot]];
            } else {
                insertNew(ts, slot, key, hash, dflt);
                v = dflt;
            }
            ts.incref(v);
            return v;
        } finally {
            g.unlock(ts, this);
        }
    }

    /** Removes key; returns the removed value as a new reference (the dict's), or null. */
    public PyObject remove(ThreadState ts, PyObject key) {
        long hash = Abstract.hash(ts, key);
        PyObject k, v;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int slot = findSlot(ts, key, hash);
            if (slot < 0) {
                return null;
            }
            int ix = indices[slot];
            k = keys[ix];
            v = values[ix];
            unlink(slot);
        } finally {
            g.unlock(ts, this);
        }
        ts.decref(k);
        return v;
    }

    /** Deletes a str key; false if absent. */
    public boolean delStr(ThreadState ts, String name) {
        PyObject k, v;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int slot = findStrSlot(name);
            if (slot < 0) {
                return false;
            }
            int ix = indices[slot];
            k = keys[ix];
            v = values[ix];
            unlink(slot);
        } finally {
            g.unlock(ts, this);
        }
        ts.decref(k);
        ts.decref(v);
        return true;
    }

    /** {@code dict.popitem}: the newest entry as a (key, value) tuple, removed; null when empty. */
    public PyTuple popItem(ThreadState ts) {
        PyObject k, v;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int p = lastEntry();
            if (p < 0) {
                return null;
            }
            k = keys[p];
            v = values[p];
            unlink(slotOfEntry(p));
        } finally {
            g.unlock(ts, this);
        }
        return PyTuple.of(k, v);
    }

    /** Removes everything, releasing the references once the dict is empty and unlocked. */
    public void clear(ThreadState ts) {
        PyObject[] oldKeys, oldValues;
        int oldN;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            oldKeys = keys;
            oldValues = values;
            oldN = nentries;
            allocate(MIN_SIZE);
            used = 0;
            version++;
        } finally {
            g.unlock(ts, this);
        }
        release(ts, oldKeys, oldValues, oldN);
    }

    /**
     * {@code dict.copy()}: a new dict with the same entries in the same order, read under the
     * lock. Entries go in with their stored hashes, as CPython's copy does, so no Python code
     * runs.
     */
    public PyDict copy(ThreadState ts) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            PyDict r = new PyDict(used);
            for (int j = 0; j < nentries; j++) {
                PyObject k = keys[j];
                if (k != null) {
                    PyObject v = values[j];
                    ts.incref(k);
                    ts.incref(v);
                    r.insertAt(r.freeSlotFor(hashes[j]), k, hashes[j], v);
                }
            }
            return r;
        } finally {
            g.unlock(ts, this);
        }
    }

    /**
     * One step of a walk: the next live entry at or after the cursor's position, with new
     * references to its key and value, read under the lock. False at the end.
     */
    public boolean next(ThreadState ts, EntryCursor c) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int p = nextEntry(c.pos);
            if (p < 0) {
                return false;
            }
            PyObject k = keys[p], v = values[p];
            ts.incref(k);
            ts.incref(v);
            c.key = k;
            c.value = v;
            c.hash = hashes[p];
            c.pos = p + 1;
            return true;
        } finally {
            g.unlock(ts, this);
        }
    }

    // ---- iteration by position ---------------------------------------------------------

    // ---- protocols ------------------------------------------------------------------

    @Override
    public long len(ThreadState ts) {
        return used;
    }

    @Override
    public boolean isTrue(ThreadState ts) {
        return used != 0;
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        PyObject v = getRef(ts, key);
        if (v == null) {
            return DictMethods.missing(ts, this, key);
        }
        return v;
    }

    @Override
    public void setItem(ThreadState ts, PyObject key, PyObject value) {
        put(ts, key, value);
    }

    @Override
    public void delItem(ThreadState ts, PyObject key) {
        PyObject v = remove(ts, key);
        if (v == null) {
            throw Errors.keyError(ts, key);
        }
        ts.decref(v);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject key) {
        return containsKey(ts, key);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PyDictIterator(ts, this, PyDictIterator.Kind.KEYS, false);
    }

    @Override
    public long hash(ThreadState ts) {
        throw Errors.unhashable(this);
    }

    @Override
    public String repr(ThreadState ts) {
        return DictMethods.repr(ts, this);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        return DictMethods.richCompare(ts, this, other, op);
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        return DictMethods.binaryOp(ts, this, nb, other, false);
    }

    @Override
    public PyObject inplaceOp(ThreadState ts, int nb, PyObject other) {
        return DictMethods.binaryOp(ts, this, nb, other, true);
    }

    /** At a count of zero no other thread can reach the dict: no lock. */
    @Override
    public void dealloc(ThreadState ts) {
        PyObject[] oldKeys = keys, oldValues = values;
        int oldN = nentries;
        allocate(MIN_SIZE);
        used = 0;
        version++;
        release(ts, oldKeys, oldValues, oldN);
    }

    @Override
    public void traverse(RefVisitor v) {
        PyObject[] ks = keys, vs = values;
        for (int i = 0, n = nentries; i < n; i++) {
            if (ks[i] != null) {
                v.visit(ks[i]);
                v.visitNullable(vs[i]);
            }
        }
    }
}
