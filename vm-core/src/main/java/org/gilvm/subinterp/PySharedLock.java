package org.gilvm.subinterp;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/**
 * {@code _interpreters.Lock}: this interpreter's handle on a {@link SharedLock}, the
 * semaphore under {@code multiprocessing.Lock}/{@code RLock}. {@code release} answers whether
 * there was anything to release; {@code multiprocessing.synchronize} words the errors.
 */
public final class PySharedLock extends PyObject implements HandleObject {
    public static final PyType TYPE = PyType.builtinIn("_interpreters", "Lock", BuiltinTypes.OBJECT, null);

    private final SharedLock lock;

    PySharedLock(SharedLock lock) {
        this.lock = lock;
    }

    public static PySharedLock create(boolean recursive) {
        return new PySharedLock(new SharedLock(recursive));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object shared() {
        return lock;
    }

    @ExposedMethod(sig = "block=True, timeout=None")
    static PyObject acquire(ThreadState ts, PySharedLock self, PyObject block, PyObject timeout) {
        return PyBool.of(self.lock.acquire(ts, Abstract.isTrue(ts, block), Timeouts.nanos(ts, timeout)));
    }

    @ExposedMethod
    static PyObject release(PySharedLock self) {
        return PyBool.of(self.lock.release());
    }

    @ExposedMethod
    static PyObject locked(PySharedLock self) {
        return PyBool.of(self.lock.isLocked());
    }

    @ExposedMethod(name = "_count")
    static PyObject count(PySharedLock self) {
        return PyInt.of(self.lock.holdCount());
    }

    @ExposedMethod(name = "_is_recursive")
    static PyObject isRecursive(PySharedLock self) {
        return PyBool.of(self.lock.recursive());
    }

    @Override
    public String repr(ThreadState ts) {
        return "<_interpreters.Lock object at 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }

}
