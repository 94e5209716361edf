package org.gilvm.objects;

import org.gilvm.interp.Calls;
import org.gilvm.interp.ThreadState;

/** A function bound to an instance, CPython's {@code PyMethodObject}; owns both references. */
public final class PyBoundMethod extends PyObject {
    public final PyObject func;
    public final PyObject self;

    /** Takes ownership of one reference to each of func and self. */
    public PyBoundMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() { return BuiltinTypes.METHOD; }

    @Override
    public boolean isCallable() { return true; }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        return Calls.callWithSelf(ts, func, self, argv, off, nargs, kwnames);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        PyObject v = switch (name) {
            case "__self__" -> self;
            case "__func__" -> func;
            default -> null;
        };
        if (v != null) {
            ts.incref(v);
            return v;
        }
        return func.findAttr(ts, name);
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyBoundMethod m) {
            boolean eq = m.func == func && m.self == self;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return super.richCompare(ts, other, op);
    }

    @Override
    public long hash(ThreadState ts) {
        return System.identityHashCode(self) * 31L + func.hash(ts);
    }

    @Override
    public String repr(ThreadState ts) {
        String fname = func instanceof PyFunction f ? f.qualname : "?";
        return "<bound method " + fname + " of " + self.repr(ts) + ">";
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(func);
        ts.decref(self);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(func);
        v.visitNullable(self);
    }
}
