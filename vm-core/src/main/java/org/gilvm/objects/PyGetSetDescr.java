package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * An attribute computed by Java code, CPython's {@code getset_descriptor}: {@code __class__} on
 * object and {@code __dict__} on classes whose instances have one. A data descriptor, so it
 * wins over an instance dict entry of the same name.
 */
public final class PyGetSetDescr extends PyObject {
    /** Returns a new reference; raises AttributeError when obj has no such value. */
    @FunctionalInterface
    public interface Getter {
        PyObject get(ThreadState ts, PyObject obj);
    }

    /** Stores value (borrowed), or deletes when value is null. */
    @FunctionalInterface
    public interface Setter {
        void set(ThreadState ts, PyObject obj, PyObject value);
    }

    private final String name;
    private final PyType owner;
    private final Getter getter;
    private final Setter setter;

    /** @param setter null for a read-only attribute */
    public PyGetSetDescr(String name, PyType owner, Getter getter, Setter setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() { return BuiltinTypes.GETSET_DESCRIPTOR; }

    @Override
    public boolean hasDescrGet() { return true; }

    @Override
    public boolean isDataDescriptor() { return true; }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType type) {
        if (obj == null) {
            ts.incref(this);
            return this;
        }
        check(obj);
        return getter.get(ts, obj);
    }

    @Override
    public void descrSet(ThreadState ts, PyObject obj, PyObject value) {
        check(obj);
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
        }
        setter.set(ts, obj, value);
    }

    /** CPython's descr_check. */
    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return switch (attr) {
            case "__name__" -> new PyStr(name);
            case "__qualname__" -> new PyStr(owner.name() + "." + name);
            case "__objclass__" -> {
                ts.incref(owner);
                yield owner;
            }
            default -> super.findAttr(ts, attr);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }
}
