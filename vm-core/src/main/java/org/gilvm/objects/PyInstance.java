package org.gilvm.objects;

import java.util.function.Supplier;
import org.gilvm.interp.Calls;
import org.gilvm.interp.ThreadState;

/**
 * An instance of a user-defined class whose solid base is {@code object}. Every protocol
 * method looks up the matching dunder on the class (CPython's {@code slot_tp_*} functions in
 * {@code typeobject.c}) and falls back to object's behaviour when there is none.
 */
public final class PyInstance extends PyObject {
    /** Owned; replaced only by {@code __class__} assignment, between compatible layouts. */
    private PyType type;
    private PyDict dict;
    /** The {@code __slots__} values (owned, null when unset); null when the class has none. */
    private final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        int n = type.slotCount();
        this.slots = n == 0 ? null : new PyObject[n];
    }

    private PyInstance(PyType type, PyDict dict, PyObject[] slots) {
        this.type = type;
        this.dict = dict;
        this.slots = slots;
    }

    /**
     * For a collector that frees objects without counting them (the tracing strategy): what
     * {@code __del__} can run on once this object is gone. The stand-in shares this object's
     * class, dict and slots, so {@code __del__} sees every attribute; only its {@code id()}
     * differs. The supplier holds no reference to this object, so it does not keep it alive.
     */
    public Supplier<PyInstance> remains() {
        PyType t = type;
        PyDict d = dict();
        PyObject[] s = slots;
        return () -> new PyInstance(t, d, s);
    }

    /** Whether this object's class defines {@code __del__}. */
    public boolean hasFinalizer() {
        return SpecialMethods.userDefined(type, "__del__") != null;
    }

    /** Runs {@code __del__} on {@code self} as dealloc would, outside any dealloc. */
    public static void runDel(ThreadState ts, PyInstance self) {
        callDel(ts, self);
    }

    @Override
    public PyType type() { return type; }

    /** The instance dict if it has been made, else null (never makes one). */
    public PyDict dictIfMade() {
        return dict;
    }

    /** The instance dict, made on first use; null when the class's {@code __slots__} leave none. */
    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            if (!type.hasInstanceDict()) {
                return null;
            }
            // Without a GIL two threads may get here at once: one dict must win, or the
            // attributes the other stored would be lost with its dict.
            PyDict fresh = new PyDict();
            PyDict won = (PyDict) DICT.compareAndExchange(this, (PyDict) null, fresh);
            d = won == null ? fresh : won;
        }
        return d;
    }

    private static final java.lang.invoke.VarHandle DICT;

    static {
        try {
            DICT = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyInstance.class, "dict", PyDict.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Borrowed value of slot i, or null when unset. */
    PyObject slot(int i) {
        return slots[i];
    }

    /** Sets (value borrowed) or clears (null) slot i. */
    void setSlot(ThreadState ts, int i, PyObject value) {
        ts.incref(value);
        PyObject old = slots[i];
        slots[i] = value;
        ts.decref(old);
    }

    /**
     * {@code obj.__class__ = cls}, CPython's object_set_class: both classes must be heap types
     * whose instances have the same layout.
     */
    void setType(ThreadState ts, PyType newType) {
        if (!newType.isHeapType() || newType.solidBase() != BuiltinTypes.OBJECT) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newType.slotCount() != type.slotCount() || newType.hasInstanceDict() != type.hasInstanceDict()) {
            throw Errors.typeError("__class__ assignment: '" + newType.name() + "' object layout differs from '"
                    + type.name() + "'");
        }
        ts.incref(newType);
        PyType old = type;
        type = newType;
        ts.decref(old);
    }

    /** Replaces {@code __dict__}. */
    public void setDict(ThreadState ts, PyDict d) {
        ts.incref(d);
        PyDict old = dict;
        dict = d;
        ts.decref(old);
    }

    private PyObject user(String name) {
        return SpecialMethods.userDefined(type, name);
    }

    @Override
    public String repr(ThreadState ts) {
        PyObject m = user("__repr__");
        return m == null ? super.repr(ts) : SpecialMethods.callForString(ts, this, m, "__repr__");
    }

    @Override
    public String str(ThreadState ts) {
        PyObject m = user("__str__");
        return m == null ? repr(ts) : SpecialMethods.callForString(ts, this, m, "__str__");
    }

    @Override
    public long hash(ThreadState ts) {
        PyObject m = type.lookup("__hash__");
        if (m == PyNone.None) {
            throw Errors.unhashable(this);
        }
        PyObject mu = user("__hash__");
        if (mu == null) {
            if (user("__eq__") != null) {
                throw Errors.unhashable(this);
            }
            return super.hash(ts);
        }
        PyObject r = SpecialMethods.callMethod(ts, mu, this);
        try {
            if (r instanceof PyInt i) {
                return i.isSmall() ? (i.value == -1 ? -2 : i.value) : IntMath.hash(i);
            }
            throw Errors.typeError("__hash__ method should return an integer");
        } finally {
            ts.decref(r);
        }
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        PyObject m = user(op.dunder);
        if (m == null) {
            if (op == CompareOp.NE && user("__eq__") != null) {
                PyObject eq = richCompare(ts, other, CompareOp.EQ);
                if (eq == PyNotImplemented.NotImplemented) {
                    return eq;
                }
                boolean t = eq.isTrue(ts);
                ts.decref(eq);
                return PyBool.of(!t);
            }
            return super.richCompare(ts, other, op);
        }
        return SpecialMethods.callMethod(ts, m, this, other);
    }

    @Override
    public boolean isTrue(ThreadState ts) {
        PyObject m = user("__bool__");
        if (m != null) {
            PyObject r = SpecialMethods.callMethod(ts, m, this);
            if (r instanceof PyBool b) {
                return b == PyBool.True;
            }
            ts.decref(r);
            throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
        }
        m = user("__len__");
        if (m != null) {
            return len(ts) != 0;
        }
        return true;
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        PyObject m = user(BinaryOps.dunder(nb));
        return m == null ? PyNotImplemented.NotImplemented : SpecialMethods.callMethod(ts, m, this, other);
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        PyObject m = user(BinaryOps.reflectedDunder(nb));
        return m == null ? PyNotImplemented.NotImplemented : SpecialMethods.callMethod(ts, m, this, other);
    }

    @Override
    public PyObject inplaceOp(ThreadState ts, int nb, PyObject other) {
        PyObject m = user(BinaryOps.inplaceDunder(nb));
        return m == null ? PyNotImplemented.NotImplemented : SpecialMethods.callMethod(ts, m, this, other);
    }

    @Override
    public PyObject unaryOp(ThreadState ts, UnaryOp op) {
        PyObject m = user(op.dunder);
        return m == null ? super.unaryOp(ts, op) : SpecialMethods.callMethod(ts, m, this);
    }

    @Override
    public PyObject index(ThreadState ts) {
        PyObject m = user("__index__");
        return m == null ? super.index(ts) : SpecialMethods.callMethod(ts, m, this);
    }

    @Override
    public long len(ThreadState ts) {
        PyObject m = user("__len__");
        if (m == null) {
            return super.len(ts);
        }
        PyObject r = SpecialMethods.callMethod(ts, m, this);
        try {
            if (!(r instanceof PyInt i)) {
                throw Errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
            }
            if (i.signum() < 0) {
                throw Errors.valueError("__len__() should return >= 0");
            }
            return i.longValue();
        } finally {
            ts.decref(r);
        }
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        PyObject m = user("__getitem__");
        return m == null ? super.getItem(ts, key) : SpecialMethods.callMethod(ts, m, this, key);
    }

    @Override
    public void setItem(ThreadState ts, PyObject key, PyObject value) {
        PyObject m = user("__setitem__");
        if (m == null) {
            super.setItem(ts, key, value);
            return;
        }
        ts.decref(SpecialMethods.callMethod(ts, m, this, key, value));
    }

    @Override
    public void delItem(ThreadState ts, PyObject key) {
        PyObject m = user("__delitem__");
        if (m == null) {
            super.delItem(ts, key);
            return;
        }
        ts.decref(SpecialMethods.callMethod(ts, m, this, key));
    }

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        PyObject m = user("__contains__");
        if (m == null) {
            if (user("__iter__") == null && user("__getitem__") == null) {
                throw Errors.typeError("argument of type '" + type.name() + "' is not iterable");
            }
            return super.contains(ts, item);
        }
        PyObject r = SpecialMethods.callMethod(ts, m, this, item);
        boolean t = Abstract.isTrue(ts, r);
        ts.decref(r);
        return t;
    }

    @Override
    public PyObject iter(ThreadState ts) {
        PyObject m = user("__iter__");
        if (m == null) {
            if (user("__getitem__") != null) {
                return new PySeqIterator(ts, this);
            }
            return super.iter(ts);
        }
        PyObject it = SpecialMethods.callMethod(ts, m, this);
        if (it.type().lookup("__next__") == null && !(it instanceof PyGenerator)
                && it.getClass() == PyInstance.class) {
            ts.decref(it);
            throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject m = user("__next__");
        if (m == null) {
            return super.next(ts);
        }
        try {
            return SpecialMethods.callMethod(ts, m, this);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                ts.decref(e.value);
                return null;
            }
            throw e;
        }
    }

    @Override
    public boolean isCallable() {
        return type.lookup("__call__") != null;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        PyObject m = type.lookup("__call__");
        if (m == null) {
            return super.call(ts, argv, off, nargs, kwnames);
        }
        return Calls.callWithSelf(ts, m, this, argv, off, nargs, kwnames);
    }

    @Override
    public boolean hasDescrGet() {
        return user("__get__") != null;
    }

    @Override
    public boolean isDataDescriptor() {
        return user("__set__") != null || user("__delete__") != null;
    }

    @Override
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType owner) {
        PyObject m = user("__get__");
        if (m == null) {
            return super.descrGet(ts, obj, owner);
        }
        return SpecialMethods.callMethod(ts, m, this, obj == null ? PyNone.None : obj, owner);
    }

    @Override
    public void descrSet(ThreadState ts, PyObject obj, PyObject value) {
        if (value == null) {
            ts.decref(SpecialMethods.call(ts, this, "__delete__", obj));
        } else {
            ts.decref(SpecialMethods.call(ts, this, "__set__", obj, value));
        }
    }

    /**
     * CPython's slot_tp_getattr_hook: {@code __getattribute__} (or the generic lookup), then
     * {@code __getattr__} when that fails. An AttributeError raised by user code propagates
     * with its own message (callers that probe, like hasattr, catch it); null means the
     * generic lookup found nothing and no user hook had anything to say.
     */
    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        PyObject ga = user("__getattribute__");
        PyObject v;
        try {
            v = ga == null ? Attributes.genericFindAttr(ts, this, name, dict)
                    : SpecialMethods.callMethod(ts, ga, this, PyStr.intern(name));
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            PyObject getattr = user("__getattr__");
            if (getattr == null) {
                throw e;
            }
            ts.decref(e.value);
            return SpecialMethods.callMethod(ts, getattr, this, PyStr.intern(name));
        }
        if (v != null) {
            return v;
        }
        // __getattr__ is looked up only on a miss: hits, the common case, never pay for it.
        PyObject getattr = user("__getattr__");
        return getattr == null ? null : SpecialMethods.callMethod(ts, getattr, this, PyStr.intern(name));
    }

    @Override
    public void setAttr(ThreadState ts, String name, PyObject value) {
        PyObject m = user("__setattr__");
        if (m != null) {
            ts.decref(SpecialMethods.callMethod(ts, m, this, PyStr.intern(name), value));
            return;
        }
        Attributes.genericSetAttr(ts, this, name, value, dict());
    }

    @Override
    public void delAttr(ThreadState ts, String name) {
        PyObject m = user("__delattr__");
        if (m != null) {
            ts.decref(SpecialMethods.callMethod(ts, m, this, PyStr.intern(name)));
            return;
        }
        Attributes.genericSetAttr(ts, this, name, null, dict());
    }

    /**
     * Runs {@code __del__} for a dying instance, CPython's PyObject_CallFinalizerFromDealloc:
     * the object is briefly alive again (count 1) while its finalizer runs; if the finalizer
     * stored a new reference somewhere, the object is resurrected and dealloc stops.
     * Exceptions from {@code __del__} are reported and ignored, as in CPython.
     */
    static void callDel(ThreadState ts, PyObject self) {
        PyObject del = SpecialMethods.userDefined(self.type(), "__del__");
        if (del == null) {
            return;
        }
        self.refcnt = 1;
        try {
            ts.decref(SpecialMethods.callMethod(ts, del, self));
        } catch (PyException e) {
            ts.interp.reportUnraisable(ts, e, "Exception ignored in: " + del.repr(ts));
        }
        int rc = self.refcnt;
        if (rc == 1) {
            self.refcnt = 0;
        } else if (rc < PyObject.IMMORTAL) {
            self.refcnt = rc - 1;
        }
    }

    @Override
    public void dealloc(ThreadState ts) {
        callDel(ts, this);
        if (refcnt > 0) {
            return;
        }
        PyDict d = dict;
        dict = null;
        ts.decref(d);
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) {
                PyObject v = slots[i];
                slots[i] = null;
                ts.decref(v);
            }
        }
        ts.decref(type);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(dict);
        if (slots != null) {
            for (PyObject s : slots) {
                v.visitNullable(s);
            }
        }
        v.visitNullable(type);
    }
}
