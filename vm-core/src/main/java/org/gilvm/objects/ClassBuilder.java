package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Creates a user class from a class body's namespace: {@code type(name, bases, ns, **kwds)},
 * CPython's type_new. The instance layout ({@code __slots__}, {@code __dict__}) is settled
 * here; then {@code __set_name__} and {@code __init_subclass__} run, as in type_new_impl.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyType newClass(ThreadState ts, String name, PyType[] bases, PyDict ns) {
        return newClass(ts, name, bases, ns, null, 0, null);
    }

    /**
     * @param kwnames the class keywords passed on to {@code __init_subclass__} (null for none),
     *                their values at {@code kwargs[kwoff ..]}
     */
    public static PyType newClass(ThreadState ts, String name, PyType[] bases, PyDict ns,
                                  PyObject[] kwargs, int kwoff, String[] kwnames) {
        PyDict dict = DictMethods.copy(ts, ns);
        PyType t;
        try {
            t = build(ts, name, bases, dict);
        } finally {
            ts.decref(dict);
        }
        try {
            setNames(ts, t);
            initSubclass(ts, t, kwargs, kwoff, kwnames);
        } catch (PyException e) {
            ts.decref(t);
            throw e;
        }
        return t;
    }

    private static PyType build(ThreadState ts, String name, PyType[] bases, PyDict dict) {
        PyObject qn = dict.getStr("__qualname__");
        String qualname = qn instanceof PyStr s ? s.value() : name;
        if (qn != null) {
            dict.delStr(ts, "__qualname__");
        }
        PyObject mod = dict.getStr("__module__");
        String module = mod instanceof PyStr s ? s.value() : null;
        if (mod == null) {
            PyObject gname = ts.frame == null ? null : ts.frame.globals.getStr("__name__");
            if (gname != null) {
                dict.setStr(ts, "__module__", gname);
                module = gname instanceof PyStr g ? g.value() : null;
            }
        }
        // __new__ defined as a plain function is implicitly a staticmethod, as in CPython.
        PyObject newFn = dict.getStr("__new__");
        if (newFn instanceof PyFunction) {
            ts.incref(newFn);
            dict.setStrSteal(ts, "__new__", new PyStaticMethod(newFn));
        }
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getStr(implicit);
            if (f instanceof PyFunction) {
                ts.incref(f);
                dict.setStrSteal(ts, implicit, new PyClassMethod(f));
            }
        }
        // A class that defines __eq__ but not __hash__ is unhashable (CPython's type_new sets
        // __hash__ to None in its dict, which is what EqOnly.__hash__ shows).
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.setStr(ts, "__hash__", PyNone.None);
        }
        if (bases.length == 0) {
            bases = new PyType[] {BuiltinTypes.OBJECT};
        }
        ClassLayout layout = ClassLayout.of(ts, name, bases, dict);
        // The type owns its bases and dict: references of its own, given only once it exists.
        PyType t = PyType.heap(ts, name, qualname, module, bases, dict);
        for (PyType b : bases) {
            ts.incref(b);
        }
        ts.incref(dict);
        try {
            layout.apply(ts, t);
            PyObject cell = dict.getStr("__classcell__");
            if (cell instanceof PyCell c) {
                c.set(ts, t);
                dict.delStr(ts, "__classcell__");
            }
        } catch (PyException e) {
            ts.decref(t);
            throw e;
        }
        return t;
    }

    /** CPython's type_new_set_names: {@code value.__set_name__(cls, name)} for each class attribute. */
    private static void setNames(ThreadState ts, PyType t) {
        PyDict snapshot = DictMethods.copy(ts, t.dict());
        try {
            for (int p = snapshot.nextEntry(0); p >= 0; p = snapshot.nextEntry(p + 1)) {
                PyObject value = snapshot.valueAt(p);
                PyObject setName = value.type().lookup("__set_name__");
                if (setName != null) {
                    ts.decref(SpecialMethods.callMethod(ts, setName, value, t, snapshot.keyAt(p)));
                }
            }
        } finally {
            ts.decref(snapshot);
        }
    }

    /** CPython's type_new_init_subclass: {@code super(cls, cls).__init_subclass__(**kwds)}. */
    private static void initSubclass(ThreadState ts, PyType t, PyObject[] kwargs, int kwoff, String[] kwnames) {
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject f = mro[i].dict().getStr("__init_subclass__");
            if (f == null) {
                continue;
            }
            PyObject bound;
            if (f.hasDescrGet()) {
                bound = f.descrGet(ts, null, t);
            } else {
                ts.incref(f);
                bound = f;
            }
            try {
                PyObject[] argv = kwargs == null ? new PyObject[0] : kwargs;
                ts.decref(bound.call(ts, argv, kwoff, 0, kwnames));
            } finally {
                ts.decref(bound);
            }
            return;
        }
    }
}
