package org.gilvm.objects;

import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.gilvm.interp.ThreadState;

/**
 * The storage of a {@link PyDict}: CPython 3.6+'s compact, insertion-ordered hash table.
 *
 * <h2>Layout</h2>
 * {@code indices} is an open-addressed table of slots holding an entry number, {@link #EMPTY}
 * or {@link #DUMMY}; the entries ({@code hashes}, {@code keys}, {@code values}) are appended in
 * insertion order, and deleted entries leave a null key until the next resize compacts them.
 * Probing follows CPython's {@code lookdict}: {@code i = (5*i + perturb + 1) & mask} with
 * {@code perturb >>= 5}.
 *
 * <h2>Concurrency</h2>
 * Nothing here locks: the package-private methods run with the dict's lock held (or on a
 * dict the caller owns alone), and {@link PyDict} takes it. The public positional methods
 * ({@link #nextEntry}, {@link #keyAt}, {@link #putRaw}, ...) are for a dict the caller owns
 * alone or has locked; {@link #size} and {@link #getStr} are safe without it (see their
 * comments).
 */
abstract class DictTable extends PyObject {
    static final int EMPTY = -1;
    static final int DUMMY = -2;
    static final int MIN_SIZE = 8;

    int[] indices;
    long[] hashes;
    PyObject[] keys;
    PyObject[] values;
    /** Live entries. */
    int used;
    /** Entries appended so far, including deleted ones. */
    int nentries;
    /** Bumped on every insertion or deletion: iterators detect a change of size. */
    int version;

    DictTable(int expected) {
        int size = MIN_SIZE;
        while (size * 2 < expected * 3) {
            size <<= 1;
        }
        allocate(size);
    }

    final void allocate(int size) {
        indices = new int[size];
        Arrays.fill(indices, EMPTY);
        int usable = usable(size);
        hashes = new long[usable];
        keys = new PyObject[usable];
        values = new PyObject[usable];
        nentries = 0;
    }

    /** CPython's USABLE_FRACTION: two thirds of the slots. */
    private static int usable(int size) {
        return (size << 1) / 3;
    }

    /** The number of entries; without the lock, a value it had at some recent moment. */
    public final int size() {
        return used;
    }

    public final int version() {
        return version;
    }

    /**
     * Under the lock: the slot in {@code indices} holding key, or the negative
     * (-1 - free slot) to insert at. May run Python {@code __eq__}.
     */
    final int findSlot(ThreadState ts, PyObject key, long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int jumps = 0;
        int i = (int) hash & mask;
        int freeSlot = -1;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1 - (freeSlot >= 0 ? freeSlot : i);
            }
            if (ix == DUMMY) {
                if (freeSlot < 0) {
                    freeSlot = i;
                }
            } else {
                PyObject k = keys[ix];
                if (k == key || (hashes[ix] == hash && Abstract.keyEquals(ts, k, key))) {
                    return i;
                }
            }
            if (HashProbes.exceeded(++jumps, mask)) {
                throw HashProbes.corrupt("dict");
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Under the lock: the slot in {@code indices} of a str key equal to {@code name}, or -1. */
    final int findStrSlot(String name) {
        long hash = PyStr.hashOf(name);
        int mask = indices.length - 1;
        long perturb = hash;
        int jumps = 0;
        int i = (int) hash & mask;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash && keys[ix] instanceof PyStr s && s.value().equals(name)) {
                return i;
            }
            if (HashProbes.exceeded(++jumps, mask)) {
                throw HashProbes.corrupt("dict");
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * An inline cache's read (LOAD_GLOBAL): a new reference to the value of entry {@code ix}
     * if that entry still holds {@code key} (compared by identity), else null and the caller
     * looks the name up. Entries never move within one set of arrays (a resize makes new
     * ones), so "the arrays I read are still the dict's, and entry ix still has my key" means
     * the value is this key's. Under a GIL nothing changes concurrently; without one, the
     * value is increfed only if still alive and kept only if still in place, as
     * {@link PyDict#getStrShared} does.
     */
    public final PyObject cachedRef(ThreadState ts, int ix, PyObject key) {
        PyObject[] ks = keys, vs = values;
        if (ix >= ks.length || ix >= vs.length || ks[ix] != key) {
            return null;
        }
        PyObject v = vs[ix];
        if (v == null) {
            return null;
        }
        if (!ts.locks().guards()) {
            ts.incref(v);
            return v;
        }
        if (!ts.refCounts().tryIncref(ts, v)) {
            return null;
        }
        // Without this fence the JIT may reuse the loads above instead of reading again.
        VarHandle.loadLoadFence();
        if (keys == ks && values == vs && vs[ix] == v) {
            return v;
        }
        ts.decref(v);
        return null;
    }

    /** Under the lock: the entry number of str key {@code name}, or -1. */
    final int entryOfStr(String name) {
        int slot = findStrSlot(name);
        return slot < 0 ? -1 : indices[slot];
    }

    /**
     * The value for a str key, borrowed, or null, read without the lock: for dicts that are
     * not shared or rarely change (type dicts, a module's while it is imported). The arrays
     * are read once into locals and every index is checked, so a resize by another thread
     * can make this miss but never throw.
     */
    public final PyObject getStr(String name) {
        int[] ind = indices;
        long[] hs = hashes;
        PyObject[] ks = keys, vs = values;
        long hash = PyStr.hashOf(name);
        int mask = ind.length - 1;
        long perturb = hash;
        int jumps = 0;
        int i = (int) hash & mask;
        while (true) {
            int ix = ind[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && ix < hs.length && ix < ks.length && ix < vs.length && hs[ix] == hash
                    && ks[ix] instanceof PyStr s && s.value().equals(name)) {
                return vs[ix];
            }
            if (HashProbes.exceeded(++jumps, mask)) {
                throw HashProbes.corrupt("dict");
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Under the lock: stores value under key, returning the value replaced (for the caller to release) or null. */
    final PyObject insert(ThreadState ts, PyObject key, long hash, PyObject value) {
        int slot = findSlot(ts, key, hash);
        if (slot >= 0) {
            int ix = indices[slot];
            PyObject old = values[ix];
            ts.incref(value);
            values[ix] = value;
            return old;
        }
        insertNew(ts, slot, key, hash, value);
        return null;
    }

    /** Under the lock: adds an absent key at the (-1 - free slot) that {@link #findSlot} returned. */
    final void insertNew(ThreadState ts, int slot, PyObject key, long hash, PyObject value) {
        if (nentries == keys.length) {
            resize(used * 3);
            slot = findSlot(ts, key, hash);
        }
        ts.incref(key);
        ts.incref(value);
        insertAt(-1 - slot, key, hash, value);
    }

    final void insertAt(int freeSlot, PyObject key, long hash, PyObject value) {
        indices[freeSlot] = nentries;
        hashes[nentries] = hash;
        keys[nentries] = key;
        values[nentries] = value;
        nentries++;
        used++;
        version++;
    }

    /** Empty slot for a new key with this hash (the key must not be present). */
    final int freeSlotFor(long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int jumps = 0;
        int i = (int) hash & mask;
        while (indices[i] >= 0) {
            if (HashProbes.exceeded(++jumps, mask)) {
                throw HashProbes.corrupt("dict");
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /**
     * Stores a str key with no reference counting and no lock, taking over {@code value}:
     * for filling dicts of objects that are being built and not yet visible to Python code.
     */
    public final void putRaw(String name, PyObject value) {
        int slot = findStrSlot(name);
        if (slot >= 0) {
            values[indices[slot]] = value;
            return;
        }
        if (nentries == keys.length) {
            resize(used * 3);
        }
        PyStr key = PyStr.intern(name);
        long hash = PyStr.hashOf(name);
        insertAt(freeSlotFor(hash), key, hash, value);
    }

    /** Under the lock: empties the entry in {@code slot}; the caller releases its key and value. */
    final void unlink(int slot) {
        int ix = indices[slot];
        indices[slot] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
    }

    /** The slot in {@code indices} that holds entry {@code pos}. */
    final int slotOfEntry(int pos) {
        long hash = hashes[pos];
        int mask = indices.length - 1;
        long perturb = hash;
        int jumps = 0;
        int i = (int) hash & mask;
        while (indices[i] != pos) {
            if (HashProbes.exceeded(++jumps, mask)) {
                throw HashProbes.corrupt("dict");
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    final void resize(int minUsed) {
        int size = MIN_SIZE;
        while (usable(size) <= minUsed) {
            size = HashProbes.doubled(size, "dict");
        }
        long[] oldHashes = hashes;
        PyObject[] oldKeys = keys;
        PyObject[] oldValues = values;
        int oldN = nentries;
        allocate(size);
        int mask = size - 1;
        int n = 0;
        for (int j = 0; j < oldN; j++) {
            if (oldKeys[j] == null) {
                continue;
            }
            long hash = oldHashes[j];
            long perturb = hash;
            int jumps = 0;
            int i = (int) hash & mask;
            while (indices[i] != EMPTY) {
                if (HashProbes.exceeded(++jumps, mask)) {
                    throw HashProbes.corrupt("dict");
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            indices[i] = n;
            hashes[n] = hash;
            keys[n] = oldKeys[j];
            values[n] = oldValues[j];
            n++;
        }
        nentries = n;
    }

    static void release(ThreadState ts, PyObject[] oldKeys, PyObject[] oldValues, int oldN) {
        for (int j = 0; j < oldN; j++) {
            if (oldKeys[j] != null) {
                ts.decref(oldKeys[j]);
                ts.decref(oldValues[j]);
            }
        }
    }

    /**
     * The next live entry at or after {@code pos}, or -1: iterate a dict the caller owns alone
     * or has locked with {@code for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1))}.
     */
    public final int nextEntry(int pos) {
        for (int j = pos; j < nentries; j++) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** Borrowed key of entry {@code pos}. */
    public final PyObject keyAt(int pos) { return keys[pos]; }

    /** Borrowed value of entry {@code pos}. */
    public final PyObject valueAt(int pos) { return values[pos]; }

    /** The stored hash of entry {@code pos}: sets built from dicts reuse it, as CPython's do. */
    public final long hashAt(int pos) { return hashes[pos]; }

    /** The last live entry, or -1 if empty. */
    public final int lastEntry() {
        for (int j = nentries - 1; j >= 0; j--) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }
}
