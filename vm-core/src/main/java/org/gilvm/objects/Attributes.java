package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * The generic attribute protocol, CPython's {@code _PyObject_GenericGetAttrWithDict} and
 * {@code _PyObject_GenericSetAttrWithDict}: data descriptors on the type win over the
 * instance dict, which wins over other class attributes.
 */
public final class Attributes {
    private Attributes() {}

    /**
     * @param dict the instance dict, or null to use {@code obj.dict()}
     * @return a new reference, or null when there is no such attribute
     */
    public static PyObject genericFindAttr(ThreadState ts, PyObject obj, String name, PyDict dict) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        if (descr != null && descr.hasDescrGet() && descr.isDataDescriptor()) {
            return descr.descrGet(ts, obj, type);
        }
        PyDict d = dict != null ? dict : obj.dict();
        if (d != null) {
            // Taken under the dict's lock: instance and module dicts are shared between threads.
            PyObject v = d.getStrRef(ts, name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            if (descr.hasDescrGet()) {
                return descr.descrGet(ts, obj, type);
            }
            ts.incref(descr);
            return descr;
        }
        return null;
    }

    /** Sets (value non-null) or deletes (value null) an attribute. */
    public static void genericSetAttr(ThreadState ts, PyObject obj, String name, PyObject value, PyDict dict) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        if (descr != null && descr.isDataDescriptor()) {
            descr.descrSet(ts, obj, value);
            return;
        }
        PyDict d = dict != null ? dict : obj.dict();
        if (d == null) {
            if (descr == null) {
                throw Errors.attributeError("'" + type.name() + "' object has no attribute '" + name + "'");
            }
            throw Errors.attributeError("'" + type.name() + "' object attribute '" + name + "' is read-only");
        }
        if (value == null) {
            if (!d.delStr(ts, name)) {
                throw Errors.noAttribute(obj, name);
            }
        } else {
            d.setStr(ts, name, value);
        }
    }
}
