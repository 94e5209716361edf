package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** A cell holding a variable shared between a function and its closures. */
public final class PyCell extends PyObject {
    /** The contents (owned), or null when empty (unbound). */
    public PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
    }

    @Override
    public PyType type() { return BuiltinTypes.CELL; }

    /** Replaces the contents, taking a new reference to value and releasing the old one. */
    public void set(ThreadState ts, PyObject value) {
        ts.incref(value);
        PyObject old = ref;
        ref = value;
        ts.decref(old);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        if (name.equals("cell_contents")) {
            if (ref == null) {
                throw Errors.valueError("Cell is empty");
            }
            ts.incref(ref);
            return ref;
        }
        return super.findAttr(ts, name);
    }

    @Override
    public String repr(ThreadState ts) {
        String id = Long.toHexString(ts.interp.ids.idOf(this));
        if (ref == null) {
            return "<cell at 0x" + id + ": empty>";
        }
        return "<cell at 0x" + id + ": " + ref.type().name() + " object at 0x"
                + Long.toHexString(ts.interp.ids.idOf(ref)) + ">";
    }

    @Override
    public void dealloc(ThreadState ts) {
        PyObject old = ref;
        ref = null;
        ts.decref(old);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(ref);
    }
}
