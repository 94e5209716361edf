package org.gilvm.builtins;

import java.util.Arrays;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * The sums and norms of {@code math}: fsum (Shewchuk's exact summation, as CPython's
 * math_fsum), prod, hypot and dist (CPython's vector_norm, correctly rounded).
 */
final class MathSums {
    private MathSums() {}

    static void register(ThreadState ts, PyDict dict) {
        ModuleFactory.fill(ts, MathSums.class, null, dict);
        BuiltinsModule.register(ts, dict, "prod", MathSums::prod);
        BuiltinsModule.register(ts, dict, "dist", MathSums::dist);
    }

    /**
     * {@code math.fsum(iterable)}: the correctly rounded sum, kept exact as a list of
     * non-overlapping partials. Compare CPython math_fsum in Modules/mathmodule.c.
     */
    @ExposedFunction
    static double fsum(ThreadState ts, PyObject iterable) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        PyObject it = iterable.iter(ts);
        try {
            for (PyObject item; (item = it.next(ts)) != null; ) {
                double x;
                try {
                    x = Abstract.asDouble(ts, item);
                } finally {
                    ts.decref(item);
                }
                double xsave = x;
                int i = 0;
                for (int j = 0; j < n; j++) {
                    double y = p[j];
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) {
                        p[i++] = lo;
                    }
                    x = hi;
                }
                n = i;
                if (x != 0.0) {
                    if (!Double.isFinite(x)) {
                        if (Double.isFinite(xsave)) {
                            throw Errors.overflowError("intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(xsave)) {
                            infSum += xsave;
                        }
                        specialSum += xsave;
                        n = 0;
                    } else {
                        if (n == p.length) {
                            p = Arrays.copyOf(p, n * 2);
                        }
                        p[n++] = x;
                    }
                }
            }
        } finally {
            ts.decref(it);
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            double lo = 0.0;
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** {@code math.prod(iterable, /, *, start=1)}, with the int and float fast paths of CPython. */
    static PyObject prod(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        PyObject start = PyInt.ONE;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (!kwnames[k].equals("start")) {
                    throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for prod()");
                }
                start = argv[off + nargs + k];
            }
        }
        if (nargs != 1) {
            throw Errors.typeError("prod() takes exactly 1 positional argument (" + nargs + " given)");
        }
        PyObject it = argv[off].iter(ts);
        PyObject result = start;
        ts.incref(result);
        try {
            for (PyObject item; (item = it.next(ts)) != null; ) {
                PyObject a = result;
                result = null;
                result = multiplyConsuming(ts, a, item);
            }
            return result;
        } catch (PyException e) {
            ts.decref(result);
            throw e;
        } finally {
            ts.decref(it);
        }
    }

    /** {@code a * b} releasing both; small ints and floats skip the generic dispatch. */
    private static PyObject multiplyConsuming(ThreadState ts, PyObject a, PyObject b) {
        try {
            if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()) {
                long hi = Math.multiplyHigh(x.value, y.value), lo = x.value * y.value;
                if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                    return PyInt.of(lo);
                }
            } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
            }
            return Abstract.binaryOp(ts, a, b, BinaryOps.MULTIPLY);
        } finally {
            ts.decref(a);
            ts.decref(b);
        }
    }

    @ExposedFunction(sig = "*coordinates")
    static double hypot(ThreadState ts, PyTuple coordinates) {
        int n = coordinates.size();
        double[] v = new double[n];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(Abstract.asDouble(ts, coordinates.get(i)));
            v[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, n, max, foundNan);
    }

    /** {@code math.dist(p, q)}: the Euclidean distance of two points of the same dimension. */
    static PyObject dist(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("dist", kwnames);
        BuiltinsModule.checkArity("dist", nargs, 2, 2);
        PyTuple p = Abstract.toTuple(ts, argv[off]);
        try {
            PyTuple q = Abstract.toTuple(ts, argv[off + 1]);
            try {
                int n = p.size();
                if (n != q.size()) {
                    throw Errors.valueError("both points must have the same number of dimensions");
                }
                double[] v = new double[n];
                double max = 0.0;
                boolean foundNan = false;
                for (int i = 0; i < n; i++) {
                    double x = Math.abs(Abstract.asDouble(ts, p.get(i)) - Abstract.asDouble(ts, q.get(i)));
                    v[i] = x;
                    foundNan |= Double.isNaN(x);
                    if (x > max) {
                        max = x;
                    }
                }
                return new PyFloat(vectorNorm(v, n, max, foundNan));
            } finally {
                ts.decref(q);
            }
        } finally {
            ts.decref(p);
        }
    }

    /**
     * The correctly rounded Euclidean norm of {@code v[0..n)} (all finite and {@code <= max}
     * unless max is infinite): scaled squares summed exactly with compensation, then a
     * square root with one differential correction. Compare CPython vector_norm.
     */
    static double vectorNorm(double[] v, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Math.getExponent(max) == Double.MIN_EXPONENT - 1
                ? Math.getExponent(max * 0x1p54) - 53 : Math.getExponent(max) + 1;
        if (maxE < -1023) {
            for (int i = 0; i < n; i++) {
                v[i] /= Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(v, n, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = v[i] * scale;
            double prHi = x * x, prLo = Math.fma(x, x, -prHi);
            double smHi = csum + prHi, smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h, prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi, smLo = (csum - smHi) + prHi;
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }
}
