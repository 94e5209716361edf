package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code complex}: a pair of doubles, CPython's {@code Objects/complexobject.c}. The
 * arithmetic is in {@link ComplexMath}, the constructor and string parsing in
 * {@link ComplexNew}.
 */
public class PyComplex extends PyObject {
    public final double real, imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() { return BuiltinTypes.COMPLEX; }

    /** complex_repr: "1j" when the real part is +0.0, else "(1+2j)"; parts in repr's shortest form without ".0". */
    @Override
    public String repr(ThreadState ts) {
        if (real == 0.0 && Math.copySign(1.0, real) == 1.0) {
            return FloatFormat.toString(imag, 'r', 0, 0) + "j";
        }
        return "(" + FloatFormat.toString(real, 'r', 0, 0)
                + FloatFormat.toString(imag, 'r', 0, FloatFormat.SIGN) + "j)";
    }

    /** complex_hash: hash(real) + 1000003 * hash(imag), as CPython's _PyHASH_IMAG. */
    @Override
    public long hash(ThreadState ts) {
        long hr = Double.isNaN(real) ? System.identityHashCode(this) : FloatMath.hash(real);
        long hi = Double.isNaN(imag) ? System.identityHashCode(this) : FloatMath.hash(imag);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean isTrue(ThreadState ts) { return real != 0.0 || imag != 0.0; }

    /** complex_richcompare: only == and != are defined; an int compares exactly with the real part. */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NotImplemented;
        }
        boolean eq;
        if (other instanceof PyInt i) {
            eq = imag == 0.0 && FloatMath.compareIntFloat(i, real, CompareOp.EQ);
        } else if (other instanceof PyFloat f) {
            eq = real == f.value && imag == 0.0;
        } else if (other instanceof PyComplex c) {
            eq = real == c.real && imag == c.imag;
        } else {
            return PyNotImplemented.NotImplemented;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    /**
     * other as a complex operand, or null when it is not a number complex arithmetic takes:
     * other itself (borrowed) when it is a complex, else a new complex the caller releases.
     */
    static PyComplex operand(PyObject other) {
        if (other instanceof PyComplex c) {
            return c;
        }
        if (other instanceof PyFloat f) {
            return new PyComplex(f.value, 0.0);
        }
        if (other instanceof PyInt i) {
            return new PyComplex(i.doubleValue(), 0.0);
        }
        return null;
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        PyComplex b = operand(other);
        if (b == null) {
            return PyNotImplemented.NotImplemented;
        }
        try {
            return ComplexMath.binary(nb, this, b);
        } finally {
            if (b != other) {
                ts.decref(b);
            }
        }
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        PyComplex a = operand(other);
        if (a == null) {
            return PyNotImplemented.NotImplemented;
        }
        try {
            return ComplexMath.binary(nb, a, this);
        } finally {
            if (a != other) {
                ts.decref(a);
            }
        }
    }

    @Override
    public PyObject unaryOp(ThreadState ts, UnaryOp op) {
        return switch (op) {
            case NEG -> new PyComplex(-real, -imag);
            case POS -> {
                if (getClass() == PyComplex.class) {
                    ts.incref(this);
                    yield this;
                }
                yield new PyComplex(real, imag);
            }
            case ABS -> new PyFloat(ComplexMath.abs(real, imag));
            case INVERT -> super.unaryOp(ts, op);
        };
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        return switch (name) {
            case "real" -> new PyFloat(real);
            case "imag" -> new PyFloat(imag);
            default -> super.findAttr(ts, name);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyComplex c && Double.compare(c.real, real) == 0 && Double.compare(c.imag, imag) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(real) * 31 + Double.hashCode(imag);
    }
}
