package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * One name of a class's {@code __slots__}, CPython's {@code member_descriptor}: the value
 * lives in the instance's slot array at {@link #index} rather than in a dict.
 */
public final class PyMemberDescr extends PyObject {
    private final String name;
    private final PyType owner;
    private final int index;

    PyMemberDescr(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType type() { return BuiltinTypes.MEMBER_DESCRIPTOR; }

    @Override
    public boolean hasDescrGet() { return true; }

    @Override
    public boolean isDataDescriptor() { return true; }

    private PyInstance check(PyObject obj) {
        if (!(obj instanceof PyInstance inst) || !obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
        return inst;
    }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType type) {
        if (obj == null) {
            ts.incref(this);
            return this;
        }
        PyObject v = check(obj).slot(index);
        if (v == null) {
            throw Errors.noAttribute(ts, obj, name);
        }
        ts.incref(v);
        return v;
    }

    @Override
    public void descrSet(ThreadState ts, PyObject obj, PyObject value) {
        PyInstance inst = check(obj);
        if (value == null && inst.slot(index) == null) {
            // CPython's PyMember_SetOne raises with the bare name here.
            throw Errors.attributeError(name);
        }
        inst.setSlot(ts, index, value);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return switch (attr) {
            case "__name__" -> new PyStr(name);
            case "__qualname__" -> new PyStr(owner.qualname() + "." + name);
            case "__objclass__" -> {
                ts.incref(owner);
                yield owner;
            }
            default -> super.findAttr(ts, attr);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
