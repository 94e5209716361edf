package org.gilvm.interp;

import org.gilvm.objects.Errors;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * Calling Python functions: binding arguments to a new frame's parameters (CPython's
 * {@code initialize_locals} in ceval.c) and running it, or wrapping it in a generator.
 */
public final class Calls {
    private Calls() {}

    public static PyObject callFunction(ThreadState ts, PyFunction func, PyObject[] argv, int off, int nargs,
                                        String[] kwnames) {
        // A generator function's frame runs its prologue up to RETURN_GENERATOR, which returns
        // the generator object.
        return Eval.run(ts, newFrame(ts, func, argv, off, nargs, kwnames));
    }

    /**
     * CPython's PyObject_Call: {@code func(*args, **kwargs)} with a tuple and an optional
     * dict (both borrowed); a new reference.
     */
    public static PyObject callObject(ThreadState ts, PyObject func, PyTuple args, PyDict kwargs) {
        int n = args.size();
        int nkw = kwargs == null ? 0 : kwargs.size();
        PyObject[] argv = new PyObject[n + nkw];
        System.arraycopy(args.array(), 0, argv, 0, n);
        String[] kwnames = null;
        if (nkw > 0) {
            kwnames = new String[nkw];
            int i = 0;
            for (int p = kwargs.nextEntry(0); p >= 0; p = kwargs.nextEntry(p + 1)) {
                if (!(kwargs.keyAt(p) instanceof PyStr key)) {
                    throw Errors.typeError("keywords must be strings");
                }
                kwnames[i] = key.value();
                argv[n + i++] = kwargs.valueAt(p);
            }
        }
        return func.call(ts, argv, 0, n, kwnames);
    }

    /** Calls {@code f(self, *args)} without building a bound method. */
    public static PyObject callWithSelf(ThreadState ts, PyObject f, PyObject self, PyObject[] argv, int off,
                                        int nargs, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject[] a = new PyObject[nargs + nkw + 1];
        a[0] = self;
        System.arraycopy(argv, off, a, 1, nargs + nkw);
        return f.call(ts, a, 0, nargs + 1, kwnames);
    }

    /** A frame for {@code func} with its parameters bound (new references in the locals). */
    static Frame newFrame(ThreadState ts, PyFunction func, PyObject[] argv, int off, int nargs, String[] kwnames) {
        PyCode co = func.code;
        Frame f = new Frame(co, func, func.globals, func.builtins, null, ts.framePadding);
        PyObject[] lp = f.localsPlus;
        int plain = PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS;
        if (kwnames == null && nargs == co.argCount && (co.flags & plain) == 0 && co.kwOnlyArgCount == 0) {
            for (int i = 0; i < nargs; i++) {
                PyObject o = argv[off + i];
                ts.incref(o);
                lp[i] = o;
            }
            return f;
        }
        try {
            bind(ts, func, lp, argv, off, nargs, kwnames);
        } catch (RuntimeException e) {
            f.clear(ts);
            throw e;
        }
        return f;
    }

    private static void bind(ThreadState ts, PyFunction func, PyObject[] lp, PyObject[] argv, int off,
                             int nargs, String[] kwnames) {
        PyCode co = func.code;
        int argc = co.argCount;
        int kwonly = co.kwOnlyArgCount;
        int total = argc + kwonly;
        boolean varargs = (co.flags & PyCode.CO_VARARGS) != 0;
        boolean varkw = (co.flags & PyCode.CO_VARKEYWORDS) != 0;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            lp[total + (varargs ? 1 : 0)] = kwdict;
        }
        int npos = Math.min(nargs, argc);
        for (int i = 0; i < npos; i++) {
            PyObject o = argv[off + i];
            ts.incref(o);
            lp[i] = o;
        }
        if (varargs) {
            lp[total] = nargs > argc ? PyTuple.copyOf(ts, argv, off + argc, nargs - argc) : PyTuple.EMPTY;
        }
        if (kwnames != null) {
            String[] names = co.localsPlusNames;
            for (int k = 0; k < kwnames.length; k++) {
                String name = kwnames[k];
                PyObject value = argv[off + nargs + k];
                int j = -1;
                for (int p = co.posOnlyArgCount; p < total; p++) {
                    if (names[p].equals(name)) {
                        j = p;
                        break;
                    }
                }
                if (j < 0) {
                    if (kwdict == null) {
                        String posOnly = positionalOnlyPassedAsKeyword(co, kwnames);
                        if (posOnly != null) {
                            throw Errors.typeError(func.qualname + "() got some positional-only arguments"
                                    + " passed as keyword arguments: '" + posOnly + "'");
                        }
                        throw Errors.typeError(func.qualname + "() got an unexpected keyword argument '" + name + "'");
                    }
                    kwdict.setStr(ts, name, value);
                    continue;
                }
                if (lp[j] != null) {
                    throw Errors.typeError(func.qualname + "() got multiple values for argument '" + name + "'");
                }
                ts.incref(value);
                lp[j] = value;
            }
        }
        // CPython checks the positional count after binding keywords, so an unexpected or
        // duplicate keyword is the error reported first.
        if (nargs > argc && !varargs) {
            throw tooManyPositional(ts, func, nargs, kwnames);
        }
        if (nargs < argc) {
            int ndefs = func.defaults == null ? 0 : func.defaults.size();
            int firstDefault = argc - ndefs;
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = nargs; i < argc; i++) {
                if (lp[i] == null) {
                    if (i >= firstDefault) {
                        PyObject d = func.defaults.get(i - firstDefault);
                        ts.incref(d);
                        lp[i] = d;
                    } else {
                        missing.add(co.localsPlusNames[i]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(func, missing, "positional");
            }
        }
        if (kwonly > 0) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = argc; i < total; i++) {
                if (lp[i] == null) {
                    PyObject d = func.kwDefaults == null ? null : func.kwDefaults.getStr(co.localsPlusNames[i]);
                    if (d != null) {
                        ts.incref(d);
                        lp[i] = d;
                    } else {
                        missing.add(co.localsPlusNames[i]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(func, missing, "keyword-only");
            }
        }
    }

    /** CPython's positional_only_passed_as_keyword: the positional-only names among kwnames, or null. */
    private static String positionalOnlyPassedAsKeyword(PyCode co, String[] kwnames) {
        StringBuilder sb = null;
        for (int p = 0; p < co.posOnlyArgCount; p++) {
            String param = co.localsPlusNames[p];
            for (String k : kwnames) {
                if (k.equals(param)) {
                    sb = sb == null ? new StringBuilder(param) : sb.append(", ").append(param);
                    break;
                }
            }
        }
        return sb == null ? null : sb.toString();
    }

    private static RuntimeException tooManyPositional(ThreadState ts, PyFunction func, int given, String[] kwnames) {
        PyCode co = func.code;
        int ndefs = func.defaults == null ? 0 : func.defaults.size();
        int argc = co.argCount;
        String takes;
        if (ndefs > 0) {
            takes = "from " + (argc - ndefs) + " to " + argc + " positional arguments";
        } else {
            takes = argc + " positional argument" + (argc == 1 ? "" : "s");
        }
        int kwGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int p = argc; p < argc + co.kwOnlyArgCount; p++) {
                    if (co.localsPlusNames[p].equals(k)) {
                        kwGiven++;
                    }
                }
            }
        }
        String was = given == 1 && kwGiven == 0 ? "was" : "were";
        String givenText = kwGiven > 0
                ? given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven
                        + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")"
                : String.valueOf(given);
        return Errors.typeError(func.qualname + "() takes " + takes + " but " + givenText + " " + was + " given");
    }

    private static RuntimeException missingArgs(PyFunction func, java.util.List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(func.qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }
}
