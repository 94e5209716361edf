package org.gilvm.parser;

import org.gilvm.ast.ConstantValue;

import java.math.BigInteger;

/** The value of a NUMBER token (already validated by the tokenizer). */
final class NumberLiteral {
    private NumberLiteral() {}

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    static final int MAX_STR_DIGITS = 4300;

    /** Thrown for a decimal literal longer than CPython converts. */
    static final class TooManyDigits extends RuntimeException {
        final int digits;

        TooManyDigits(int digits) {
            super(null, null, false, false);
            this.digits = digits;
        }
    }

    static ConstantValue parse(String text) {
        int n = text.length();
        char last = text.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.ComplexValue(Double.parseDouble(strip(text, 0, n - 1)));
        }
        if (n > 1 && text.charAt(0) == '0') {
            char p = text.charAt(1);
            int radix = switch (p) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) return new ConstantValue.IntValue(new BigInteger(strip(text, 2, n), radix));
        }
        boolean isFloat = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                break;
            }
        }
        String digits = strip(text, 0, n);
        if (isFloat) return new ConstantValue.FloatValue(Double.parseDouble(digits));
        if (digits.length() > MAX_STR_DIGITS) throw new TooManyDigits(digits.length());
        if (digits.length() <= 18) return new ConstantValue.IntValue(BigInteger.valueOf(Long.parseLong(digits)));
        return new ConstantValue.IntValue(new BigInteger(digits));
    }

    private static String strip(String s, int from, int to) {
        if (s.indexOf('_', from) < 0) return s.substring(from, to);
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '_') sb.append(c);
        }
        return sb.toString();
    }
}
