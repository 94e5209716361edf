package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** Behaviour of BaseException and its subclasses, CPython's {@code Objects/exceptions.c}. */
public final class ExceptionMethods {
    private ExceptionMethods() {}

    /**
     * tp_new of every exception type: the args tuple is kept, keywords are rejected, except
     * ImportError's {@code name} and {@code path} ({@link ImportErrorMethods}).
     */
    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs,
                              String[] kwnames) {
        boolean keywords = kwnames != null && kwnames.length > 0;
        boolean importError = keywords && type.isSubtypeOf(ExceptionTypes.IMPORT_ERROR);
        if (keywords && !type.isHeapType() && !importError) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        PyTuple args = PyTuple.copyOf(ts, argv, off, nargs);
        PyBaseException e = new PyBaseException(type, args);
        if (type.isHeapType()) {
            ts.incref(type);
        }
        // A user __init__ gets the keywords instead, as CPython's tp_init would.
        if (importError && SpecialMethods.userDefined(type, "__init__") == null) {
            try {
                ImportErrorMethods.applyKeywords(ts, e, argv, off, nargs, kwnames);
            } catch (PyException x) {
                ts.decref(e);
                throw x;
            }
        }
        return e;
    }

    /**
     * {@code BaseException.__init__(self, *args)}: stores args again, so a subclass's
     * {@code super().__init__(message)} decides what the exception shows.
     */
    @org.gilvm.builtins.ExposedMethod(name = "__init__", sig = "*args")
    static void init(ThreadState ts, PyBaseException self, PyTuple args) {
        self.setArgs(ts, args);
    }

    static String str(ThreadState ts, PyBaseException e) {
        PyObject m = SpecialMethods.userDefined(e.type(), "__str__");
        if (m != null) {
            return SpecialMethods.callForString(ts, e, m, "__str__");
        }
        if (e.type().isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            return OSErrorMethods.str(ts, e);
        }
        return baseStr(ts, e);
    }

    /** BaseException.__str__ with KeyError's twist: a lone key is shown by its repr. */
    public static String baseStr(ThreadState ts, PyBaseException e) {
        PyTuple args = e.args();
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            if (e.type().isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return args.get(0).repr(ts);
            }
            return Abstract.str(ts, args.get(0));
        }
        return args.repr(ts);
    }

    static String repr(ThreadState ts, PyBaseException e) {
        PyObject m = SpecialMethods.userDefined(e.type(), "__repr__");
        if (m != null) {
            return SpecialMethods.callForString(ts, e, m, "__repr__");
        }
        PyTuple args = e.args();
        String name = e.type().name();
        if (args.size() == 1) {
            return name + "(" + args.get(0).repr(ts) + ")";
        }
        return name + args.repr(ts);
    }

    /** The special attributes every exception has; null for any other name. */
    static PyObject specialAttr(ThreadState ts, PyBaseException e, String name) {
        if (e.type().isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            PyObject member = OSErrorMethods.attr(ts, e, name);
            if (member != null) {
                return member;
            }
        }
        PyObject v = switch (name) {
            case "args" -> e.args();
            case "__traceback__" -> e.traceback == null ? PyNone.None : e.traceback;
            case "__cause__" -> e.cause == null ? PyNone.None : e.cause;
            case "__context__" -> e.context == null ? PyNone.None : e.context;
            case "__suppress_context__" -> PyBool.of(e.suppressContext);
            case "value" -> e.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION) ? firstOrNone(e) : null;
            case "code" -> e.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT) ? firstOrNone(e) : null;
            default -> null;
        };
        if (v == null && e.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT) && name.equals("code")) {
            v = PyNone.None;
        }
        ts.incref(v);
        return v;
    }

    private static PyObject firstOrNone(PyBaseException e) {
        PyTuple a = e.args();
        if (a.size() == 0) {
            return PyNone.None;
        }
        return a.size() == 1 ? a.get(0) : a;
    }

    static boolean setSpecialAttr(ThreadState ts, PyBaseException e, String name, PyObject value) {
        switch (name) {
            case "args" -> e.setArgs(ts, Abstract.toTuple(ts, value));
            case "__cause__" -> {
                if (value != PyNone.None && !(value instanceof PyBaseException)) {
                    throw Errors.typeError("exception cause must be None or derive from BaseException");
                }
                ts.incref(value);
                PyBaseException old = e.cause;
                e.cause = value == PyNone.None ? null : (PyBaseException) value;
                e.suppressContext = true;
                ts.decref(old);
            }
            case "__context__" -> {
                ts.incref(value);
                PyBaseException old = e.context;
                e.context = value == PyNone.None ? null : (PyBaseException) value;
                ts.decref(old);
            }
            case "__suppress_context__" -> e.suppressContext = value.isTrue(ts);
            case "__traceback__" -> {
                if (value != PyNone.None && !(value instanceof PyTraceback)) {
                    throw Errors.typeError("__traceback__ must be a traceback or None");
                }
                ts.incref(value);
                PyTraceback old = e.traceback;
                e.traceback = value == PyNone.None ? null : (PyTraceback) value;
                ts.decref(old);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
