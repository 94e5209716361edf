package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code type}. */
final class TypeMethods {
    private TypeMethods() {}

    @ExposedMethod
    static PyList mro(ThreadState ts, PyType self) {
        PyList l = new PyList();
        for (PyType t : self.mro()) {
            l.append(ts, t);
        }
        return l;
    }

    @ExposedMethod(name = "__subclasscheck__")
    static boolean subclassCheck(ThreadState ts, PyType self, PyType other) {
        return other.isSubtypeOf(self);
    }

    @ExposedMethod(name = "__instancecheck__")
    static boolean instanceCheck(ThreadState ts, PyType self, PyObject other) {
        return other.type().isSubtypeOf(self);
    }
}
