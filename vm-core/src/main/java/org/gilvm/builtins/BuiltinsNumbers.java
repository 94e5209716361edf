package org.gilvm.builtins;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.FloatMath;
import org.gilvm.objects.IntMath;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyNotImplemented;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.Rounding;
import org.gilvm.objects.SpecialMethods;
import org.gilvm.objects.UnaryOp;

/**
 * The number builtins of {@code builtins}: abs, divmod, pow, round, ord, chr, hex, oct, bin.
 * See {@link BuiltinsModule} for how these are registered.
 */
final class BuiltinsNumbers {
    private BuiltinsNumbers() {}

    static void register(ThreadState ts, PyDict dict) {
        ModuleFactory.fill(ts, BuiltinsNumbers.class, null, dict);
        BuiltinsModule.register(ts, dict, "divmod", BuiltinsNumbers::divmod);
    }

    @ExposedFunction
    static PyObject abs(ThreadState ts, PyObject x) {
        if (x instanceof PyInt i && i.isSmall() && i.value != Long.MIN_VALUE && !x.type().isHeapType()) {
            return PyInt.of(Math.abs(i.value));
        }
        if (x.getClass() == PyFloat.class) {
            return new PyFloat(Math.abs(((PyFloat) x).value));
        }
        return x.unaryOp(ts, UnaryOp.ABS);
    }

    /** {@code divmod(a, b)}, CPython's PyNumber_Divmod. */
    static PyObject divmod(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("divmod", kwnames);
        BuiltinsModule.checkArity("divmod", nargs, 2, 2);
        PyObject a = argv[off], b = argv[off + 1];
        boolean builtin = !a.type().isHeapType() && !b.type().isHeapType();
        if (builtin && a instanceof PyInt x && b instanceof PyInt y) {
            PyObject q = IntMath.binary(BinaryOps.FLOOR_DIVIDE, x, y);
            return PyTuple.of(q, IntMath.binary(BinaryOps.REMAINDER, x, y));
        }
        if (builtin && (a instanceof PyFloat || b instanceof PyFloat)
                && (a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            double x = Abstract.asDouble(ts, a), y = Abstract.asDouble(ts, b);
            if (y == 0.0) {
                throw Errors.zeroDivisionError("float divmod()");
            }
            double[] qr = FloatMath.divmod(x, y);
            return PyTuple.of(new PyFloat(qr[0]), new PyFloat(qr[1]));
        }
        PyType ta = a.type(), tb = b.type();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && SpecialMethods.overrides(tb, "__rdivmod__");
        PyObject r = reflectedFirst ? callDunder(ts, b, "__rdivmod__", a) : PyNotImplemented.NotImplemented;
        if (r == PyNotImplemented.NotImplemented) {
            r = callDunder(ts, a, "__divmod__", b);
        }
        if (r == PyNotImplemented.NotImplemented && !reflectedFirst && ta != tb) {
            r = callDunder(ts, b, "__rdivmod__", a);
        }
        if (r == PyNotImplemented.NotImplemented) {
            throw Errors.unsupportedOperands("divmod()", a, b);
        }
        return r;
    }

    /** A user-defined dunder's result, or NotImplemented when the type has none. */
    private static PyObject callDunder(ThreadState ts, PyObject self, String name, PyObject other) {
        PyObject m = SpecialMethods.userDefined(self.type(), name);
        return m == null ? PyNotImplemented.NotImplemented : SpecialMethods.callMethod(ts, m, self, other);
    }

    /** {@code pow(base, exp, mod=None)}. */
    @ExposedFunction(sig = "base, exp, mod=None")
    static PyObject pow(ThreadState ts, PyObject base, PyObject exp, PyObject mod) {
        if (mod == PyNone.None) {
            return Abstract.binaryOp(ts, base, exp, BinaryOps.POWER);
        }
        if (base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m) {
            return IntMath.powMod(b, e, m);
        }
        PyObject user = SpecialMethods.userDefined(base.type(), "__pow__");
        if (user != null) {
            PyObject r = SpecialMethods.callMethod(ts, user, base, exp, mod);
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        if (base instanceof PyFloat || exp instanceof PyFloat || mod instanceof PyFloat) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + base.type().name() + "', '"
                + exp.type().name() + "', '" + mod.type().name() + "'");
    }

    /** {@code round(number, ndigits=None)}: ints and floats directly, else {@code __round__}. */
    @ExposedFunction(sig = "number, ndigits=None")
    static PyObject round(ThreadState ts, PyObject number, PyObject ndigits) {
        return Rounding.round(ts, number, ndigits);
    }

    // ---- characters -----------------------------------------------------------------

    @ExposedFunction
    static long ord(ThreadState ts, PyObject c) {
        long size;
        if (c instanceof PyStr s) {
            size = s.codePointLength();
            if (size == 1) {
                return s.codePointAt(0);
            }
        } else if (c instanceof PyBytes b) {
            size = b.value().length;
            if (size == 1) {
                return b.value()[0] & 0xff;
            }
        } else if (c.type() == BuiltinTypes.BYTEARRAY) {
            size = c.len(ts);
            if (size == 1) {
                PyObject b = c.getItem(ts, PyInt.ZERO);
                try {
                    return Abstract.asLong(ts, b);
                } finally {
                    ts.decref(b);
                }
            }
        } else {
            throw Errors.typeError("ord() expected string of length 1, but " + c.type().name() + " found");
        }
        throw Errors.typeError("ord() expected a character, but string of length " + size + " found");
    }

    @ExposedFunction
    static PyObject chr(ThreadState ts, int i) {
        if (i < 0 || i > 0x10ffff) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint(i);
    }

    @ExposedFunction
    static PyObject hex(ThreadState ts, PyObject x) {
        return new PyStr(radixString(ts, x, 16, "0x"));
    }

    @ExposedFunction
    static PyObject oct(ThreadState ts, PyObject x) {
        return new PyStr(radixString(ts, x, 8, "0o"));
    }

    @ExposedFunction
    static PyObject bin(ThreadState ts, PyObject x) {
        return new PyStr(radixString(ts, x, 2, "0b"));
    }

    /** CPython's PyNumber_ToBase: {@code __index__}, then sign, prefix and digits. */
    private static String radixString(ThreadState ts, PyObject x, int radix, String prefix) {
        PyInt i = Abstract.index(ts, x);
        try {
            if (i.isSmall() && i.value != Long.MIN_VALUE) {
                long v = i.value;
                String digits = Long.toString(Math.abs(v), radix);
                return v < 0 ? "-" + prefix + digits : prefix + digits;
            }
            java.math.BigInteger v = i.toBig();
            String digits = v.abs().toString(radix);
            return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
        } finally {
            ts.decref(i);
        }
    }
}
