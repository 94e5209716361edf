package org.gilvm.builtins;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.CompareOp;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyCallableIterator;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * The iteration builtins of {@code builtins}: iter, next, min, max, sum, sorted, any, all.
 * (enumerate, zip, map, filter and reversed are types; their constructors live with their
 * objects.) See {@link BuiltinsModule} for how these are registered.
 */
final class BuiltinsIteration {
    private BuiltinsIteration() {}

    static void register(ThreadState ts, PyDict dict) {
        ModuleFactory.fill(ts, BuiltinsIteration.class, null, dict);
        BuiltinsModule.register(ts, dict, "iter", BuiltinsIteration::iter);
        BuiltinsModule.register(ts, dict, "next", BuiltinsIteration::next);
        BuiltinsModule.register(ts, dict, "min", (t, argv, off, n, kw) -> minMax(t, argv, off, n, kw, false));
        BuiltinsModule.register(ts, dict, "max", (t, argv, off, n, kw) -> minMax(t, argv, off, n, kw, true));
        BuiltinsModule.register(ts, dict, "sum", BuiltinsIteration::sum);
        BuiltinsModule.register(ts, dict, "sorted", BuiltinsIteration::sorted);
    }

    /** {@code iter(object)} or {@code iter(callable, sentinel)}. */
    static PyObject iter(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("iter", kwnames);
        BuiltinsModule.checkArity("iter", nargs, 1, 2);
        PyObject o = argv[off];
        if (nargs == 1) {
            return o.iter(ts);
        }
        if (!o.isCallable()) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new PyCallableIterator(ts, o, argv[off + 1]);
    }

    /** {@code next(iterator[, default])}. */
    static PyObject next(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("next", kwnames);
        BuiltinsModule.checkArity("next", nargs, 1, 2);
        PyObject r;
        try {
            r = argv[off].next(ts);
        } catch (PyException e) {
            if (nargs == 1 || !e.matches(ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
            ts.decref(e.value);
            r = null;
        }
        if (r != null) {
            return r;
        }
        if (nargs == 1) {
            throw argv[off] instanceof org.gilvm.objects.PyGenerator g ? g.stopIteration(ts) : Errors.stopIteration();
        }
        PyObject dflt = argv[off + 1];
        ts.incref(dflt);
        return dflt;
    }

    /** {@code min}/{@code max}, CPython's min_max: one iterable or several arguments, key=, default=. */
    static PyObject minMax(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames, boolean isMax) {
        String name = isMax ? "max" : "min";
        PyObject key = null, dflt = null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                PyObject v = argv[off + nargs + k];
                switch (kwnames[k]) {
                    case "key" -> key = v == PyNone.None ? null : v;
                    case "default" -> dflt = v;
                    default -> throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for "
                            + name + "()");
                }
            }
        }
        if (nargs == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (nargs > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name
                    + "() with multiple positional arguments");
        }
        CompareOp op = isMax ? CompareOp.GT : CompareOp.LT;
        PyObject it = nargs == 1 ? argv[off].iter(ts) : null;
        PyObject best = null, bestVal = null;
        try {
            for (int i = 0; ; i++) {
                PyObject item;
                if (it != null) {
                    item = it.next(ts);
                    if (item == null) {
                        break;
                    }
                } else {
                    if (i == nargs) {
                        break;
                    }
                    item = argv[off + i];
                    ts.incref(item);
                }
                PyObject val = item;
                if (key != null) {
                    try {
                        val = key.call(ts, new PyObject[] {item}, 0, 1, null);
                    } catch (PyException e) {
                        ts.decref(item);
                        throw e;
                    }
                }
                boolean better;
                try {
                    better = best == null || Abstract.richCompareBool(ts, val, bestVal, op);
                } catch (PyException e) {
                    ts.decref(item);
                    if (key != null) {
                        ts.decref(val);
                    }
                    throw e;
                }
                PyObject dropItem = better ? best : item, dropVal = better ? bestVal : val;
                if (better) {
                    best = item;
                    bestVal = val;
                }
                ts.decref(dropItem);
                if (key != null) {
                    ts.decref(dropVal);
                }
            }
        } catch (PyException e) {
            ts.decref(best);
            if (key != null) {
                ts.decref(bestVal);
            }
            throw e;
        } finally {
            ts.decref(it);
        }
        if (key != null) {
            ts.decref(bestVal);
        }
        if (best != null) {
            return best;
        }
        if (dflt != null) {
            ts.incref(dflt);
            return dflt;
        }
        throw Errors.valueError(name + "() arg is an empty sequence");
    }

    /** {@code sum(iterable, /, start=0)}, with CPython's int and float fast paths. */
    static PyObject sum(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        PyObject start = nargs > 1 ? argv[off + 1] : null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (!kwnames[k].equals("start")) {
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for sum()");
                }
                if (start != null) {
                    throw Errors.typeError("argument for sum() given by name ('start') and position (2)");
                }
                start = argv[off + nargs + k];
            }
        }
        if (nargs < 1) {
            throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (nargs > 2) {
            throw Errors.typeError("sum() takes at most 2 arguments (" + nargs + " given)");
        }
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes || start != null && start.type() == BuiltinTypes.BYTEARRAY) {
            throw Errors.typeError("sum() can't sum " + start.type().name() + " [use b''.join(seq) instead]");
        }
        PyObject it = argv[off].iter(ts);
        try {
            return sumFrom(ts, it, start == null ? PyInt.ZERO : start);
        } finally {
            ts.decref(it);
        }
    }

    private static PyObject sumFrom(ThreadState ts, PyObject it, PyObject start) {
        PyObject result = start;
        ts.incref(result);
        PyObject item = null;
        try {
            if (result.getClass() == PyInt.class && ((PyInt) result).isSmall()) {
                long acc = ((PyInt) result).value;
                while (true) {
                    item = it.next(ts);
                    if (item == null) {
                        ts.decref(result);
                        return PyInt.of(acc);
                    }
                    if (item instanceof PyInt i && i.isSmall() && (i.getClass() == PyInt.class || i instanceof PyBool)) {
                        long r = acc + i.value;
                        if (((acc ^ r) & (i.value ^ r)) >= 0) {
                            acc = r;
                            ts.decref(item);
                            continue;
                        }
                    }
                    ts.decref(result);
                    PyObject b = item;
                    result = null;
                    item = null;
                    result = addConsuming(ts, PyInt.of(acc), b);
                    break;
                }
            }
            if (result.getClass() == PyFloat.class) {
                double acc = ((PyFloat) result).value;
                while (true) {
                    item = it.next(ts);
                    if (item == null) {
                        ts.decref(result);
                        return new PyFloat(acc);
                    }
                    if (item.getClass() == PyFloat.class) {
                        acc += ((PyFloat) item).value;
                        ts.decref(item);
                        continue;
                    }
                    if (item instanceof PyInt i && i.isSmall()) {
                        acc += (double) i.value;
                        ts.decref(item);
                        continue;
                    }
                    ts.decref(result);
                    PyObject b = item;
                    result = null;
                    item = null;
                    result = addConsuming(ts, new PyFloat(acc), b);
                    break;
                }
            }
            while ((item = it.next(ts)) != null) {
                PyObject a = result, b = item;
                result = null;
                item = null;
                result = addConsuming(ts, a, b);
            }
            return result;
        } catch (PyException e) {
            ts.decref(result);
            ts.decref(item);
            throw e;
        }
    }

    /** {@code a + b}, releasing both arguments (even when the addition fails). */
    private static PyObject addConsuming(ThreadState ts, PyObject a, PyObject b) {
        try {
            return Abstract.binaryOp(ts, a, b, BinaryOps.ADD);
        } finally {
            ts.decref(a);
            ts.decref(b);
        }
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new list sorted by list.sort. */
    static PyObject sorted(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.checkArity("sorted", nargs, 1, 1);
        if (kwnames != null) {
            for (String k : kwnames) {
                if (!k.equals("key") && !k.equals("reverse")) {
                    throw Errors.typeError("'" + k + "' is an invalid keyword argument for sort()");
                }
            }
        }
        PyList list = Abstract.toList(ts, argv[off]);
        try {
            int nkw = kwnames == null ? 0 : kwnames.length;
            PyObject[] args = new PyObject[1 + nkw];
            args[0] = list;
            System.arraycopy(argv, off + 1, args, 1, nkw);
            PyObject sort = BuiltinTypes.LIST.lookup("sort");
            ts.decref(sort.call(ts, args, 0, 1, kwnames));
        } catch (PyException e) {
            ts.decref(list);
            throw e;
        }
        return list;
    }

    @ExposedFunction
    static boolean any(ThreadState ts, PyObject iterable) {
        return anyAll(ts, iterable, true);
    }

    @ExposedFunction
    static boolean all(ThreadState ts, PyObject iterable) {
        return !anyAll(ts, iterable, false);
    }

    /** Whether some item's truth equals {@code wanted}; stops at the first one. */
    private static boolean anyAll(ThreadState ts, PyObject iterable, boolean wanted) {
        PyObject it = iterable.iter(ts);
        try {
            for (PyObject item; (item = it.next(ts)) != null; ) {
                boolean t;
                try {
                    t = Abstract.isTrue(ts, item);
                } finally {
                    ts.decref(item);
                }
                if (t == wanted) {
                    return true;
                }
            }
            return false;
        } finally {
            ts.decref(it);
        }
    }
}
