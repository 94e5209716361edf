package org.gilvm.objects;

import java.util.concurrent.ConcurrentHashMap;
import org.gilvm.interp.ThreadState;

/**
 * {@code str}: an immutable sequence of code points held in a Java String.
 *
 * <p>Python indexes by code point, Java by UTF-16 unit. Strings without surrogate pairs (the
 * overwhelming majority) index directly; the rest go through code-point offsets
 * ({@link #isBmp}).
 */
public class PyStr extends PyObject {
    /**
     * Interned strings: identifiers, attribute names and constants. A JVM-wide pool is safe to
     * share between interpreters because its values are immutable and immortal (CPython 3.12
     * likewise makes interned strings immortal); it carries no program state.
     */
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

    public static final PyStr EMPTY = intern("");

    private final String value;
    /** 0 until computed. */
    private long hash;
    /** Code-point length, or -1 until computed. */
    private int cpLength = -1;

    public PyStr(String value) {
        this.value = value;
    }

    /** The interned, immortal str for {@code s}. */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p != null) {
            return p;
        }
        return INTERNED.computeIfAbsent(s, k -> new PyStr(k).immortal());
    }

    /** A str of one character: the interned one for Latin-1, as CPython caches them. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return intern(String.valueOf((char) cp));
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    public final String value() {
        return value;
    }

    @Override
    public PyType type() { return BuiltinTypes.STR; }

    /** The hash every str with these characters has; dicts look up Java strings with it. */
    public static long hashOf(String s) {
        // Mixes Java's String.hashCode, which the String caches: namespace lookups by name
        // (attributes, globals) then hash in O(1) instead of walking the characters each time.
        long h = (s.hashCode() ^ ((long) s.length() << 32)) * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 29);
        h *= 0xBF58476D1CE4E5B9L;
        h ^= (h >>> 32);
        return h == -1 ? -2 : h;
    }

    @Override
    public long hash(ThreadState ts) {
        long h = hash;
        if (h == 0) {
            h = hashOf(value);
            hash = h;
        }
        return h;
    }

    /** Whether every character is in the Basic Multilingual Plane (UTF-16 index = code point index). */
    public final boolean isBmp() {
        return codePointLength() == value.length();
    }

    public final int codePointLength() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** The UTF-16 offset of code point {@code cpIndex}. */
    public final int offsetOf(int cpIndex) {
        return isBmp() ? cpIndex : value.offsetByCodePoints(0, cpIndex);
    }

    /** The code point at code-point index {@code i}. */
    public final int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The substring between code-point indices. */
    public final String substring(int start, int end) {
        if (isBmp()) {
            return value.substring(start, end);
        }
        int s = value.offsetByCodePoints(0, start);
        int e = value.offsetByCodePoints(s, end - start);
        return value.substring(s, e);
    }

    @Override
    public String repr(ThreadState ts) {
        return StrRepr.repr(value);
    }

    @Override
    public String str(ThreadState ts) {
        return value;
    }

    @Override
    public boolean isTrue(ThreadState ts) {
        return !value.isEmpty();
    }

    @Override
    public long len(ThreadState ts) {
        return codePointLength();
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (other instanceof PyStr s) {
            if (op == CompareOp.EQ) {
                return PyBool.of(this == s || value.equals(s.value));
            }
            if (op == CompareOp.NE) {
                return PyBool.of(this != s && !value.equals(s.value));
            }
            return PyBool.of(op.test(compareCodePoints(value, s.value)));
        }
        return PyNotImplemented.NotImplemented;
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which differs past the BMP). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.ADD) {
            if (other instanceof PyStr s) {
                return new PyStr(value.concat(s.value));
            }
            if (getClass() == PyStr.class) {
                throw Errors.typeError("can only concatenate str (not \"" + other.type().name() + "\") to str");
            }
        } else if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.str(ts, this, SeqRepeat.count(ts, other));
        } else if (nb == BinaryOps.REMAINDER) {
            return new PyStr(StrFormat.percent(ts, value, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(ThreadState ts, int nb, PyObject other) {
        if (nb == BinaryOps.MULTIPLY && Abstract.hasIndex(other)) {
            return SeqRepeat.str(ts, this, SeqRepeat.count(ts, other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public boolean contains(ThreadState ts, PyObject item) {
        if (item instanceof PyStr s) {
            return value.contains(s.value);
        }
        throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
    }

    @Override
    public PyObject getItem(ThreadState ts, PyObject key) {
        return StrMethods.getItem(ts, this, key);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PyStrIterator(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
