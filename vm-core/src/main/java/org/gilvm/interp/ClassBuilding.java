package org.gilvm.interp;

import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.ClassBuilder;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyCell;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * {@code builtins.__build_class__}, which a class statement calls (CPython's
 * Python/bltinmodule.c builtin___build_class__): pick the metaclass, run the class body in a
 * fresh namespace, then call the metaclass.
 */
final class ClassBuilding {
    private ClassBuilding() {}

    static void install(ThreadState ts, PyDict builtins) {
        builtins.setStrSteal(ts, "__build_class__",
                new PyBuiltinFunction("__build_class__", "__build_class__", ClassBuilding::buildClass, null));
    }

    /** {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
    static PyObject buildClass(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (nargs < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(argv[off] instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(argv[off + 1] instanceof PyStr nameObj)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        String name = nameObj.value();
        PyObject[] bases = new PyObject[nargs - 2];
        System.arraycopy(argv, off + 2, bases, 0, bases.length);
        PyObject meta = null;
        int nkw = kwnames == null ? 0 : kwnames.length;
        java.util.List<String> otherNames = new java.util.ArrayList<>();
        java.util.List<PyObject> otherValues = new java.util.ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            PyObject v = argv[off + nargs + k];
            if (kwnames[k].equals("metaclass")) {
                meta = v;
            } else {
                otherNames.add(kwnames[k]);
                otherValues.add(v);
            }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) {
            meta = bases.length == 0 ? BuiltinTypes.TYPE : bases[0].type();
        }
        if (isClass) {
            meta = calculateMetaclass((PyType) meta, bases);
        }
        PyDict ns = prepare(ts, meta, nameObj, bases, otherNames, otherValues);
        try {
            Frame frame = new Frame(body.code, body, body.globals, body.builtins, ns);
            PyObject cell = Eval.run(ts, frame);
            PyObject cls;
            if (meta == BuiltinTypes.TYPE && otherNames.isEmpty()) {
                PyType[] typeBases = new PyType[bases.length];
                for (int i = 0; i < bases.length; i++) {
                    if (!(bases[i] instanceof PyType bt)) {
                        ts.decref(cell);
                        throw Errors.typeError("bases must be types");
                    }
                    typeBases[i] = bt;
                }
                cls = ClassBuilder.newClass(ts, name, typeBases, ns);
            } else {
                PyObject[] args = new PyObject[3 + otherValues.size()];
                args[0] = nameObj;
                args[1] = PyTuple.copyOf(ts, bases, 0, bases.length);
                args[2] = ns;
                for (int i = 0; i < otherValues.size(); i++) {
                    args[3 + i] = otherValues.get(i);
                }
                try {
                    cls = meta.call(ts, args, 0, 3, otherNames.isEmpty() ? null : otherNames.toArray(new String[0]));
                } finally {
                    ts.decref(args[1]);
                }
            }
            if (cell instanceof PyCell c && c.ref != cls && cls instanceof PyType) {
                String got = c.ref == null ? "nothing" : c.ref.repr(ts);
                ts.decref(cell);
                ts.decref(cls);
                throw Errors.runtimeError("__class__ set to " + got + " defining '" + name + "' as " + cls.repr(ts));
            }
            ts.decref(cell);
            return cls;
        } finally {
            ts.decref(ns);
        }
    }

    /** The most derived metaclass of meta and the bases' metaclasses (_PyType_CalculateMetaclass). */
    private static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType t = b.type();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The class namespace: {@code meta.__prepare__(name, bases, **kwds)} when defined, else a dict. */
    private static PyDict prepare(ThreadState ts, PyObject meta, PyStr name, PyObject[] bases,
                                  java.util.List<String> kwNames, java.util.List<PyObject> kwValues) {
        PyObject prep = meta instanceof PyType mt ? mt.lookup("__prepare__") : null;
        if (prep == null) {
            return new PyDict();
        }
        PyObject bound = prep.hasDescrGet() ? prep.descrGet(ts, null, (PyType) meta) : prep;
        PyTuple baseTuple = PyTuple.copyOf(ts, bases, 0, bases.length);
        PyObject[] args = new PyObject[2 + kwValues.size()];
        args[0] = name;
        args[1] = baseTuple;
        for (int i = 0; i < kwValues.size(); i++) {
            args[2 + i] = kwValues.get(i);
        }
        PyObject ns;
        try {
            ns = bound.call(ts, args, 0, 2, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        } finally {
            ts.decref(baseTuple);
            if (bound != prep) {
                ts.decref(bound);
            }
        }
        if (!(ns instanceof PyDict d)) {
            ts.decref(ns);
            throw Errors.typeError(((PyType) meta).name() + ".__prepare__() must return a mapping, not "
                    + ns.type().name());
        }
        return d;
    }
}
