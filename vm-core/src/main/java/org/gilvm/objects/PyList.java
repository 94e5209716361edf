package org.gilvm.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * {@code list}: a growable array owning a reference to each item, CPython's
 * {@code PyListObject} (over-allocation by about 1/8, as list_resize does).
 *
 * <h2>Concurrency</h2>
 * {@code items} and {@code size} are read and changed under the list's lock
 * ({@link ThreadState#locks()}, a no-op under a GIL): every method here and in
 * {@link ListMethods}, {@link ListSlices}, {@link ListSort} and the list iterators takes it
 * around the Java code that touches them, and releases removed items only after letting go
 * of it. Python code ({@code __index__}, {@code __eq__}, {@code __del__}) runs outside it,
 * except in {@code list.remove}, as in CPython 3.13t. {@link #len} and {@link #isTrue} read
 * {@code size} without it (see {@link org.gilvm.spi.MutexObjectLocks}). The unlocked accessors
 * ({@link #array}, {@link #get}, {@link #appendOwned}, {@link #removeLast}) are for a list its
 * caller owns alone: one being built, or a private copy.
 */
public class PyList extends PyObject implements Lockable {
    private static final PyObject[] NO_ITEMS = new PyObject[0];
    private static final VarHandle MUTEX;
    /**
     * Item slots written with release and read with acquire where a reader may hold no lock
     * ({@link #itemUnlocked}): a thread that finds an object there sees it whole, as
     * 3.13t's {@code FT_ATOMIC_STORE_PTR_RELEASE} and {@code _Py_atomic_load_ptr} make sure.
     * On x86 both are plain moves that the JIT may not reorder.
     */
    private static final VarHandle ITEM = MethodHandles.arrayElementVarHandle(PyObject[].class);

    static {
        try {
            MUTEX = MethodHandles.lookup().findVarHandle(PyList.class, "mutex", ObjectMutex.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    PyObject[] items;
    int size;
    /** Made on first use by a strategy without a GIL; read through {@link #MUTEX}. */
    @SuppressWarnings("unused")
    private ObjectMutex mutex;

    public PyList() {
        this.items = NO_ITEMS;
    }

    /** Takes ownership of the first {@code size} items and their references. */
    public PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public PyType type() { return BuiltinTypes.LIST; }

    @Override
    public final ObjectMutex mutex() { return ObjectMutex.of(this, MUTEX); }

    /** The length; without the lock, a value the size had at some recent moment. */
    public final int size() { return size; }

    /** Borrowed item, for a list the caller owns alone; no bounds check beyond Java's. */
    public final PyObject get(int i) { return items[i]; }

    /** The backing array (valid up to size()), for a list the caller owns alone. */
    public final PyObject[] array() { return items; }

    /** {@code list.append(x)}: the list takes its own reference. */
    public final void append(ThreadState ts, PyObject x) {
        ts.incref(x);
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            appendOwned(x);
        } finally {
            g.unlock(ts, this);
        }
    }

    /** Appends a reference the caller hands over, to a list it owns alone or has locked. */
    public final void appendOwned(PyObject x) {
        if (size == items.length) {
            grow(size + 1);
        }
        publish(items, size, x);
        size++;
    }

    /** Stores an item where an unlocked reader may find it (see {@link #ITEM}). */
    static void publish(PyObject[] a, int i, PyObject x) {
        ITEM.setRelease(a, i, x);
    }

    /** Removes the last item of a list the caller owns alone and hands over its reference. */
    public final PyObject removeLast() {
        PyObject v = items[--size];
        items[size] = null;
        return v;
    }

    final void grow(int minCapacity) {
        int newCap = minCapacity + (minCapacity >> 3) + (minCapacity < 9 ? 3 : 6);
        items = Arrays.copyOf(items, newCap);
    }

    /**
     * Item {@code i} (counting from the end when negative) as a new reference, or null when
     * out of range: CPython 3.13t's {@code list_get_item_ref}. Without a GIL the item is read
     * without the lock first ({@link #itemUnlocked}); readers sharing a list would otherwise
     * take turns on its mutex, a write to one cache line on every {@code l[i]}.
     */
    public final PyObject getItemRef(ThreadState ts, long i) {
        ObjectLocks g = ts.locks();
        if (g.guards()) {
            int n = size;
            long j = i < 0 ? i + n : i;
            if (j >= 0 && j < n) {
                PyObject o = itemUnlocked(ts, (int) j);
                if (o != null) {
                    return o;
                }
            }
        }
        g.lock(ts, this);
        try {
            int n = size;
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                return null;
            }
            PyObject o = items[(int) i];
            ts.incref(o);
            return o;
        } finally {
            g.unlock(ts, this);
        }
    }

    /**
     * Item {@code i} (below a size read a moment ago) as a new reference read without the
     * lock, or null when that cannot be done and the caller must take the lock: 3.13t's
     * {@code _Py_TryXGetRef}. The array read may be one a resize or a clear has just replaced;
     * the JVM keeps it alive (QSBR's job in CPython), and what it holds at {@code i} was the
     * list's item at some moment since the array was read, so the answer is one the program
     * could have seen. The item is taken only if still alive: try-incref fails on a count
     * that reached zero. CPython then checks the slot again, because freed memory may come
     * back as a new object at the same address; a Java object cannot, so no check is needed.
     */
    final PyObject itemUnlocked(ThreadState ts, int i) {
        PyObject[] a = items;
        if (i >= a.length) {
            return null;
        }
        PyObject o = (PyObject) ITEM.getAcquire(a, i);
        if (o == null || !ts.refCounts().tryIncref(ts, o)) {
            return null;
        }
        return o;
    }

    /** A new list with the same items, read under the lock. */
    public final PyList copy(ThreadState ts) {
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            int n = size;
            PyObject[] copy = Arrays.copyOf(items, Math.max(n, 1));
            for (int i = 0; i < n; i++) {
                ts.incref(copy[i]);
            }
            return new PyList(copy, n);
        } finally {
            g.unlock(ts, this);
        }
    }

    @Override
    public long len(ThreadState ts) { return size; }

    @Override
    public boolean isTrue(ThreadState ts) { return size != 0; }

    @Override
    public String repr(ThreadState ts) {
        return SeqMethods.listRepr(ts, this);
    }

    @Override
    public long hash(ThreadState ts) {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof PyList l) {
            return ListMethods.compare(ts, this, l, op);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        return ListMethods.getItem(ts, this, key);
    }

    @Override
    public void setItem(ThreadState ts, PyObject key, PyObject value) {
        ListMethods.setItem(ts, this, key, value);
    }

    @Override
    public void delItem(ThreadState ts, PyObject key) {
        ListMethods.delItem(ts, this, key);
    }

    /** Compare CPython 3.13t list_contains: each item is taken as a reference, then compared unlocked. */
    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        for (int i = 0; ; i++) {
            PyObject x = getItemRef(ts, i);
            if (x == null) {
                return false;
            }
            boolean eq;
            try {
                eq = Abstract.eqForContains(ts, x, item);
            } finally {
                ts.decref(x);
            }
            if (eq) {
                return true;
            }
        }
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        return ListMethods.binary(ts, this, nb, other);
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.list(ts, this, SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject inplaceOp(ThreadState ts, int nb, PyObject other) {
        return ListMethods.inplace(ts, this, nb, other);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIterator(ts, this);
    }

    /** At a count of zero no other thread can reach the list: no lock. */
    @Override
    public void dealloc(ThreadState ts) {
        PyObject[] old = items;
        int n = size;
        items = NO_ITEMS;
        size = 0;
        for (int i = 0; i < n; i++) {
            ts.decref(old[i]);
        }
    }

    @Override
    public void traverse(RefVisitor v) {
        PyObject[] a = items;
        for (int i = 0, n = size; i < n; i++) {
            v.visitNullable(a[i]);
        }
    }
}
