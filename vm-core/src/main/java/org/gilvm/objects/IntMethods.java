package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The methods of {@code int}, CPython's {@code Objects/longobject.c}. The classmethod
 * {@code from_bytes} and the attributes real/imag/numerator/denominator are installed by
 * {@link ClassAttributes}.
 */
final class IntMethods {
    private IntMethods() {}

    /** int(self) as a new reference: self for an exact int, a plain int for bool. */
    static PyInt exact(ThreadState ts, PyInt self) {
        if (self.getClass() == PyInt.class) {
            ts.incref(self);
            return self;
        }
        return self.isSmall() ? PyInt.of(self.value) : PyInt.of(self.big);
    }

    @ExposedMethod(name = "__format__")
    static String format(ThreadState ts, PyInt self, PyObject spec) {
        return IntFormat.format(ts, self, StrMethods.str(spec, "__format__() argument "));
    }

    @ExposedMethod(name = "bit_length")
    static long bitLength(PyInt self) {
        if (self.isSmall() && self.value != Long.MIN_VALUE) {
            return 64 - Long.numberOfLeadingZeros(Math.abs(self.value));
        }
        return self.toBig().abs().bitLength();
    }

    @ExposedMethod(name = "bit_count")
    static long bitCount(PyInt self) {
        if (self.isSmall() && self.value != Long.MIN_VALUE) {
            return Long.bitCount(Math.abs(self.value));
        }
        return self.toBig().abs().bitCount();
    }

    @ExposedMethod
    static PyInt conjugate(ThreadState ts, PyInt self) {
        return exact(ts, self);
    }

    @ExposedMethod(name = "__trunc__")
    static PyInt trunc(ThreadState ts, PyInt self) {
        return exact(ts, self);
    }

    @ExposedMethod(name = "__floor__")
    static PyInt floor(ThreadState ts, PyInt self) {
        return exact(ts, self);
    }

    @ExposedMethod(name = "__ceil__")
    static PyInt ceil(ThreadState ts, PyInt self) {
        return exact(ts, self);
    }

    @ExposedMethod(name = "as_integer_ratio")
    static PyTuple asIntegerRatio(ThreadState ts, PyInt self) {
        return PyTuple.of(exact(ts, self), PyInt.ONE);
    }

    @ExposedMethod(name = "__round__", sig = "ndigits=None")
    static PyInt round(ThreadState ts, PyInt self, PyObject ndigits) {
        if (ndigits == PyNone.None) {
            return exact(ts, self);
        }
        PyInt n = Abstract.index(ts, ndigits);
        int sign = n.signum();
        long k = n.isSmall() ? -n.value : Long.MAX_VALUE;
        ts.decref(n);
        if (sign >= 0) {
            return exact(ts, self);
        }
        return roundToPowerOfTen(self, k);
    }

    /**
     * self rounded to a multiple of 10**k, ties to even: CPython's long_round, which subtracts
     * the remainder of _PyLong_DivmodNear.
     */
    private static PyInt roundToPowerOfTen(PyInt self, long k) {
        BigInteger x = self.toBig();
        // 10**k > 2|x| rounds to zero; this also avoids building astronomically large powers.
        if (k > (long) (x.bitLength() * 0.30103) + 2) {
            return PyInt.ZERO;
        }
        BigInteger d = BigInteger.TEN.pow((int) k);
        BigInteger[] qr = x.divideAndRemainder(d);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(d);
        }
        int c = r.shiftLeft(1).compareTo(d);
        if (c > 0 || c == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(d));
    }

    @ExposedMethod(name = "to_bytes", sig = "length=1, byteorder='big', *, signed=False")
    static PyBytes toBytes(ThreadState ts, PyInt self, long length, PyObject byteorder, boolean signed) {
        boolean little = littleEndian(byteorder, "to_bytes");
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = self.toBig();
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        int bits = v.bitLength() + (signed ? 1 : 0);
        if (bits > length * 8 && !(v.signum() == 0 && length == 0)) {
            throw Errors.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        byte[] twos = v.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = twos.length - 1 - i;
            out[out.length - 1 - i] = src >= 0 ? twos[src] : fill;
        }
        if (little) {
            reverse(out);
        }
        return new PyBytes(out);
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}, the int part. */
    static PyInt fromBytes(ThreadState ts, PyObject bytes, PyObject byteorder, boolean signed) {
        boolean little = littleEndian(byteorder, "from_bytes");
        if (!(bytes instanceof BytesLike) && bytes.type().lookup("__index__") != null) {
            throw Errors.typeError("cannot convert '" + bytes.type().name() + "' object to bytes");
        }
        PyBytes b = BytesNew.fromObject(ts, bytes);
        byte[] v = b.value().clone();
        ts.decref(b);
        if (little) {
            reverse(v);
        }
        if (v.length == 0) {
            return PyInt.ZERO;
        }
        return PyInt.of(signed ? new BigInteger(v) : new BigInteger(1, v));
    }

    private static boolean littleEndian(PyObject byteorder, String method) {
        String order = StrMethods.str(byteorder, method + "() argument 'byteorder' ");
        return switch (order) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }
}
