package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * Case mapping and character classes of {@code bytes} and {@code bytearray}: ASCII only, as
 * CPython's {@code Objects/bytes_methods.c} (Py_ISUPPER and friends) defines them.
 */
final class BytesCase {
    private BytesCase() {}

    private static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }

    private static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }

    private static boolean isAlpha(int c) { return isUpper(c) || isLower(c); }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static byte toUpper(byte c) { return isLower(c) ? (byte) (c - 32) : c; }

    private static byte toLower(byte c) { return isUpper(c) ? (byte) (c + 32) : c; }

    @ExposedMethod
    static PyObject upper(BytesLike self) {
        byte[] v = self.bytes().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = toUpper(v[i]);
        }
        return self.make(v);
    }

    @ExposedMethod
    static PyObject lower(BytesLike self) {
        byte[] v = self.bytes().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = toLower(v[i]);
        }
        return self.make(v);
    }

    @ExposedMethod
    static PyObject swapcase(BytesLike self) {
        byte[] v = self.bytes().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = isUpper(v[i]) ? toLower(v[i]) : toUpper(v[i]);
        }
        return self.make(v);
    }

    /** Upper case after an uncased byte, lower case after a cased one. */
    @ExposedMethod
    static PyObject title(BytesLike self) {
        byte[] v = self.bytes().clone();
        boolean previousCased = false;
        for (int i = 0; i < v.length; i++) {
            byte c = v[i];
            v[i] = previousCased ? toLower(c) : toUpper(c);
            previousCased = isAlpha(c);
        }
        return self.make(v);
    }

    @ExposedMethod
    static PyObject capitalize(BytesLike self) {
        byte[] v = self.bytes().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = i == 0 ? toUpper(v[i]) : toLower(v[i]);
        }
        return self.make(v);
    }

    private interface ByteTest {
        boolean test(int c);
    }

    /** True when every byte passes and there is at least one. */
    private static boolean all(BytesLike self, ByteTest t) {
        int n = self.size();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!t.test(self.byteAt(i))) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static boolean isdigit(BytesLike self) {
        return all(self, BytesCase::isDigit);
    }

    @ExposedMethod
    static boolean isalpha(BytesLike self) {
        return all(self, BytesCase::isAlpha);
    }

    @ExposedMethod
    static boolean isalnum(BytesLike self) {
        return all(self, c -> isAlpha(c) || isDigit(c));
    }

    @ExposedMethod
    static boolean isspace(BytesLike self) {
        return all(self, c -> BytesSplit.isSpace((byte) c));
    }

    @ExposedMethod
    static boolean isascii(BytesLike self) {
        for (int i = 0, n = self.size(); i < n; i++) {
            if (self.byteAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** At least one cased byte and no cased byte of the other case. */
    private static boolean onlyCase(BytesLike self, boolean upper) {
        boolean cased = false;
        for (int i = 0, n = self.size(); i < n; i++) {
            int c = self.byteAt(i);
            if (upper ? isLower(c) : isUpper(c)) {
                return false;
            }
            cased |= isAlpha(c);
        }
        return cased;
    }

    @ExposedMethod
    static boolean isupper(BytesLike self) {
        return onlyCase(self, true);
    }

    @ExposedMethod
    static boolean islower(BytesLike self) {
        return onlyCase(self, false);
    }

    /** Upper case only after uncased bytes, lower case only after cased ones, and some cased. */
    @ExposedMethod
    static boolean istitle(BytesLike self) {
        boolean cased = false, previousCased = false;
        for (int i = 0, n = self.size(); i < n; i++) {
            int c = self.byteAt(i);
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (isLower(c)) {
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
