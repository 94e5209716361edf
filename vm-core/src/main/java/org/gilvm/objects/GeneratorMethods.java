package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The Python-visible methods and attributes of generators (CPython's gen_methods, gen_getsetlist). */
final class GeneratorMethods {
    private GeneratorMethods() {}

    @ExposedMethod
    static PyObject send(ThreadState ts, PyGenerator self, PyObject value) {
        return self.send(ts, value);
    }

    /** {@code throw(value)} or the deprecated {@code throw(type[, value[, tb]])}. */
    @ExposedMethod(name = "throw", sig = "typ, val=None, tb=None, /")
    static PyObject throw_(ThreadState ts, PyGenerator self, PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject[] args = val == PyNone.None ? new PyObject[0]
                    : val instanceof PyTuple tup ? tup.array() : new PyObject[] {val};
            if (val instanceof PyBaseException given && given.type().isSubtypeOf(t)) {
                ts.incref(given);
                exc = given;
            } else {
                PyObject made = t.call(ts, args, 0, args.length, null);
                exc = (PyBaseException) made;
            }
        } else if (typ instanceof PyBaseException b) {
            if (val != PyNone.None) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            ts.incref(b);
            exc = b;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().name());
        }
        if (tb instanceof PyTraceback t) {
            ts.incref(t);
            PyTraceback old = exc.traceback;
            exc.traceback = t;
            ts.decref(old);
        } else if (tb != PyNone.None) {
            ts.decref(exc);
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        try {
            return self.throwInto(ts, exc);
        } finally {
            ts.decref(exc);
        }
    }

    @ExposedMethod
    static void close(ThreadState ts, PyGenerator self) {
        self.close(ts);
    }

    @ExposedMethod(name = "__next__")
    static PyObject next(ThreadState ts, PyGenerator self) {
        PyObject r = self.next(ts);
        if (r == null) {
            throw self.stopIteration(ts);
        }
        return r;
    }

    @ExposedMethod(name = "__iter__")
    static PyObject iter(ThreadState ts, PyGenerator self) {
        ts.incref(self);
        return self;
    }
}
