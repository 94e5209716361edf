package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The Python methods of {@code _thread.RLock}; argument rules as {@link LockMethods}. */
final class RLockMethods {
    private RLockMethods() {}

    @ExposedMethod(name = "acquire", sig = "blocking=True, timeout=-1")
    static PyObject rAcquire(ThreadState ts, PyRLock self, PyObject blocking, PyObject timeout) {
        long nanos = LockMethods.timeoutNanos(ts, blocking, timeout);
        return PyBool.of(self.acquire(ts, LockMethods.blocks(ts, blocking), nanos));
    }

    @ExposedMethod(name = "__enter__", sig = "blocking=True, timeout=-1")
    static PyObject rEnter(ThreadState ts, PyRLock self, PyObject blocking, PyObject timeout) {
        return rAcquire(ts, self, blocking, timeout);
    }

    @ExposedMethod(name = "release")
    static PyObject rRelease(ThreadState ts, PyRLock self) {
        self.release(ts);
        return PyNone.None;
    }

    @ExposedMethod(name = "__exit__", sig = "*args")
    static PyObject rExit(ThreadState ts, PyRLock self, PyTuple args) {
        return rRelease(ts, self);
    }

    @ExposedMethod(name = "_is_owned")
    static PyObject rIsOwned(ThreadState ts, PyRLock self) {
        return PyBool.of(self.isOwnedBy(ts));
    }

    @ExposedMethod(name = "_recursion_count")
    static PyObject rRecursionCount(ThreadState ts, PyRLock self) {
        return PyInt.of(self.count(ts));
    }

    /** Condition.wait's full release: returns the state {@code _acquire_restore} takes. */
    @ExposedMethod(name = "_release_save")
    static PyObject rReleaseSave(ThreadState ts, PyRLock self) {
        long count = self.releaseAll(ts);
        return PyTuple.of(PyInt.of(count), PyInt.of(ts.ident()));
    }

    @ExposedMethod(name = "_acquire_restore", sig = "state, /")
    static PyObject rAcquireRestore(ThreadState ts, PyRLock self, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError("_acquire_restore() argument must be a (count, owner) tuple");
        }
        self.restore(ts, Abstract.asLong(ts, t.get(0)));
        return PyNone.None;
    }
}
