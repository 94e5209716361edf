package org.gilvm.builtins;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * {@code exit} and {@code quit}, which CPython's site module adds to builtins
 * (Lib/_sitebuiltins.py, Quitter): calling one raises SystemExit with the given code.
 */
public final class Quitter extends PyObject {
    private final String name;

    public Quitter(String name) {
        this.name = name;
    }

    @Override
    public PyType type() { return BuiltinTypes.OBJECT; }

    @Override
    public String repr(ThreadState ts) {
        return "Use " + name + "() or Ctrl-D (i.e. EOF) to exit";
    }

    @Override
    public boolean isCallable() { return true; }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nargs + nkw > 1 || nkw == 1 && !kwnames[0].equals("code")) {
            throw Errors.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but " + (nargs + nkw + 1)
                    + " were given");
        }
        PyObject code = nargs + nkw == 1 ? argv[off] : PyNone.None;
        ts.incref(code);
        throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT,
                code == PyNone.None ? PyTuple.EMPTY : PyTuple.of(code)));
    }
}
