package org.gilvm.subinterp;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * {@code _pickle.PicklingError}: CPython raises it for a function or class pickle cannot find
 * by name. gilvm has no pickle module; the class is made by {@code _interpreters}, one per
 * interpreter, with {@code __module__} {@code '_pickle'} so that it prints as CPython's does.
 */
final class PickleErrors {
    private PickleErrors() {}

    static final String MODULE = "_interpreters";

    static PyException pickling(ThreadState ts, String message) {
        PyObject fromList = PyTuple.of(PyStr.intern("PicklingError"));
        PyObject m;
        try {
            m = ts.interp.loader().importModule(ts, MODULE, fromList, 0, null);
        } finally {
            ts.decref(fromList);
        }
        try {
            if (!(m.dict().getStr("PicklingError") instanceof PyType t)) {
                return Errors.runtimeError(message);
            }
            ts.incref(t);
            return new PyException(new PyBaseException(t, PyTuple.of(new PyStr(message))));
        } finally {
            ts.decref(m);
        }
    }
}
