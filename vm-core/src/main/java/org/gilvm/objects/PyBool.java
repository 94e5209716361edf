package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code bool}: a subclass of int with exactly two immortal instances. */
public final class PyBool extends PyInt {
    public static final PyBool True = new PyBool(1).immortal();
    public static final PyBool False = new PyBool(0).immortal();

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? True : False;
    }

    @Override
    public PyType type() { return BuiltinTypes.BOOL; }

    @Override
    public String repr(ThreadState ts) { return this == True ? "True" : "False"; }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        if (other instanceof PyBool b && (nb == BinaryOps.AND || nb == BinaryOps.OR || nb == BinaryOps.XOR)) {
            boolean x = this == True, y = b == True;
            return of(nb == BinaryOps.AND ? x & y : nb == BinaryOps.OR ? x | y : x ^ y);
        }
        return super.binaryOp(ts, nb, other);
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        return super.reflectedOp(ts, nb, other);
    }
}
