package org.gilvm.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.gilvm.interp.ThreadState;

/**
 * {@code set}: the mutable {@link PyAnySet}. Unhashable; has the in-place operators; the only
 * set with a lock (see {@link PyAnySet}).
 */
public class PySet extends PyAnySet implements Lockable {
    private static final VarHandle MUTEX;

    static {
        try {
            MUTEX = MethodHandles.lookup().findVarHandle(PySet.class, "mutex", ObjectMutex.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Made on first use by a strategy without a GIL; read through {@link #MUTEX}. */
    @SuppressWarnings("unused")
    private ObjectMutex mutex;

    @Override
    public final ObjectMutex mutex() {
        return ObjectMutex.of(this, MUTEX);
    }

    @Override
    public PyType type() {
        return BuiltinTypes.SET;
    }

    @Override
    PyAnySet newEmpty() {
        return new PySet();
    }

    /** {@code set(iterable)}: a new set of the items. */
    public static PySet of(ThreadState ts, PyObject iterable) {
        return filled(ts, new PySet(), iterable);
    }

    /** {@code self.update(iterable)}, for SET_UPDATE and friends. */
    public final void update(ThreadState ts, PyObject iterable) {
        SetUpdate.update(ts, this, iterable);
    }

    @Override
    public long hash(ThreadState ts) {
        throw Errors.unhashable(this);
    }

    @Override
    public PyObject inplaceOp(ThreadState ts, int nb, PyObject other) {
        return SetAlgebra.inplace(ts, this, nb, other);
    }
}
