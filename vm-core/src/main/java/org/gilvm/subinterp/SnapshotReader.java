package org.gilvm.subinterp;

import java.util.ArrayList;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyByteArray;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyComplex;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyFrozenSet;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PyAnySet;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.SpecialMethods;

/**
 * Rebuilds a {@link Snapshot} as new objects of the calling thread's interpreter: what
 * {@code pickle.loads} does on the receiving side. Functions and classes are imported by
 * name in this interpreter (a child runs the parent's main script first, as CPython's spawn
 * does, so {@code __main__.f} exists there too); instances are made without {@code __init__}
 * and given their state; exceptions are made by calling their class with their args.
 */
public final class SnapshotReader {
    private final ThreadState ts;
    /**
     * The object rebuilt for each memo slot; null while it is being rebuilt. The memo owns the
     * reference each object was made with, so that if a read fails half way, dropping the
     * memo frees what was built; a reader hands out references of its own.
     */
    private final ArrayList<PyObject> memo = new ArrayList<>();

    private SnapshotReader(ThreadState ts) {
        this.ts = ts;
    }

    /** A new object of the calling interpreter equal to what {@code s} was; a new reference. */
    public static PyObject read(ThreadState ts, Snapshot s) {
        SnapshotReader r = new SnapshotReader(ts);
        try {
            return r.value(s);
        } finally {
            for (PyObject o : r.memo) {
                ts.decref(o);
            }
        }
    }

    /** Slot {@code slot} is being rebuilt (slots are met in the writer's order). */
    private void reserve(int slot) {
        while (memo.size() <= slot) {
            memo.add(null);
        }
    }

    /** Gives the memo slot {@code o}'s reference (the one it was made with); returns it, borrowed. */
    private <T extends PyObject> T own(int slot, T o) {
        reserve(slot);
        memo.set(slot, o);
        return o;
    }

    /** A new reference to {@code o}, now complete, for the caller. */
    private PyObject give(PyObject o) {
        ts.incref(o);
        return o;
    }

    private PyObject value(Snapshot s) {
        return switch (s) {
            case Snapshot.Shared sh -> sh.value();
            case Snapshot.Int i -> PyInt.of(i.value());
            case Snapshot.BigInt b -> PyInt.of(b.value());
            case Snapshot.Float f -> new PyFloat(f.value());
            case Snapshot.Complex z -> new PyComplex(z.real(), z.imag());
            case Snapshot.Str str -> give(own(str.memo(), new PyStr(str.value())));
            case Snapshot.Bytes b -> give(own(b.memo(), new PyBytes(b.value())));
            case Snapshot.ByteArray b -> give(own(b.memo(), new PyByteArray(b.value().clone())));
            case Snapshot.Tuple t -> tuple(t);
            case Snapshot.List l -> list(l);
            case Snapshot.Dict d -> dict(d);
            case Snapshot.Set set -> set(set);
            case Snapshot.Ref r -> ref(r.memo());
            case Snapshot.Global g -> give(own(g.memo(), GlobalNames.resolve(ts, g.module(), g.qualname())));
            case Snapshot.Attr a -> attr(a);
            case Snapshot.Instance i -> instance(i);
            case Snapshot.Exception e -> exception(e);
            case Snapshot.Handle h -> HandleObject.wrap(h.shared());
        };
    }

    private PyObject ref(int slot) {
        PyObject o = slot < memo.size() ? memo.get(slot) : null;
        if (o == null) {
            throw Errors.runtimeError("a copied object refers to itself before it is rebuilt");
        }
        ts.incref(o);
        return o;
    }

    private PyObject tuple(Snapshot.Tuple t) {
        // Made first and filled in place: an item may refer back to the tuple (through a list).
        PyObject[] items = new PyObject[t.items().length];
        PyTuple tuple = own(t.memo(), new PyTuple(items));
        for (int i = 0; i < items.length; i++) {
            items[i] = value(t.items()[i]);
        }
        return give(tuple);
    }

    private PyObject list(Snapshot.List l) {
        PyList list = own(l.memo(), new PyList());
        for (Snapshot item : l.items()) {
            list.appendOwned(value(item));
        }
        return give(list);
    }

    private PyObject dict(Snapshot.Dict d) {
        PyDict dict = own(d.memo(), new PyDict());
        for (int i = 0; i < d.keys().length; i++) {
            PyObject k = value(d.keys()[i]);
            try {
                PyObject v = value(d.values()[i]);
                dict.putSteal(ts, k, v);
            } finally {
                ts.decref(k);
            }
        }
        return give(dict);
    }

    private PyObject set(Snapshot.Set s) {
        reserve(s.memo());
        PyAnySet set = s.frozen() ? new PyFrozenSet() : own(s.memo(), new PySet());
        try {
            for (Snapshot item : s.items()) {
                PyObject k = value(item);
                try {
                    set.add(ts, k);
                } finally {
                    ts.decref(k);
                }
            }
        } catch (RuntimeException e) {
            if (s.frozen()) {
                ts.decref(set);
            }
            throw e;
        }
        return give(s.frozen() ? own(s.memo(), set) : set);
    }

    private PyObject attr(Snapshot.Attr a) {
        reserve(a.memo());
        PyObject owner = value(a.owner());
        try {
            return give(own(a.memo(), Abstract.getAttr(ts, owner, a.name())));
        } finally {
            ts.decref(owner);
        }
    }

    /** {@code copyreg.__newobj__}: {@code cls.__new__(cls)}, then the state. */
    private PyObject instance(Snapshot.Instance i) {
        reserve(i.memo());
        PyObject cls = value(i.cls());
        PyObject obj;
        try {
            if (!(cls instanceof PyType)) {
                throw Errors.typeError("copied instance's class is not a class");
            }
            PyObject newMethod = Abstract.getAttr(ts, cls, "__new__");
            try {
                obj = own(i.memo(), Abstract.call(ts, newMethod, cls));
            } finally {
                ts.decref(newMethod);
            }
        } finally {
            ts.decref(cls);
        }
        PyObject state = value(i.state());
        try {
            applyState(obj, state, i.setState());
        } finally {
            ts.decref(state);
        }
        return give(obj);
    }

    /** pickle's {@code load_build}: {@code __setstate__(state)}, or the state dict into {@code __dict__}. */
    private void applyState(PyObject obj, PyObject state, boolean setState) {
        if (setState) {
            ts.decref(SpecialMethods.callOptional(ts, obj, "__setstate__", state));
            return;
        }
        if (state == PyNone.None) {
            return;
        }
        if (!(state instanceof PyDict d)) {
            throw Errors.typeError("state is not a dictionary");
        }
        PyDict target = obj.dict();
        for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
            target.put(ts, d.keyAt(p), d.valueAt(p));
        }
    }

    /** BaseException's reduce value: {@code cls(*args)}, then each attribute set. */
    private PyObject exception(Snapshot.Exception e) {
        reserve(e.memo());
        PyObject cls = value(e.cls());
        PyObject exc;
        try {
            PyObject args = value(e.args());
            try {
                if (!(args instanceof PyTuple t)) {
                    throw Errors.typeError("copied exception's args are not a tuple");
                }
                exc = Abstract.call(ts, cls, t.array());
            } finally {
                ts.decref(args);
            }
        } finally {
            ts.decref(cls);
        }
        own(e.memo(), exc);
        if (!(exc instanceof PyBaseException)) {
            throw Errors.typeError("copied exception's class did not make an exception");
        }
        if (e.attrs() != null) {
            PyObject attrs = value(e.attrs());
            try {
                if (attrs instanceof PyDict d) {
                    for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
                        if (d.keyAt(p) instanceof PyStr k) {
                            exc.setAttr(ts, k.value(), d.valueAt(p));
                        }
                    }
                }
            } finally {
                ts.decref(attrs);
            }
        }
        return give(exc);
    }
}
