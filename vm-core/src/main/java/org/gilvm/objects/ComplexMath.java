package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;

/**
 * complex arithmetic, CPython's {@code _Py_c_sum}, {@code _Py_c_quot}, {@code _Py_c_pow} and
 * {@code complex_pow}, with their error texts; also the methods of complex.
 */
final class ComplexMath {
    private ComplexMath() {}

    static PyObject binary(int nb, PyComplex a, PyComplex b) {
        return switch (nb) {
            case BinaryOps.ADD -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case BinaryOps.SUBTRACT -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case BinaryOps.MULTIPLY -> prod(a.real, a.imag, b.real, b.imag);
            case BinaryOps.TRUE_DIVIDE -> {
                PyComplex q = quot(a.real, a.imag, b.real, b.imag);
                if (q == null) {
                    throw Errors.zeroDivisionError("complex division by zero");
                }
                yield q;
            }
            case BinaryOps.POWER -> pow(a, b);
            default -> PyNotImplemented.NotImplemented;
        };
    }

    private static PyComplex prod(double ar, double ai, double br, double bi) {
        return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    }

    /** Smith's method as _Py_c_quot has it; null for division by zero. */
    private static PyComplex quot(double ar, double ai, double br, double bi) {
        double[] q = quotParts(ar, ai, br, bi);
        return q == null ? null : new PyComplex(q[0], q[1]);
    }

    private static double[] quotParts(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br), absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /**
     * complex_pow: small integral exponents by repeated squaring (c_powi), others by polar
     * form (_Py_c_pow). An infinite result is an OverflowError, as _Py_ADJUST_ERANGE2 makes it.
     */
    static PyComplex pow(PyComplex a, PyComplex b) {
        // The steps work on {real, imag} pairs: only the result becomes an object.
        double[] r;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            r = powi(a, (long) b.real);
        } else {
            r = powPolar(a, b);
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw Errors.overflowError("complex exponentiation");
        }
        return new PyComplex(r[0], r[1]);
    }

    private static double[] powi(PyComplex x, long n) {
        if (n > 0) {
            return powu(x, n);
        }
        double[] p = powu(x, -n);
        double[] q = quotParts(1.0, 0.0, p[0], p[1]);
        if (q == null) {
            throw Errors.zeroDivisionError("0.0 to a negative or complex power");
        }
        return q;
    }

    private static double[] powu(PyComplex x, long n) {
        double rr = 1.0, ri = 0.0, pr = x.real, pi = x.imag;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    private static double[] powPolar(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw Errors.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    /** _Py_c_abs: hypot, with CPython's overflow error for finite parts. */
    static double abs(double real, double imag) {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(real) || Double.isNaN(imag)) {
            return Double.NaN;
        }
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("absolute value too large");
        }
        return r;
    }

    @ExposedMethod
    static PyObject conjugate(PyComplex self) {
        return new PyComplex(self.real, -self.imag);
    }
}
