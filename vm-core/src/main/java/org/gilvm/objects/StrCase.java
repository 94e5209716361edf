package org.gilvm.objects;

import java.util.Locale;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * Case conversion and character classes of {@code str}: upper, lower, casefold, title,
 * capitalize, swapcase and the {@code is*} predicates. Compare CPython
 * {@code Objects/unicodeobject.c} (do_title, do_capitalize, do_swapcase, lower_ucs4,
 * handle_capital_sigma) and {@code Objects/unicodectype.c}.
 *
 * <p>Java's Unicode tables stand in for CPython's: full upper/lower mappings come from
 * {@link String#toUpperCase(Locale)}; Java has no case folding or full title mapping, so
 * casefold is lower(upper(c)) per character and a full title mapping is the first character
 * of the full upper mapping followed by the rest lowercased. These agree with CPython except
 * for a handful of characters (Cherokee folding, ŉ's title case). Numeric values of CJK
 * ideographs are not in Java's tables; {@link #isCjkNumeral} lists the common ones.
 */
final class StrCase {
    private StrCase() {}

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static PyObject upper(ThreadState ts, PyStr self) {
        return result(ts, self, self.value().toUpperCase(Locale.ROOT));
    }

    @ExposedMethod
    static PyObject lower(ThreadState ts, PyStr self) {
        return result(ts, self, self.value().toLowerCase(Locale.ROOT));
    }

    /** self when the conversion changed nothing (Java returns the same String then). */
    private static PyObject result(ThreadState ts, PyStr self, String r) {
        return r == self.value() ? StrMethods.same(ts, self) : new PyStr(r);
    }

    @ExposedMethod
    static PyObject casefold(ThreadState ts, PyStr self) {
        String s = self.value();
        if (isAscii(s)) {
            return result(ts, self, s.toLowerCase(Locale.ROOT));
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append(Character.toLowerCase((char) cp));
            } else {
                sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return new PyStr(sb.toString());
    }

    @ExposedMethod
    static PyObject title(ThreadState ts, PyStr self) {
        String s = self.value();
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (previousCased) {
                appendLower(sb, s, i, cp);
            } else {
                appendTitle(sb, cp);
            }
            previousCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return new PyStr(sb.toString());
    }

    @ExposedMethod
    static PyObject capitalize(ThreadState ts, PyStr self) {
        String s = self.value();
        if (s.isEmpty()) {
            return StrMethods.same(ts, self);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        appendTitle(sb, first);
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return new PyStr(sb.toString());
    }

    @ExposedMethod
    static PyObject swapcase(ThreadState ts, PyStr self) {
        String s = self.value();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                appendLower(sb, s, i, cp);
            } else if (Character.isLowerCase(cp)) {
                appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return new PyStr(sb.toString());
    }

    private static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append(Character.toUpperCase((char) cp));
        } else {
            sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
        }
    }

    /** lower_ucs4: the full lowercase mapping, with capital sigma depending on its context. */
    private static void appendLower(StringBuilder sb, String s, int i, int cp) {
        if (cp < 0x80) {
            sb.append(Character.toLowerCase((char) cp));
        } else if (cp == 0x3A3) {
            sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else {
            sb.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
        }
    }

    /** The full titlecase mapping of cp (see the class comment for how it is derived). */
    private static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append(Character.toUpperCase((char) cp));
            return;
        }
        int title = Character.toTitleCase(cp);
        if (title != Character.toUpperCase(cp)) {
            sb.appendCodePoint(title);
            return;
        }
        String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        int firstLen = Character.charCount(upper.codePointAt(0));
        if (upper.length() == firstLen || cp == 0x149) {
            sb.append(upper);
            return;
        }
        sb.append(upper, 0, firstLen).append(upper.substring(firstLen).toLowerCase(Locale.ROOT));
    }

    /** CPython's handle_capital_sigma: final form after a cased letter not followed by one. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !isCased(c)) {
            return false;
        }
        for (j = i + 1; j < s.length(); ) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers and word-internal punctuation. */
    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                 Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        return switch (cp) {
            case '\'', '.', ':', 0xB7, 0x387, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                 0xFF07, 0xFF0E, 0xFF1A -> true;
            default -> false;
        };
    }

    // ---- character classes ----------------------------------------------------------

    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9;
    }

    static boolean isNumeric(int cp) {
        return switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> isCjkNumeral(cp);
        };
    }

    /** CJK ideographs with a numeric value in Unihan (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric). */
    private static boolean isCjkNumeral(int cp) {
        return cp >= 0x3400 && "零一二三四五六七八九十百千万萬億亿兆壱壹弐貳贰参參叁叄肆伍陆陸柒捌玖拾佰仟廿卅卌".indexOf(cp) >= 0;
    }

    private interface CharClass {
        boolean test(int cp);
    }

    /** Whether s is non-empty and every code point is in the class. */
    private static boolean all(PyStr self, CharClass c) {
        String s = self.value();
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!c.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @ExposedMethod
    static boolean isdigit(PyStr self) {
        return all(self, StrCase::isDigit);
    }

    @ExposedMethod
    static boolean isdecimal(PyStr self) {
        return all(self, StrCase::isDecimal);
    }

    @ExposedMethod
    static boolean isnumeric(PyStr self) {
        return all(self, StrCase::isNumeric);
    }

    @ExposedMethod
    static boolean isalpha(PyStr self) {
        return all(self, Character::isLetter);
    }

    @ExposedMethod
    static boolean isalnum(PyStr self) {
        return all(self, cp -> Character.isLetter(cp) || isNumeric(cp));
    }

    @ExposedMethod
    static boolean isspace(PyStr self) {
        return all(self, StrSplit::isSpace);
    }

    @ExposedMethod
    static boolean isascii(PyStr self) {
        return isAscii(self.value());
    }

    @ExposedMethod
    static boolean isprintable(PyStr self) {
        return self.value().isEmpty() || all(self, StrRepr::isPrintable);
    }

    @ExposedMethod
    static boolean isidentifier(PyStr self) {
        String s = self.value();
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @ExposedMethod
    static boolean isupper(PyStr self) {
        return cased(self.value(), true);
    }

    @ExposedMethod
    static boolean islower(PyStr self) {
        return cased(self.value(), false);
    }

    /** isupper/islower: some cased character and none of the other case (or title case). */
    private static boolean cased(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean isUpper = Character.isUpperCase(cp), isLower = Character.isLowerCase(cp);
            if ((upper ? isLower : isUpper) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= upper ? isUpper : isLower;
        }
        return cased;
    }

    @ExposedMethod
    static boolean istitle(PyStr self) {
        String s = self.value();
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
