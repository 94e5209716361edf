package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Every exception object, of a builtin or a user-defined exception class: CPython's
 * {@code PyBaseExceptionObject}. Subclass-specific attributes (SyntaxError's lineno,
 * OSError's errno, user attributes) live in the instance dict.
 */
public final class PyBaseException extends PyObject {
    private final PyType type;
    private PyTuple args;
    private PyDict dict;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    public PyTraceback traceback;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(ThreadState ts, PyTuple newArgs) {
        ts.incref(newArgs);
        PyTuple old = args;
        args = newArgs;
        ts.decref(old);
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The first argument, borrowed, or null when there are no arguments. */
    public PyObject firstArg() {
        return args.size() > 0 ? args.get(0) : null;
    }

    /** For Java-side messages: str(self) computed without running Python code. */
    public String argsString() {
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1 && args.get(0) instanceof PyStr s) {
            return s.value();
        }
        return args.toString();
    }

    @Override
    public String str(ThreadState ts) {
        return ExceptionMethods.str(ts, this);
    }

    @Override
    public String repr(ThreadState ts) {
        return ExceptionMethods.repr(ts, this);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        PyObject special = ExceptionMethods.specialAttr(ts, this, name);
        if (special != null) {
            return special;
        }
        return Attributes.genericFindAttr(ts, this, name, dict);
    }

    @Override
    public void setAttr(ThreadState ts, String name, PyObject value) {
        if (!ExceptionMethods.setSpecialAttr(ts, this, name, value)) {
            Attributes.genericSetAttr(ts, this, name, value, dict());
        }
    }

    @Override
    public void dealloc(ThreadState ts) {
        if (type.isHeapType()) {
            PyInstance.callDel(ts, this);
            if (refcnt > 0) {
                return;
            }
        }
        ts.decref(args);
        ts.decref(dict);
        ts.decref(cause);
        ts.decref(context);
        ts.decref(type);
    }
}
