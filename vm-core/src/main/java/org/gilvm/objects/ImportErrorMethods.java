package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * ImportError and ModuleNotFoundError: CPython's ImportError_init in
 * {@code Objects/exceptions.c}, which takes the keyword-only {@code name} and {@code path}
 * (the module and its file; both None when not given) and keeps them as members
 * ({@link PyBaseException}). {@code msg} is not kept: str() shows the first argument as
 * BaseException's does, which is what ImportError's shows unless msg is reassigned.
 */
public final class ImportErrorMethods {
    private ImportErrorMethods() {}

    /**
     * The keywords of {@code ImportError(*args, name=None, path=None)} for a call that runs no
     * user {@code __init__} (tp_new and tp_init in one, as gilvm builds builtin exceptions).
     */
    static void applyKeywords(ThreadState ts, PyBaseException e, PyObject[] argv, int off, int nargs,
                              String[] kwnames) {
        PyObject name = null, path = null;
        for (int i = 0; i < kwnames.length; i++) {
            PyObject v = argv[off + nargs + i];
            switch (kwnames[i]) {
                case "name" -> name = v;
                case "path" -> path = v;
                // CPython's message names ImportError whichever subclass was called.
                default -> throw Errors.typeError("'" + kwnames[i]
                        + "' is an invalid keyword argument for ImportError()");
            }
        }
        e.setImportNameAndPath(ts, name, path);
    }

    /** {@code ImportError.__init__}, reached from a subclass's {@code super().__init__(...)}. */
    @ExposedMethod(name = "__init__", sig = "*args, name=None, path=None")
    static void init(ThreadState ts, PyBaseException self, PyTuple args, PyObject name, PyObject path) {
        self.setArgs(ts, args);
        self.setImportNameAndPath(ts, name, path);
    }
}
