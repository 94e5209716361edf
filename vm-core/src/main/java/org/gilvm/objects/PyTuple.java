package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code tuple}: an immutable array that owns a reference to each item. */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]).immortal();

    private final PyObject[] items;

    /** Takes ownership of {@code items} and of one reference to each element. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    /**
     * A tuple of the given items, which the tuple does NOT incref: for Java callers handing
     * over new references or immortal objects (exception args, small results).
     */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** A tuple of borrowed {@code argv[off .. off+n)}, taking new references. */
    public static PyTuple copyOf(ThreadState ts, PyObject[] argv, int off, int n) {
        if (n == 0) {
            return EMPTY;
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject o = argv[off + i];
            ts.incref(o);
            items[i] = o;
        }
        return new PyTuple(items);
    }

    @Override
    public PyType type() { return BuiltinTypes.TUPLE; }

    public final int size() { return items.length; }

    /** Borrowed item. */
    public final PyObject get(int i) { return items[i]; }

    /** The backing array: callers must not modify it. */
    public final PyObject[] array() { return items; }

    @Override
    public long len(ThreadState ts) { return items.length; }

    @Override
    public boolean isTrue(ThreadState ts) { return items.length != 0; }

    @Override
    public String repr(ThreadState ts) {
        return SeqMethods.tupleRepr(ts, this);
    }

    @Override
    public long hash(ThreadState ts) {
        return SeqMethods.tupleHash(ts, this);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof PyTuple t) {
            return SeqMethods.compare(ts, items, items.length, t.items, t.items.length, op);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        return SeqMethods.tupleGetItem(ts, this, key);
    }

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        for (PyObject o : items) {
            if (Abstract.eqForContains(ts, o, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        return SeqMethods.tupleBinary(ts, this, nb, other);
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.tuple(ts, this, SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIterator(ts, this);
    }

    @Override
    public void dealloc(ThreadState ts) {
        for (PyObject o : items) {
            ts.decref(o);
        }
    }

    @Override
    public void traverse(RefVisitor v) {
        for (PyObject o : items) {
            v.visitNullable(o);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(items[i]);
        }
        return sb.append(items.length == 1 ? ",)" : ")").toString();
    }
}
