package org.gilvm.interp;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyInstance;
import org.gilvm.objects.PyMethodDescr;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySuper;
import org.gilvm.objects.PyType;
import org.gilvm.objects.SpecialMethods;

/**
 * The inline cache of LOAD_ATTR and LOAD_METHOD, after CPython 3.11's LOAD_ATTR_INSTANCE_VALUE
 * and LOAD_METHOD_WITH_VALUES: for one receiver type, what the type's MRO holds under the
 * name (a descriptor, a method, or nothing) and that attribute lookup on it is the generic
 * one. Valid while the receiver has that type and {@link PyType#mroStamp} is unchanged; the
 * instance dict is still consulted on every access, since instances change freely.
 *
 * <p>Immutable and published by a plain array store (see {@link GlobalCache}). The descriptor
 * is borrowed from the type's dict. Under a GIL a change to that dict and the stamp's change
 * happen together, between two of this thread's instructions; without one they may race with
 * this read, so the descriptor is used only after a try-incref succeeds (a freed one fails).
 */
final class AttrCache {
    private final PyType type;
    private final int stamp;
    /** What the MRO holds under the name, borrowed; null when nothing. */
    private final PyObject descr;
    private final boolean data;
    private final boolean method;

    private AttrCache(PyType type, int stamp, PyObject descr) {
        this.type = type;
        this.stamp = stamp;
        this.descr = descr;
        this.data = descr != null && descr.hasDescrGet() && descr.isDataDescriptor();
        this.method = descr instanceof PyFunction || descr instanceof PyMethodDescr;
    }

    /** LOAD_ATTR at instruction {@code at}: {@code o.name}, a new reference. */
    static PyObject getAttr(ThreadState ts, PyCode code, int at, PyObject o, String name) {
        if (o instanceof PyInstance inst) {
            Object[] caches = code.inlineCaches();
            PyType t = inst.type();
            if (caches[at] instanceof AttrCache c && c.type == t && c.stamp == t.mroStamp()) {
                PyObject v = c.instanceAttr(ts, inst, name);
                if (v != null) {
                    return v;
                }
            } else {
                caches[at] = of(t, name);
            }
        }
        return Abstract.getAttr(ts, o, name);
    }

    /**
     * LOAD_METHOD at instruction {@code at}: {@code [obj] -> [meth, obj]} when the name is a
     * plain method of the type (no bound method made), else {@code [NULL, obj.name]}.
     */
    static int loadMethod(ThreadState ts, PyCode code, int at, PyObject[] s, int sp, String name) {
        PyObject obj = s[sp - 1];
        PyType t = obj.type();
        Object[] caches = code.inlineCaches();
        if (caches[at] instanceof AttrCache c && c.type == t && c.stamp == t.mroStamp()) {
            if (c.method && notInInstanceDict(ts, obj, name) && take(ts, c.descr)) {
                s[sp - 1] = c.descr;
                s[sp] = obj;
                return sp + 1;
            }
        } else if (!(obj instanceof PyType || obj instanceof PyModule || obj instanceof PySuper)) {
            caches[at] = of(t, name);
        }
        return EvalOps.loadMethod(ts, s, sp, name);
    }

    /** A cache for {@code t}, or null when lookup on it is not the generic one (a user __getattribute__). */
    private static AttrCache of(PyType t, String name) {
        if (SpecialMethods.userDefined(t, "__getattribute__") != null) {
            return null;
        }
        int stamp = t.mroStamp();
        return new AttrCache(t, stamp, t.lookup(name));
    }

    /** The generic lookup on an instance, with the MRO's part cached; null sends the caller the slow way. */
    private PyObject instanceAttr(ThreadState ts, PyInstance inst, String name) {
        PyObject d = descr;
        if (data) {
            return take(ts, d) ? getAndRelease(ts, d, inst) : null;
        }
        PyDict dict = inst.dictIfMade();
        if (dict != null) {
            PyObject v = dict.getStrRef(ts, name);
            if (v != null) {
                return v;
            }
        }
        if (d == null || !take(ts, d)) {
            return null;
        }
        return d.hasDescrGet() ? getAndRelease(ts, d, inst) : d;
    }

    private PyObject getAndRelease(ThreadState ts, PyObject d, PyInstance inst) {
        try {
            return d.descrGet(ts, inst, type);
        } finally {
            ts.decref(d);
        }
    }

    /** Increfs a borrowed descriptor unless it has been freed meanwhile (possible only without a GIL). */
    private static boolean take(ThreadState ts, PyObject d) {
        return ts.refCounts().tryIncref(ts, d);
    }

    private static boolean notInInstanceDict(ThreadState ts, PyObject obj, String name) {
        PyDict d = obj instanceof PyInstance inst ? inst.dictIfMade() : obj.dict();
        return d == null || !d.containsStr(ts, name);
    }
}
