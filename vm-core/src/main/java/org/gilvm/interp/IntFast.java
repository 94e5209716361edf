package org.gilvm.interp;

import org.gilvm.objects.PyInt;

/**
 * The int and float shortcuts the loop takes before the generic number protocol: what
 * CPython 3.11's specialised BINARY_OP_ADD_INT and COMPARE_OP_INT_JUMP do. Kept tiny so the
 * JIT inlines them into the loop.
 */
final class IntFast {
    private IntFast() {}

    private static final int NB_ADD = 0, NB_SUBTRACT = 10, NB_INPLACE_ADD = 13, NB_INPLACE_SUBTRACT = 23;

    /** {@code a + b} or {@code a - b} (plain or in-place) on two longs, or null to take the slow path. */
    static PyInt binaryOp(PyInt a, PyInt b, int nb) {
        if (a.big != null || b.big != null) {
            return null;
        }
        long x = a.value, y = b.value;
        if (nb == NB_ADD || nb == NB_INPLACE_ADD) {
            long r = x + y;
            return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.of(r);
        }
        if (nb == NB_SUBTRACT || nb == NB_INPLACE_SUBTRACT) {
            long r = x - y;
            return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.of(r);
        }
        return null;
    }

    /** COMPARE_OP's oparg (Py_LT .. Py_GE) applied to two longs. */
    static boolean compare(long a, long b, int op) {
        return switch (op) {
            case 0 -> a < b;
            case 1 -> a <= b;
            case 2 -> a == b;
            case 3 -> a != b;
            case 4 -> a > b;
            default -> a >= b;
        };
    }

    /** The same for floats: IEEE comparisons, so NaN compares unequal to everything, as in CPython. */
    static boolean compare(double a, double b, int op) {
        return switch (op) {
            case 0 -> a < b;
            case 1 -> a <= b;
            case 2 -> a == b;
            case 3 -> a != b;
            case 4 -> a > b;
            default -> a >= b;
        };
    }
}
