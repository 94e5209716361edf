package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** Creates a user class from a class body's namespace: {@code type(name, bases, ns)}. */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyType newClass(ThreadState ts, String name, PyType[] bases, PyDict ns) {
        PyDict dict = DictMethods.copy(ts, ns);
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
        for (PyType b : bases) {
            ts.incref(b);
        }
        PyType t = PyType.heap(ts, name, qualname, module, bases, dict);
        PyObject cell = dict.getStr("__classcell__");
        if (cell instanceof PyCell c) {
            c.set(ts, t);
            dict.delStr(ts, "__classcell__");
        }
        return t;
    }
}
