package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * The code of a builtin function or method, called with CPython's vectorcall convention (see
 * {@link PyObject#call}); for methods {@code argv[off]} is self and {@code nargs} counts it.
 */
@FunctionalInterface
public interface BuiltinBody {
    PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames);
}
