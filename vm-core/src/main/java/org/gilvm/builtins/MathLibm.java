package org.gilvm.builtins;

/**
 * The few libm functions where Java's Math and glibc (which CPython on Linux calls) round
 * differently, ported from glibc so {@code math.cosh(1)} and {@code math.cbrt(27)} print
 * the same digits as in CPython. Each uses Java's exp/expm1, which agree with glibc's.
 */
final class MathLibm {
    private MathLibm() {}

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** Compare glibc sysdeps/ieee754/dbl-64/e_cosh.c (fdlibm's algorithm). */
    static double cosh(double x) {
        double ax = Math.abs(x);
        long hi = Double.doubleToRawLongBits(ax) >>> 32;
        if (hi < 0x40360000L) {
            if (hi < 0x3fd62e43L) {
                if (hi < 0x3c800000L) {
                    return 1.0;
                }
                double t = Math.expm1(ax);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (hi < 0x40862e42L) {
            return 0.5 * Math.exp(ax);
        }
        if (Double.doubleToRawLongBits(ax) <= 0x408633ce8fb9f87dL) {
            double w = Math.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return ax * Double.POSITIVE_INFINITY;
    }

    /** Compare glibc sysdeps/ieee754/dbl-64/s_cbrt.c: a polynomial guess and one Halley step. */
    static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe;
        double xm;
        if (Math.getExponent(ax) == Double.MIN_EXPONENT - 1) {
            double y = ax * 0x1p54;
            xe = Math.getExponent(y) + 1 - 54;
            xm = Math.scalb(y, -(Math.getExponent(y) + 1));
        } else {
            xe = Math.getExponent(ax) + 1;
            xm = Math.scalb(ax, -xe);
        }
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.copySign(Math.scalb(ym, xe / 3), x);
    }
}
