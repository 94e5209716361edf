package org.gilvm.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * int arithmetic, CPython's {@code Objects/longobject.c}: the long fast path with exact
 * overflow checks, BigInteger beyond it, Python's floor semantics for // and %.
 */
public final class IntMath {
    private IntMath() {}

    /** CPython's _PyHASH_MODULUS, 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    public static long hash(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            if (v == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
            } else {
                long a = Math.abs(v) % HASH_MODULUS;
                h = v < 0 ? -a : a;
            }
        } else {
            long a = i.big.abs().mod(BIG_MODULUS).longValue();
            h = i.big.signum() < 0 ? -a : a;
        }
        return h == -1 ? -2 : h;
    }

    public static PyObject binary(int nb, PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            switch (nb) {
                case BinaryOps.ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) < 0) {
                        break;
                    }
                    return PyInt.of(r);
                }
                case BinaryOps.SUBTRACT: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) < 0) {
                        break;
                    }
                    return PyInt.of(r);
                }
                case BinaryOps.MULTIPLY: {
                    long hi = Math.multiplyHigh(x, y);
                    long lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.of(lo);
                    }
                    break;
                }
                case BinaryOps.FLOOR_DIVIDE:
                    if (y == 0) {
                        throw Errors.zeroDivisionError("integer division or modulo by zero");
                    }
                    if (x == Long.MIN_VALUE && y == -1) {
                        break;
                    }
                    return PyInt.of(Math.floorDiv(x, y));
                case BinaryOps.REMAINDER:
                    if (y == 0) {
                        throw Errors.zeroDivisionError("integer modulo by zero");
                    }
                    return PyInt.of(y == -1 ? 0 : Math.floorMod(x, y));
                case BinaryOps.AND:
                    return PyInt.of(x & y);
                case BinaryOps.OR:
                    return PyInt.of(x | y);
                case BinaryOps.XOR:
                    return PyInt.of(x ^ y);
                case BinaryOps.TRUE_DIVIDE:
                    if (y == 0) {
                        throw Errors.zeroDivisionError("division by zero");
                    }
                    if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                        return new PyFloat((double) x / (double) y);
                    }
                    break;
                case BinaryOps.RSHIFT:
                    if (y < 0) {
                        throw Errors.valueError("negative shift count");
                    }
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case BinaryOps.LSHIFT:
                    if (y < 0) {
                        throw Errors.valueError("negative shift count");
                    }
                    if (y < 63 && (x == 0 || Long.numberOfLeadingZeros(Math.abs(x)) > y + 1)) {
                        return PyInt.of(x << y);
                    }
                    break;
                default:
                    break;
            }
        }
        return bigBinary(nb, a, b);
    }

    private static PyObject bigBinary(int nb, PyInt a, PyInt b) {
        BigInteger x = a.toBig(), y = b.toBig();
        switch (nb) {
            case BinaryOps.ADD: return PyInt.of(x.add(y));
            case BinaryOps.SUBTRACT: return PyInt.of(x.subtract(y));
            case BinaryOps.MULTIPLY: return PyInt.of(x.multiply(y));
            case BinaryOps.FLOOR_DIVIDE:
                if (y.signum() == 0) {
                    throw Errors.zeroDivisionError("integer division or modulo by zero");
                }
                return PyInt.of(floorDiv(x, y));
            case BinaryOps.REMAINDER:
                if (y.signum() == 0) {
                    throw Errors.zeroDivisionError("integer modulo by zero");
                }
                return PyInt.of(floorMod(x, y));
            case BinaryOps.AND: return PyInt.of(x.and(y));
            case BinaryOps.OR: return PyInt.of(x.or(y));
            case BinaryOps.XOR: return PyInt.of(x.xor(y));
            case BinaryOps.TRUE_DIVIDE: return new PyFloat(trueDivide(x, y));
            case BinaryOps.LSHIFT: {
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    return PyInt.ZERO;
                }
                if (y.bitLength() > 31) {
                    throw Errors.overflowError("too many digits in integer");
                }
                return PyInt.of(x.shiftLeft(y.intValue()));
            }
            case BinaryOps.RSHIFT: {
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    return PyInt.of(x.signum() < 0 ? -1 : 0);
                }
                return PyInt.of(x.shiftRight(y.intValue()));
            }
            case BinaryOps.POWER: return power(a, b);
            default: return PyNotImplemented.NotImplemented;
        }
    }

    static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger floorMod(BigInteger x, BigInteger y) {
        BigInteger r = x.mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return r;
    }

    /** Correctly rounded x / y, as CPython's long_true_divide. */
    static double trueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        double d = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return d;
    }

    /** {@code a ** b} for ints; a negative exponent gives a float, as in CPython. */
    public static PyObject power(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double x = a.doubleValue();
            if (x == 0.0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(x, b.doubleValue()));
        }
        if (a.big == null && b.big == null) {
            long base = a.value, exp = b.value, result = 1;
            boolean overflow = false;
            while (exp > 0) {
                if ((exp & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                exp >>= 1;
                if (exp > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        BigInteger x = a.toBig();
        if (x.abs().compareTo(BigInteger.ONE) <= 0) {
            if (x.signum() == 0) {
                return PyInt.of(b.signum() == 0 ? 1 : 0);
            }
            if (x.equals(BigInteger.ONE)) {
                return PyInt.ONE;
            }
            return PyInt.of(b.toBig().testBit(0) ? -1 : 1);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw Errors.overflowError("exponent too large");
        }
        return PyInt.of(x.pow((int) b.value));
    }

    /** Three-argument pow: {@code pow(a, b, m)}. */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        BigInteger mod = m.toBig();
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger r;
        BigInteger absMod = mod.abs();
        if (b.signum() < 0) {
            try {
                r = a.toBig().modInverse(absMod).modPow(b.toBig().negate(), absMod);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.toBig().modPow(b.toBig(), absMod);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }

    public static PyObject unary(UnaryOp op, PyInt a) {
        switch (op) {
            case NEG:
                if (a.big == null && a.value != Long.MIN_VALUE) {
                    return PyInt.of(-a.value);
                }
                return PyInt.of(a.toBig().negate());
            case POS:
                return a.big == null ? PyInt.of(a.value) : PyInt.of(a.big);
            case INVERT:
                if (a.big == null) {
                    return PyInt.of(~a.value);
                }
                return PyInt.of(a.big.not());
            case ABS:
                if (a.signum() >= 0) {
                    return a.big == null ? PyInt.of(a.value) : PyInt.of(a.big);
                }
                return unary(UnaryOp.NEG, a);
            default:
                throw new IllegalStateException();
        }
    }
}
