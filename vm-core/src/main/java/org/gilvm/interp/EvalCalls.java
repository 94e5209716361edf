package org.gilvm.interp;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.EntryCursor;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBoundMethod;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/** CALL, CALL_FUNCTION_EX and the argument merging that feeds them. */
final class EvalCalls {
    private EvalCalls() {}

    /**
     * CALL n: {@code [NULL, callable, args...]} or {@code [method, self, args...]} becomes
     * {@code [result]}. A bound method in the callable slot is split into function and self
     * first, so the call needs no new argument array (CPython 3.11 does the same).
     */
    static int call(ThreadState ts, PyObject[] s, int sp, int oparg, String[] kwnames) {
        int base = sp - oparg - 2;
        int total = oparg;
        PyObject callable = s[base];
        if (callable != null) {
            total++;
        } else {
            callable = s[base + 1];
            if (callable instanceof PyBoundMethod bm) {
                ts.incref(bm.func);
                ts.incref(bm.self);
                s[base] = bm.func;
                s[base + 1] = bm.self;
                ts.decref(bm);
                callable = bm.func;
                total++;
            }
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject r = callable instanceof PyFunction fn
                ? Calls.callFunction(ts, fn, s, sp - total, total - nkw, kwnames)
                : callable.call(ts, s, sp - total, total - nkw, kwnames);
        return finishCall(ts, s, base, sp, r);
    }

    /**
     * CALL_FUNCTION_EX flags: {@code [NULL, func, args, kwargs?] -> [result]}: {@code f(*args,
     * **kwargs)}.
     */
    static int callFunctionEx(ThreadState ts, PyObject[] s, int sp, int flags) {
        boolean hasKw = (flags & 1) != 0;
        PyObject func = s[sp - (hasKw ? 3 : 2)];
        PyObject args = s[sp - (hasKw ? 2 : 1)];
        PyDict kwargs = null;
        if (hasKw) {
            PyObject k = s[sp - 1];
            if (!(k instanceof PyDict d)) {
                throw Errors.typeError(functionStr(ts, func) + " argument after ** must be a mapping, not "
                        + k.type().name());
            }
            kwargs = d;
        }
        PyTuple t;
        if (args instanceof PyTuple at && at.getClass() == PyTuple.class) {
            ts.incref(at);
            t = at;
        } else {
            try {
                t = Abstract.toTuple(ts, args);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR) && args.type().lookup("__iter__") == null
                        && args.type().lookup("__getitem__") == null) {
                    ts.decref(e.value);
                    throw Errors.typeError(functionStr(ts, func) + " argument after * must be an iterable, not "
                            + args.type().name());
                }
                throw e;
            }
        }
        PyObject r;
        try {
            r = Calls.callObject(ts, func, t, kwargs);
        } finally {
            ts.decref(t);
        }
        int base = sp - (hasKw ? 4 : 3);
        return finishCall(ts, s, base, sp, r);
    }

    /** Releases a call's slots {@code s[base..sp)} and leaves the result in {@code s[base]}. */
    private static int finishCall(ThreadState ts, PyObject[] s, int base, int sp, PyObject r) {
        for (int i = sp - 1; i > base; i--) {
            PyObject o = s[i];
            s[i] = null;
            ts.decref(o);
        }
        PyObject o = s[base];
        s[base] = r;
        ts.decref(o);
        return base + 1;
    }

    /** DICT_MERGE i: {@code **mapping} in a call: like DICT_UPDATE, but duplicate keys are an error. */
    static int dictMerge(ThreadState ts, PyObject[] s, int sp, int i) {
        PyObject update = s[sp - 1];
        PyDict dict = (PyDict) s[sp - 1 - i];
        PyObject func = s[sp - 3 - i];
        if (!(update instanceof PyDict) && update.type().lookup("keys") == null) {
            throw Errors.typeError(functionStr(ts, func) + " argument after ** must be a mapping, not "
                    + update.type().name());
        }
        PyDict src = update instanceof PyDict d ? d : null;
        if (src == null) {
            src = new PyDict();
            try {
                org.gilvm.objects.DictUpdate.update(ts, src, update);
            } catch (PyException e) {
                ts.decref(src);
                throw e;
            }
        } else {
            ts.incref(src);
        }
        try {
            // The mapping may be shared: one entry at a time, under its lock.
            EntryCursor c = new EntryCursor();
            while (src.next(ts, c)) {
                try {
                    if (dict.containsKey(ts, c.key)) {
                        if (c.key instanceof PyStr ks) {
                            throw Errors.typeError(functionStr(ts, func)
                                    + " got multiple values for keyword argument '" + ks.value() + "'");
                        }
                        throw Errors.typeError("keywords must be strings");
                    }
                    dict.put(ts, c.key, c.value);
                } finally {
                    c.release(ts);
                }
            }
        } finally {
            ts.decref(src);
        }
        return EvalOps.pop(ts, s, sp);
    }

    /** CPython's _PyObject_FunctionStr: how call errors name the callee ({@code __main__.f()}, {@code len()}). */
    static String functionStr(ThreadState ts, PyObject f) {
        if (f instanceof PyFunction fn) {
            String mod = fn.module instanceof PyStr m ? m.value() : null;
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + fn.qualname + "()";
        }
        if (f instanceof PyBoundMethod bm) {
            return functionStr(ts, bm.func);
        }
        if (f instanceof PyBuiltinFunction bf) {
            return bf.qualname() + "()";
        }
        if (f instanceof PyType t) {
            String mod = t.module();
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + t.qualname() + "()";
        }
        return f.type().name() + " object";
    }
}
