package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;

/** {@code int.__format__}: CPython's format_long_internal in {@code Python/formatter_unicode.c}. */
final class IntFormat {
    private IntFormat() {}

    static String format(ThreadState ts, PyInt value, String spec) {
        if (spec.isEmpty()) {
            return value.str(ts);
        }
        FormatSpec f = FormatSpec.parse(spec, value.type().name(), 'd', '>');
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatInt(f, value);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return FloatFormat.formatParsed(value.doubleValue(), f);
            default:
                throw f.unknownType();
        }
    }

    private static String formatInt(FormatSpec f, PyInt value) {
        if (f.precision != -1) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != FormatSpec.NONE) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!value.isSmall() || value.value < 0 || value.value > Character.MAX_CODE_POINT) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars((int) value.value));
            return f.number(false, "", "", ch, 1);
        }
        int base = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean negative = value.signum() < 0;
        String digits = absDigits(value, base);
        if (f.type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = f.alternate ? prefix(f.type) : "";
        if (f.type == 'n') {
            f.separator = FormatSpec.NONE;
        }
        return f.number(negative, prefix, digits, "", 0);
    }

    /** The digits of |value| in base 2, 8, 10 or 16, lowercase. */
    static String absDigits(PyInt value, int base) {
        if (value.isSmall() && value.value != Long.MIN_VALUE) {
            long v = Math.abs(value.value);
            return switch (base) {
                case 2 -> Long.toBinaryString(v);
                case 8 -> Long.toOctalString(v);
                case 16 -> Long.toHexString(v);
                default -> Long.toString(v);
            };
        }
        BigInteger b = value.toBig().abs();
        return b.toString(base);
    }

    /** The '#' prefix of a presentation type. */
    static String prefix(int type) {
        return switch (type) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
    }
}
