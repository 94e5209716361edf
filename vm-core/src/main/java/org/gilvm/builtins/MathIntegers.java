package org.gilvm.builtins;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * The integer functions of {@code math}: factorial, gcd, lcm, isqrt, comb, perm. Arguments go
 * through {@code __index__} as in CPython; products of many factors are multiplied as a
 * balanced tree so BigInteger multiplies numbers of similar size.
 */
final class MathIntegers {
    private MathIntegers() {}

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static void register(ThreadState ts, PyDict dict) {
        ModuleFactory.fill(ts, MathIntegers.class, null, dict);
    }

    /** The argument's integer value, through {@code __index__}. */
    static BigInteger bigOf(ThreadState ts, PyObject o) {
        PyInt i = Abstract.index(ts, o);
        try {
            return i.toBig();
        } finally {
            ts.decref(i);
        }
    }

    @ExposedFunction
    static PyObject factorial(ThreadState ts, PyObject n) {
        BigInteger v = bigOf(ts, n);
        if (v.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (v.compareTo(LONG_MAX) > 0) {
            throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(product(BigInteger.ONE, v.longValue()));
    }

    /** {@code lo * (lo+1) * ... * (lo+count-1)}, 1 when count is 0. */
    static BigInteger product(BigInteger lo, long count) {
        if (count <= 16) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long i = 0; i < count; i++) {
                BigInteger f = lo.add(BigInteger.valueOf(i));
                if (f.bitLength() < 31 && Long.numberOfLeadingZeros(acc) > 32) {
                    acc *= f.longValue();
                } else {
                    r = r.multiply(BigInteger.valueOf(acc)).multiply(f);
                    acc = 1;
                }
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long half = count / 2;
        return product(lo, half).multiply(product(lo.add(BigInteger.valueOf(half)), count - half));
    }

    @ExposedFunction(sig = "*integers")
    static PyObject gcd(ThreadState ts, PyTuple integers) {
        BigInteger g = BigInteger.ZERO;
        for (PyObject o : integers.array()) {
            g = g.gcd(bigOf(ts, o));
        }
        return PyInt.of(g);
    }

    @ExposedFunction(sig = "*integers")
    static PyObject lcm(ThreadState ts, PyTuple integers) {
        if (integers.size() == 0) {
            return PyInt.ONE;
        }
        BigInteger r = bigOf(ts, integers.get(0)).abs();
        for (int i = 1; i < integers.size(); i++) {
            BigInteger x = bigOf(ts, integers.get(i));
            if (r.signum() == 0) {
                continue;
            }
            if (x.signum() == 0) {
                r = BigInteger.ZERO;
                continue;
            }
            r = r.divide(r.gcd(x)).multiply(x).abs();
        }
        return PyInt.of(r);
    }

    @ExposedFunction
    static PyObject isqrt(ThreadState ts, PyObject n) {
        PyInt i = Abstract.index(ts, n);
        try {
            if (i.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            if (i.isSmall()) {
                long v = i.value;
                long r = (long) Math.sqrt((double) v);
                while (r * r > v) {
                    r--;
                }
                while ((r + 1) * (r + 1) <= v && (r + 1) * (r + 1) > 0) {
                    r++;
                }
                return PyInt.of(r);
            }
            return PyInt.of(i.toBig().sqrt());
        } finally {
            ts.decref(i);
        }
    }

    @ExposedFunction(sig = "n, k, /")
    static PyObject comb(ThreadState ts, PyObject nObj, PyObject kObj) {
        BigInteger n = bigOf(ts, nObj), k = bigOf(ts, kObj);
        checkNonNegative(n, k);
        if (k.compareTo(n) > 0) {
            return PyInt.ZERO;
        }
        k = k.min(n.subtract(k));
        if (k.compareTo(LONG_MAX) > 0) {
            throw Errors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValue();
        BigInteger r = BigInteger.ONE;
        BigInteger first = n.subtract(k);
        for (long i = 1; i <= kk; i++) {
            r = r.multiply(first.add(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i));
        }
        return PyInt.of(r);
    }

    @ExposedFunction(sig = "n, k=None, /")
    static PyObject perm(ThreadState ts, PyObject nObj, PyObject kObj) {
        if (kObj == PyNone.None) {
            return factorial(ts, nObj);
        }
        BigInteger n = bigOf(ts, nObj), k = bigOf(ts, kObj);
        checkNonNegative(n, k);
        if (k.compareTo(n) > 0) {
            return PyInt.ZERO;
        }
        if (k.compareTo(LONG_MAX) > 0) {
            throw Errors.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(product(n.subtract(k).add(BigInteger.ONE), k.longValue()));
    }

    private static void checkNonNegative(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
    }
}
