package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.objects.Errors;
import org.gilvm.objects.PyCell;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyObject;

/** Loading, storing and deleting names: globals, class and module namespaces, cells. */
final class EvalNames {
    private EvalNames() {}

    /**
     * LOAD_GLOBAL's lookup: globals, then builtins; a new reference, read so that another
     * thread rebinding the name and releasing the old value cannot hand us a freed object
     * ({@link PyDict#getStrShared}).
     */
    static PyObject loadGlobal(ThreadState ts, Frame f, String name) {
        PyObject v = f.globals.getStrShared(ts, name);
        if (v == null) {
            v = f.builtins.getStrShared(ts, name);
            if (v == null) {
                throw Errors.nameError(name);
            }
        }
        return v;
    }

    /** LOAD_GLOBAL at instruction {@code at}, through its inline cache ({@link GlobalCache}). */
    static PyObject loadGlobalCached(ThreadState ts, Frame f, int at, String name) {
        Object[] caches = f.code.inlineCaches();
        if (caches[at] instanceof GlobalCache c) {
            PyObject v = c.load(ts, f);
            if (v != null) {
                return v;
            }
        }
        return GlobalCache.fill(ts, f, name, caches, at);
    }

    static int execute(ThreadState ts, Frame f, PyObject[] s, int sp, int op, int arg) {
        PyCode co = f.code;
        switch (op) {
            case LOAD_NAME -> {
                String name = co.names[arg];
                PyObject v = f.locals.getStrRef(ts, name);
                if (v == null) {
                    v = loadGlobal(ts, f, name);
                }
                s[sp] = v;
                return sp + 1;
            }
            case STORE_NAME -> {
                f.locals.setStr(ts, co.names[arg], s[sp - 1]);
                return EvalOps.pop(ts, s, sp);
            }
            case DELETE_NAME -> {
                if (!f.locals.delStr(ts, co.names[arg])) {
                    throw Errors.nameError(co.names[arg]);
                }
                return sp;
            }
            case STORE_GLOBAL -> {
                f.globals.setStr(ts, co.names[arg], s[sp - 1]);
                return EvalOps.pop(ts, s, sp);
            }
            case DELETE_GLOBAL -> {
                if (!f.globals.delStr(ts, co.names[arg])) {
                    throw Errors.nameError(co.names[arg]);
                }
                return sp;
            }
            case DELETE_FAST -> {
                PyObject old = s[arg];
                if (old == null) {
                    throw Errors.unboundLocalError(co.localsPlusNames[arg]);
                }
                s[arg] = null;
                ts.decref(old);
                return sp;
            }
            case DELETE_DEREF -> {
                PyCell c = (PyCell) s[arg];
                if (c.ref == null) {
                    throw unbound(co, arg);
                }
                c.set(ts, null);
                return sp;
            }
            case LOAD_CLOSURE -> {
                PyObject c = s[arg];
                ts.incref(c);
                s[sp] = c;
                return sp + 1;
            }
            case MAKE_CELL -> {
                s[arg] = new PyCell(s[arg]);
                return sp;
            }
            default -> {
                // COPY_FREE_VARS n: the function's closure cells become the last n locals
                PyCell[] closure = f.func.closure;
                int first = co.nLocalsPlus - arg;
                for (int i = 0; i < arg; i++) {
                    ts.incref(closure[i]);
                    s[first + i] = closure[i];
                }
                return sp;
            }
        }
    }

    /** LOAD_DEREF / LOAD_CLASSDEREF (a class body first looks in its own namespace). */
    static int loadDeref(ThreadState ts, Frame f, PyObject[] s, int sp, int arg, boolean classDeref) {
        PyObject v = null;
        if (classDeref) {
            PyDict locals = f.locals;
            v = locals.getStrRef(ts, f.code.localsPlusNames[arg]);
        }
        if (v == null) {
            v = ((PyCell) s[arg]).ref;
            if (v == null) {
                throw unbound(f.code, arg);
            }
            ts.incref(v);
        }
        s[sp] = v;
        return sp + 1;
    }

    static int storeDeref(ThreadState ts, PyObject[] s, int sp, int arg) {
        ((PyCell) s[arg]).set(ts, s[sp - 1]);
        return EvalOps.pop(ts, s, sp);
    }

    private static RuntimeException unbound(PyCode co, int arg) {
        String name = co.localsPlusNames[arg];
        return (co.localsPlusKinds[arg] & PyCode.KIND_FREE) != 0
                ? Errors.freeVarError(name) : Errors.unboundLocalError(name);
    }
}
