package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.interp.ThreadState;

/**
 * {@code dict}: CPython 3.6+'s compact, insertion-ordered hash table.
 *
 * <h2>Layout</h2>
 * {@code indices} is an open-addressed table of slots holding an entry number, {@link #EMPTY}
 * or {@link #DUMMY}; the entries ({@code hashes}, {@code keys}, {@code values}) are appended in
 * insertion order, and deleted entries leave a null key until the next resize compacts them.
 * Probing follows CPython's {@code lookdict}: {@code i = (5*i + perturb + 1) & mask} with
 * {@code perturb >>= 5}.
 *
 * <h2>Reference counts</h2>
 * The dict owns one reference to each key and value. Storing over an existing key keeps the
 * old key object (as CPython does) and releases the old value.
 *
 * <h2>Concurrency</h2>
 * Not thread-safe by itself: under a GIL only one thread runs Python code; GIL-free strategies
 * guard mutations through the container guard (see the strategy SPI).
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] indices;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Live entries. */
    private int used;
    /** Entries appended so far, including deleted ones. */
    private int nentries;
    /** Bumped on every insertion or deletion: iterators detect a change of size. */
    private int version;

    public PyDict() {
        this(MIN_SIZE);
    }

    public PyDict(int expected) {
        int size = MIN_SIZE;
        while (size * 2 < expected * 3) {
            size <<= 1;
        }
        allocate(size);
    }

    private void allocate(int size) {
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

    @Override
    public PyType type() {
        return BuiltinTypes.DICT;
    }

    public int size() {
        return used;
    }

    public int version() {
        return version;
    }

    // ---- lookup ---------------------------------------------------------------------

    /** Slot index in {@code indices} holding key, or the negative (-1 - free slot) to insert at. */
    private int findSlot(ThreadState ts, PyObject key, long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
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
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Slot in {@code indices} of a str key equal to {@code name}, or -1. No Python code runs. */
    private int findStrSlot(String name) {
        long hash = PyStr.hashOf(name);
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash && keys[ix] instanceof PyStr s && s.value().equals(name)) {
                return i;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for key, borrowed, or null. May run Python {@code __hash__}/{@code __eq__}. */
    public PyObject get(ThreadState ts, PyObject key) {
        long hash = Abstract.hash(ts, key);
        int slot = findSlot(ts, key, hash);
        return slot >= 0 ? values[indices[slot]] : null;
    }

    /** The value for a str key, borrowed, or null. The fast path for namespaces. */
    public PyObject getStr(String name) {
        int slot = findStrSlot(name);
        return slot >= 0 ? values[indices[slot]] : null;
    }

    public boolean containsKey(ThreadState ts, PyObject key) {
        return get(ts, key) != null;
    }

    // ---- mutation -------------------------------------------------------------------

    /** {@code self[key] = value}: the dict takes its own references. */
    public void put(ThreadState ts, PyObject key, PyObject value) {
        long hash = Abstract.hash(ts, key);
        putWithHash(ts, key, hash, value);
    }

    private void putWithHash(ThreadState ts, PyObject key, long hash, PyObject value) {
        int slot = findSlot(ts, key, hash);
        ts.incref(value);
        if (slot >= 0) {
            int ix = indices[slot];
            PyObject old = values[ix];
            values[ix] = value;
            ts.decref(old);
            return;
        }
        if (nentries == keys.length) {
            resize(used * 3);
            slot = findSlot(ts, key, hash);
        }
        ts.incref(key);
        insertAt(-1 - slot, key, hash, value);
    }

    private void insertAt(int freeSlot, PyObject key, long hash, PyObject value) {
        indices[freeSlot] = nentries;
        hashes[nentries] = hash;
        keys[nentries] = key;
        values[nentries] = value;
        nentries++;
        used++;
        version++;
    }

    /** Empty slot for a new key with this hash (the key must not be present). */
    private int freeSlotFor(long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /**
     * Stores a str key with no reference counting, taking over {@code value}: for filling
     * dicts of objects that are being built and not yet visible to Python code.
     */
    public void putRaw(String name, PyObject value) {
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

    /** Stores under a str key made from {@code name}. */
    public void setStr(ThreadState ts, String name, PyObject value) {
        int slot = findStrSlot(name);
        if (slot >= 0) {
            int ix = indices[slot];
            ts.incref(value);
            PyObject old = values[ix];
            values[ix] = value;
            ts.decref(old);
            return;
        }
        PyStr key = PyStr.intern(name);
        putWithHash(ts, key, key.hash(ts), value);
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

    /** Removes key; returns the removed value as a new reference (the dict's), or null. */
    public PyObject remove(ThreadState ts, PyObject key) {
        long hash = Abstract.hash(ts, key);
        int slot = findSlot(ts, key, hash);
        if (slot < 0) {
            return null;
        }
        return removeSlot(ts, slot);
    }

    private PyObject removeSlot(ThreadState ts, int slot) {
        int ix = indices[slot];
        indices[slot] = DUMMY;
        PyObject k = keys[ix];
        PyObject v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        ts.decref(k);
        return v;
    }

    /** Deletes a str key; false if absent. */
    public boolean delStr(ThreadState ts, String name) {
        int slot = findStrSlot(name);
        if (slot < 0) {
            return false;
        }
        ts.decref(removeSlot(ts, slot));
        return true;
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (usable(size) <= minUsed) {
            size <<= 1;
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
            int i = (int) hash & mask;
            while (indices[i] != EMPTY) {
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

    /** Removes everything, releasing the references. */
    public void clear(ThreadState ts) {
        PyObject[] oldKeys = keys;
        PyObject[] oldValues = values;
        int oldN = nentries;
        allocate(MIN_SIZE);
        used = 0;
        version++;
        for (int j = 0; j < oldN; j++) {
            if (oldKeys[j] != null) {
                ts.decref(oldKeys[j]);
                ts.decref(oldValues[j]);
            }
        }
    }

    // ---- iteration by position ---------------------------------------------------------

    /**
     * The next live entry at or after {@code pos}, or -1: iterate with
     * {@code for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1))}.
     */
    public int nextEntry(int pos) {
        for (int j = pos; j < nentries; j++) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** Borrowed key of entry {@code pos}. */
    public PyObject keyAt(int pos) { return keys[pos]; }

    /** Borrowed value of entry {@code pos}. */
    public PyObject valueAt(int pos) { return values[pos]; }

    /** The stored hash of entry {@code pos}: sets built from dicts reuse it, as CPython's do. */
    public long hashAt(int pos) { return hashes[pos]; }

    /** Whether key, whose hash is already known, is present (CPython's _PyDict_Contains_KnownHash). */
    public boolean containsKnownHash(ThreadState ts, PyObject key, long hash) {
        return findSlot(ts, key, hash) >= 0;
    }

    /** Borrowed key of the last live entry, for popitem; -1 if empty. */
    public int lastEntry() {
        for (int j = nentries - 1; j >= 0; j--) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** Removes the entry {@code pos} (from nextEntry/lastEntry), returning its value (a new ref). */
    public PyObject removeEntry(ThreadState ts, int pos) {
        long hash = hashes[pos];
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (indices[i] != pos) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return removeSlot(ts, i);
    }

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
        PyObject v = get(ts, key);
        if (v == null) {
            return DictMethods.missing(ts, this, key);
        }
        ts.incref(v);
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
        return get(ts, key) != null;
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

    @Override
    public void dealloc(ThreadState ts) {
        clear(ts);
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
