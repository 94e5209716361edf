package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code float}: an IEEE double. */
public class PyFloat extends PyObject {
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() { return BuiltinTypes.FLOAT; }

    @Override
    public String repr(ThreadState ts) { return FloatFormat.repr(value); }

    @Override
    public long hash(ThreadState ts) {
        if (Double.isNaN(value)) {
            return System.identityHashCode(this);
        }
        return FloatMath.hash(value);
    }

    @Override
    public boolean isTrue(ThreadState ts) { return value != 0.0; }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof PyFloat f) {
            double a = value, b = f.value;
            boolean r = switch (op) {
                case LT -> a < b; case LE -> a <= b; case EQ -> a == b;
                case NE -> a != b; case GT -> a > b; case GE -> a >= b;
            };
            return PyBool.of(r);
        }
        if (other instanceof PyInt i) {
            return PyBool.of(FloatMath.compareIntFloat(i, value, op.swapped()));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        if (other instanceof PyFloat f) {
            return FloatMath.binary(nb, value, f.value);
        }
        if (other instanceof PyInt i) {
            return FloatMath.binary(nb, value, i.doubleValue());
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (other instanceof PyFloat f) {
            return FloatMath.binary(nb, f.value, value);
        }
        if (other instanceof PyInt i) {
            return FloatMath.binary(nb, i.doubleValue(), value);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject unaryOp(ThreadState ts, UnaryOp op) {
        return switch (op) {
            case NEG -> new PyFloat(-value);
            case POS -> new PyFloat(value);
            case ABS -> new PyFloat(Math.abs(value));
            case INVERT -> super.unaryOp(ts, op);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyFloat f && f.value == value;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }
}
