package org.gilvm.subinterp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Set;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.EntryCursor;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBoundMethod;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyByteArray;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyComplex;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyEllipsis;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyFrozenSet;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyInstance;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyMethodDescr;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyNotImplemented;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PySet;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.SpecialMethods;

/**
 * Copies a Python value out of the calling thread's interpreter into a {@link Snapshot}: what
 * {@code pickle.dumps} does for CPython's multiprocessing, with the same reach for plain
 * programs. Runs on the sender's thread (holding its GIL, where there is one), reads
 * containers under their locks, and may run Python code ({@code __getstate__}, the import
 * behind a by-name check), so it is never used while a lock is held.
 *
 * <p>What it cannot copy raises what CPython's pickle raises: TypeError
 * {@code cannot pickle 'T' object} for objects of other types, pickle's errors for functions
 * and classes it cannot find again by name ({@link GlobalNames}).
 *
 * <p>Not covered (pickle covers them): {@code __reduce__}/{@code __reduce_ex__} methods,
 * {@code __slots__} without a {@code __dict__}, iterators and other builtin objects with a
 * reduce method of their own, a frozenset or an exception reachable from its own contents.
 */
public final class SnapshotWriter {
    private final ThreadState ts;
    private final IdentityHashMap<PyObject, Integer> memo = new IdentityHashMap<>();
    /** Objects rebuilt only after their contents: a reference back to one cannot be rebuilt. */
    private final Set<PyObject> unfinished = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The memo owns a reference to each object in it, as pickle's memo does: an object made
     * by {@code __getstate__} and dropped would otherwise be freed and its identity reused.
     */
    private final ArrayList<PyObject> kept = new ArrayList<>();

    private SnapshotWriter(ThreadState ts) {
        this.ts = ts;
    }

    /** A snapshot of {@code o} (borrowed), taken on the calling thread. */
    public static Snapshot write(ThreadState ts, PyObject o) {
        SnapshotWriter w = new SnapshotWriter(ts);
        try {
            return w.value(o);
        } finally {
            for (PyObject k : w.kept) {
                ts.decref(k);
            }
        }
    }

    private int remember(PyObject o) {
        int slot = memo.size();
        memo.put(o, slot);
        ts.incref(o);
        kept.add(o);
        return slot;
    }

    private Snapshot value(PyObject o) {
        Integer seen = memo.get(o);
        if (seen != null) {
            if (unfinished.contains(o)) {
                throw PickleErrors.pickling(ts, "cannot copy a recursive " + o.type().name() + " to another interpreter");
            }
            return new Snapshot.Ref(seen);
        }
        Class<?> c = o.getClass();
        if (o.isImmortal() && isShareable(o)) {
            return new Snapshot.Shared(o);
        }
        if (c == PyInt.class) {
            PyInt i = (PyInt) o;
            return i.isSmall() ? new Snapshot.Int(i.value) : new Snapshot.BigInt(i.big);
        }
        if (c == PyFloat.class) {
            return new Snapshot.Float(((PyFloat) o).value);
        }
        if (c == PyComplex.class) {
            PyComplex z = (PyComplex) o;
            return new Snapshot.Complex(z.real, z.imag);
        }
        if (c == PyStr.class) {
            return new Snapshot.Str(remember(o), ((PyStr) o).value());
        }
        if (c == PyBytes.class) {
            return new Snapshot.Bytes(remember(o), ((PyBytes) o).value());
        }
        if (c == PyByteArray.class) {
            return new Snapshot.ByteArray(remember(o), ((PyByteArray) o).bytes(ts));
        }
        if (c == PyTuple.class) {
            return tuple((PyTuple) o);
        }
        if (c == PyList.class) {
            return list((PyList) o);
        }
        if (c == PyDict.class) {
            return dict((PyDict) o);
        }
        if (c == PySet.class || c == PyFrozenSet.class) {
            return set(o, c == PyFrozenSet.class);
        }
        if (o instanceof HandleObject h) {
            return new Snapshot.Handle(h.shared());
        }
        if (c == PyBaseException.class) {
            return exception((PyBaseException) o);
        }
        if (c == PyInstance.class) {
            return instance((PyInstance) o);
        }
        if (o instanceof PyFunction || o instanceof PyType || o instanceof PyMethodDescr) {
            return global(o);
        }
        if (o instanceof PyBoundMethod m) {
            return boundMethod(o, m.self, m.func);
        }
        if (o instanceof PyBuiltinFunction f) {
            // A module's function has no __self__ here (None); a builtin method bound to its
            // object ([].append) has that object.
            PyObject self = Abstract.getAttr(ts, f, "__self__");
            try {
                return self == PyNone.None ? global(o) : boundMethod(o, self, f);
            } finally {
                ts.decref(self);
            }
        }
        throw org.gilvm.objects.Errors.typeError("cannot pickle '" + typeName(o.type()) + "' object");
    }

    private Snapshot global(PyObject o) {
        GlobalNames.Name n = GlobalNames.of(ts, o);
        return new Snapshot.Global(remember(o), n.module(), n.qualname());
    }

    /** The immortal objects every interpreter has: the JVM's, never any interpreter's own. */
    private static boolean isShareable(PyObject o) {
        return o == PyNone.None || o instanceof PyBool || o == PyEllipsis.Ellipsis
                || o == PyNotImplemented.NotImplemented || o.getClass() == PyInt.class || o.getClass() == PyStr.class
                || o instanceof PyType t && !t.isHeapType();
    }

    /** CPython's {@code tp_name}: {@code _thread.lock}, or the bare name of a builtins type. */
    static String typeName(PyType t) {
        return t.module().equals("builtins") ? t.name() : t.module() + "." + t.name();
    }

    private Snapshot tuple(PyTuple t) {
        int slot = remember(t);
        Snapshot[] items = new Snapshot[t.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = value(t.get(i));
        }
        return new Snapshot.Tuple(slot, items);
    }

    private Snapshot list(PyList l) {
        int slot = remember(l);
        // A copy taken under the list's lock: another thread may change the list meanwhile.
        PyList copy = l.copy(ts);
        try {
            Snapshot[] items = new Snapshot[copy.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = value(copy.get(i));
            }
            return new Snapshot.List(slot, items);
        } finally {
            ts.decref(copy);
        }
    }

    private Snapshot dict(PyDict d) {
        int slot = remember(d);
        ArrayList<Snapshot> keys = new ArrayList<>();
        ArrayList<Snapshot> values = new ArrayList<>();
        EntryCursor c = new EntryCursor();
        while (d.next(ts, c)) {
            try {
                keys.add(value(c.key));
                values.add(value(c.value));
            } finally {
                c.release(ts);
            }
        }
        return new Snapshot.Dict(slot, keys.toArray(new Snapshot[0]), values.toArray(new Snapshot[0]));
    }

    private Snapshot set(PyObject s, boolean frozen) {
        int slot = remember(s);
        if (frozen) {
            unfinished.add(s);
        }
        ArrayList<Snapshot> items = new ArrayList<>();
        EntryCursor c = new EntryCursor();
        while (((org.gilvm.objects.PyAnySet) s).next(ts, c)) {
            try {
                items.add(value(c.key));
            } finally {
                c.release(ts);
            }
        }
        unfinished.remove(s);
        return new Snapshot.Set(slot, frozen, items.toArray(new Snapshot[0]));
    }

    /** BaseException's {@code __reduce__}: the class, the args, the attributes. */
    private Snapshot exception(PyBaseException e) {
        int slot = remember(e);
        unfinished.add(e);
        Snapshot cls = value(e.type());
        Snapshot args = value(e.args());
        PyDict d = e.dict();
        Snapshot attrs = d.size() == 0 ? null : value(d);
        unfinished.remove(e);
        return new Snapshot.Exception(slot, cls, args, attrs);
    }

    /** {@code copyreg.__reduce_ex__} at protocol 2: the class by name, then the state. */
    private Snapshot instance(PyInstance o) {
        PyType cls = o.type();
        PyObject getState = SpecialMethods.userDefined(cls, "__getstate__");
        if (getState == null && o.dict() == null) {
            throw org.gilvm.objects.Errors.typeError("cannot pickle '" + typeName(cls) + "' object");
        }
        int slot = remember(o);
        Snapshot clsRef = value(cls);
        boolean setState = SpecialMethods.userDefined(cls, "__setstate__") != null;
        if (getState == null) {
            return new Snapshot.Instance(slot, clsRef, value(o.dict()), setState);
        }
        PyObject state = SpecialMethods.callMethod(ts, getState, o);
        try {
            return new Snapshot.Instance(slot, clsRef, value(state), setState);
        } finally {
            ts.decref(state);
        }
    }

    /** A method bound to its object: {@code getattr(obj, name)}, as pickle reduces it. */
    private Snapshot boundMethod(PyObject method, PyObject self, PyObject func) {
        int slot = remember(method);
        PyObject name = Abstract.getAttr(ts, func, "__name__");
        try {
            return new Snapshot.Attr(slot, value(self), name.str(ts));
        } finally {
            ts.decref(name);
        }
    }
}
