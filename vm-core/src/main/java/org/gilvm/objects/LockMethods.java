package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The Python methods of {@code _thread.lock}, with CPython's
 * argument rules (Modules/_threadmodule.c, lock_acquire_parse_args). See {@link TypeSetup}.
 */
final class LockMethods {
    private LockMethods() {}

    /** The largest timeout a nanosecond count holds: CPython cannot convert a larger one. */
    private static final double CONVERTIBLE_MAX = Long.MAX_VALUE / 1e9;

    /** The timeout in nanoseconds (-1: none) after CPython's checks. */
    static long timeoutNanos(ThreadState ts, PyObject blocking, PyObject timeout) {
        double t = timeout == null ? -1 : Abstract.asDouble(ts, timeout);
        boolean block = blocking == null || Abstract.isTrue(ts, blocking);
        if (!block && t != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        // CPython's "timeout value is too large" (over PY_TIMEOUT_MAX microseconds) covers no
        // double that converts to nanoseconds at all, so only the conversion error remains.
        if (t > CONVERTIBLE_MAX) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return t < 0 ? -1 : BinaryLock.toNanos(t);
    }

    static boolean blocks(ThreadState ts, PyObject blocking) {
        return blocking == null || Abstract.isTrue(ts, blocking);
    }

    // ---- lock -----------------------------------------------------------------------

    @ExposedMethod(sig = "blocking=True, timeout=-1")
    static PyObject acquire(ThreadState ts, PyLock self, PyObject blocking, PyObject timeout) {
        long nanos = timeoutNanos(ts, blocking, timeout);
        return PyBool.of(self.acquire(ts, blocks(ts, blocking), nanos));
    }

    @ExposedMethod(name = "acquire_lock", sig = "blocking=True, timeout=-1")
    static PyObject acquireLock(ThreadState ts, PyLock self, PyObject blocking, PyObject timeout) {
        return acquire(ts, self, blocking, timeout);
    }

    @ExposedMethod(name = "__enter__")
    static PyObject enter(ThreadState ts, PyLock self) {
        return PyBool.of(self.acquire(ts, true, -1));
    }

    @ExposedMethod
    static PyObject release(PyLock self) {
        self.release();
        return PyNone.None;
    }

    @ExposedMethod(name = "release_lock")
    static PyObject releaseLock(PyLock self) {
        return release(self);
    }

    @ExposedMethod(name = "__exit__", sig = "*args")
    static PyObject exit(PyLock self, PyTuple args) {
        return release(self);
    }

    @ExposedMethod
    static PyObject locked(PyLock self) {
        return PyBool.of(self.isLocked());
    }

    @ExposedMethod(name = "locked_lock")
    static PyObject lockedLock(PyLock self) {
        return locked(self);
    }
}
