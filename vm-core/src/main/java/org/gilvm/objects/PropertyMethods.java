package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** {@code property.getter/setter/deleter}: copies of the property with one accessor replaced. */
final class PropertyMethods {
    private PropertyMethods() {}

    @ExposedMethod
    static PyObject getter(ThreadState ts, PyProperty self, PyObject f) {
        return self.with(ts, noneToNull(f), self.fset, self.fdel);
    }

    @ExposedMethod
    static PyObject setter(ThreadState ts, PyProperty self, PyObject f) {
        return self.with(ts, self.fget, noneToNull(f), self.fdel);
    }

    @ExposedMethod
    static PyObject deleter(ThreadState ts, PyProperty self, PyObject f) {
        return self.with(ts, self.fget, self.fset, noneToNull(f));
    }

    private static PyObject noneToNull(PyObject f) {
        return f == PyNone.None ? null : f;
    }
}
