package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.interp.ThreadState;

/**
 * {@code list}: a growable array owning a reference to each item, CPython's
 * {@code PyListObject} (over-allocation by about 1/8, as list_resize does).
 */
public class PyList extends PyObject {
    private static final PyObject[] NO_ITEMS = new PyObject[0];

    PyObject[] items;
    int size;

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

    public final int size() { return size; }

    /** Borrowed item; no bounds check beyond Java's. */
    public final PyObject get(int i) { return items[i]; }

    /** The backing array (valid up to size()): callers must not keep or modify it. */
    public final PyObject[] array() { return items; }

    /** {@code list.append(x)}: the list takes its own reference. */
    public final void append(ThreadState ts, PyObject x) {
        ts.incref(x);
        appendOwned(x);
    }

    /** Appends a reference the caller hands over. */
    public final void appendOwned(PyObject x) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = x;
    }

    /** Removes the last item and hands its reference to the caller; the list must not be empty. */
    public final PyObject removeLast() {
        PyObject v = items[--size];
        items[size] = null;
        return v;
    }

    final void grow(int minCapacity) {
        int newCap = minCapacity + (minCapacity >> 3) + (minCapacity < 9 ? 3 : 6);
        items = Arrays.copyOf(items, newCap);
    }

    /** Replaces item i, releasing the old one. */
    public final void set(ThreadState ts, int i, PyObject x) {
        ts.incref(x);
        PyObject old = items[i];
        items[i] = x;
        ts.decref(old);
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
            return SeqMethods.compare(ts, items, size, l.items, l.size, op);
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

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        for (int i = 0; i < size; i++) {
            if (Abstract.eqForContains(ts, items[i], item)) {
                return true;
            }
        }
        return false;
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
