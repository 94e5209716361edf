package org.gilvm.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.gilvm.interp.ThreadState;

/**
 * The root of every Python value, CPython's {@code PyObject}.
 *
 * <h2>Reference counts</h2>
 * Every object carries {@link #refcnt}, CPython's {@code ob_refcnt}. The interpreter and the
 * object layer change it only through {@link ThreadState#incref} and {@link ThreadState#decref},
 * which delegate to the interpreter's {@link org.gilvm.spi.RefCounts}; that is the seam where
 * the execution strategies differ (plain field, atomic VarHandle, no-op under tracing GC).
 * Conventions are CPython's: a new object starts with one reference owned by its creator;
 * a method <em>returns a new reference</em>; arguments are <em>borrowed</em>; a container
 * owns one reference to each element. Immortal objects (PEP 683) hold {@link #IMMORTAL} and
 * are never written. A deallocated object holds {@link #FREED}; an incref of a freed object is
 * a use after free and is reported by the strategy.
 *
 * <h2>Protocols</h2>
 * The type slots of CPython ({@code tp_repr}, {@code nb_add}, {@code sq_item} ...) are Java
 * methods here; builtin types override them directly and user classes ({@link PyInstance})
 * override them by looking up dunder methods. Defaults raise CPython's TypeError.
 */
public abstract class PyObject {
    /** CPython's _Py_IMMORTAL_REFCNT: counts at or above this are never changed. */
    public static final int IMMORTAL = 0x3fff_ffff;
    /** The count of an object that has been deallocated (poisoned). */
    public static final int FREED = -0x4000_0000;

    /** For strategies that need atomic read-modify-write of {@link #refcnt}. */
    public static final VarHandle REFCNT;

    static {
        try {
            REFCNT = MethodHandles.lookup().findVarHandle(PyObject.class, "refcnt", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** CPython's ob_refcnt; see the class comment for who may write it. */
    public int refcnt = 1;

    protected PyObject() {
        if (ObjectRegistry.ENABLED) {
            ObjectRegistry.register(this);
        }
    }

    /** The object's Python type. */
    public abstract PyType type();

    /** Makes this object immortal: its count is never written again. Returns this. */
    @SuppressWarnings("unchecked")
    public final <T extends PyObject> T immortal() {
        refcnt = IMMORTAL;
        return (T) this;
    }

    public final boolean isImmortal() {
        return refcnt >= IMMORTAL;
    }

    // ---- lifecycle -------------------------------------------------------------------

    /**
     * Called by the refcount strategy when the count reaches zero: release what this object
     * owns, then the strategy poisons it. Containers override to decref their elements.
     */
    public void dealloc(ThreadState ts) {}

    /**
     * CPython's tp_traverse: shows {@code visitor} each reference this object owns (the ones
     * {@link #dealloc} releases), and nothing it merely borrows. {@code --check-refs} uses it
     * at exit to tell garbage cycles from leaks. Objects that own nothing keep this default.
     */
    public void traverse(RefVisitor visitor) {}

    // ---- tp_repr, tp_str, tp_hash, tp_richcompare ------------------------------------

    /** {@code repr(self)} as a Java string. */
    public String repr(ThreadState ts) {
        return "<" + type().qualname() + " object at 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }

    /** {@code str(self)}; defaults to repr as object.__str__ does. */
    public String str(ThreadState ts) {
        return repr(ts);
    }

    /** {@code hash(self)}: identity-based unless a type says otherwise. */
    public long hash(ThreadState ts) {
        return System.identityHashCode(this);
    }

    /**
     * Rich comparison, CPython's tp_richcompare: returns a new reference, or
     * {@link PyNotImplemented#NotImplemented} when this type cannot compare with {@code other}.
     * The default is object's: identity for == and !=, NotImplemented otherwise.
     */
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        return switch (op) {
            case EQ -> this == other ? PyBool.True : PyNotImplemented.NotImplemented;
            case NE -> this == other ? PyBool.False : PyNotImplemented.NotImplemented;
            default -> PyNotImplemented.NotImplemented;
        };
    }

    // ---- truth, numbers ---------------------------------------------------------------

    /** Truth value, CPython's PyObject_IsTrue: true unless a type says otherwise. */
    public boolean isTrue(ThreadState ts) {
        return true;
    }

    /**
     * Binary arithmetic with this object as the left operand (nb_add and friends); {@code nb}
     * is CPython's NB_* operator number ({@link org.gilvm.ast.Operator#nb()}). Returns a new
     * reference or NotImplemented.
     */
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        return PyNotImplemented.NotImplemented;
    }

    /** The reflected operation ({@code __radd__}...): this object is the right operand. */
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        return PyNotImplemented.NotImplemented;
    }

    /** In-place operation ({@code __iadd__}...); NotImplemented falls back to binaryOp. */
    public PyObject inplaceOp(ThreadState ts, int nb, PyObject other) {
        return PyNotImplemented.NotImplemented;
    }

    /** Unary operation: one of {@link UnaryOp}. Returns a new reference. */
    public PyObject unaryOp(ThreadState ts, UnaryOp op) {
        throw Errors.typeError("bad operand type for " + op.symbol + ": '" + type().name() + "'");
    }

    /** {@code operator.index(self)}, CPython's nb_index. */
    public PyObject index(ThreadState ts) {
        throw Errors.typeError("'" + type().name()
                + "' object cannot be interpreted as an integer");
    }

    // ---- sequences and mappings -------------------------------------------------------

    /** {@code len(self)}. */
    public long len(ThreadState ts) {
        throw Errors.typeError("object of type '" + type().name() + "' has no len()");
    }

    /** {@code self[key]}: a new reference. */
    public PyObject getItem(ThreadState ts, PyObject key) {
        throw Errors.typeError("'" + type().name() + "' object is not subscriptable");
    }

    /** {@code self[key] = value}. */
    public void setItem(ThreadState ts, PyObject key, PyObject value) {
        throw Errors.typeError("'" + type().name() + "' object does not support item assignment");
    }

    /** {@code del self[key]}. */
    public void delItem(ThreadState ts, PyObject key) {
        throw Errors.noItemDeletion(this, key);
    }

    /** {@code item in self}; the default iterates, as CPython's PySequence_Contains. */
    public boolean contains(ThreadState ts, PyObject item) {
        return Abstract.iterContains(ts, this, item);
    }

    // ---- iteration --------------------------------------------------------------------

    /** {@code iter(self)}: a new reference. */
    public PyObject iter(ThreadState ts) {
        throw Errors.typeError("'" + type().name() + "' object is not iterable");
    }

    /**
     * {@code next(self)}, CPython's tp_iternext: a new reference, or null when exhausted
     * (no StopIteration is raised for the common case, as in CPython).
     */
    public PyObject next(ThreadState ts) {
        throw Errors.typeError("'" + type().name() + "' object is not an iterator");
    }

    // ---- attributes -------------------------------------------------------------------

    /**
     * CPython's _PyObject_LookupAttr: the attribute as a new reference, or null if it does not
     * exist. The generic algorithm (data descriptors, instance dict, non-data descriptors)
     * lives in {@link Attributes}; types with a dict or special attributes override.
     */
    public PyObject findAttr(ThreadState ts, String name) {
        return Attributes.genericFindAttr(ts, this, name, null);
    }

    /** {@code self.name = value}. */
    public void setAttr(ThreadState ts, String name, PyObject value) {
        Attributes.genericSetAttr(ts, this, name, value, null);
    }

    /** {@code del self.name}. */
    public void delAttr(ThreadState ts, String name) {
        Attributes.genericSetAttr(ts, this, name, null, null);
    }

    /** The instance {@code __dict__}, or null for objects without one. */
    public PyDict dict() {
        return null;
    }

    // ---- descriptors and calls --------------------------------------------------------

    /** Whether this object, found on a type, is a descriptor with __get__. */
    public boolean hasDescrGet() {
        return false;
    }

    /** Whether this object, found on a type, is a data descriptor (has __set__ or __delete__). */
    public boolean isDataDescriptor() {
        return false;
    }

    /** {@code __get__(obj, owner)}: a new reference. {@code obj} is null for class access. */
    public PyObject descrGet(ThreadState ts, PyObject obj, PyType owner) {
        ts.incref(this);
        return this;
    }

    /** {@code __set__(obj, value)}, or {@code __delete__(obj)} when value is null. */
    public void descrSet(ThreadState ts, PyObject obj, PyObject value) {
        throw Errors.attributeError("'" + type().name() + "' object is not a data descriptor");
    }

    /**
     * Call this object, CPython's vectorcall. Positional arguments are
     * {@code argv[off .. off+nargs)}, keyword argument values follow them, one per name in
     * {@code kwnames} (null when there are none). Arguments are borrowed; the result is a new
     * reference.
     */
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        throw Errors.typeError("'" + type().name() + "' object is not callable");
    }

    /** Whether {@link #call} is implemented: {@code callable(self)}. */
    public boolean isCallable() {
        return false;
    }

    /** Java's toString, for debugging only: never used for Python output. */
    @Override
    public String toString() {
        return "<" + type().name() + ">";
    }
}
