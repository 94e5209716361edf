package org.gilvm.objects;

import org.gilvm.builtins.ExposedFunction;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * {@code str.translate} and the static {@code str.maketrans} (installed by
 * {@link ClassAttributes}). Compare CPython's unicode_translate and unicode_maketrans_impl.
 */
final class StrTranslate {
    private StrTranslate() {}

    /** A mapped character: absent from the table (kept as is). */
    private static final Object KEEP = new Object();

    @ExposedMethod
    static PyObject translate(ThreadState ts, PyStr self, PyObject table) {
        String s = self.value();
        StringBuilder sb = new StringBuilder(s.length());
        // The table is a Python mapping, so each lookup may run Python code; text repeats
        // its ASCII characters often enough that CPython caches them too.
        Object[] ascii = new Object[128];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r = cp < 128 ? ascii[cp] : null;
            if (r == null) {
                r = lookup(ts, table, cp);
                if (cp < 128) {
                    ascii[cp] = r;
                }
            }
            if (r == KEEP) {
                sb.appendCodePoint(cp);
            } else if (r instanceof String str) {
                sb.append(str);
            } else {
                sb.appendCodePoint((Integer) r);
            }
        }
        if (sb.length() == s.length() && sb.indexOf(s) == 0 && self.getClass() == PyStr.class) {
            ts.incref(self);
            return self;
        }
        return new PyStr(sb.toString());
    }

    /** CPython's charmaptranslate_lookup: KEEP, a replacement string ("" deletes), or a code point. */
    private static Object lookup(ThreadState ts, PyObject table, int cp) {
        PyObject key = PyInt.of(cp);
        PyObject v;
        try {
            v = table.getItem(ts, key);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.LOOKUP_ERROR)) {
                ts.decref(e.value);
                return KEEP;
            }
            throw e;
        } finally {
            ts.decref(key);
        }
        try {
            if (v == PyNone.None) {
                return "";
            }
            if (v instanceof PyInt i) {
                if (!i.isSmall() || i.value < 0 || i.value > 0x10ffff) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                return (int) i.value;
            }
            if (v instanceof PyStr str) {
                return str.value();
            }
            throw Errors.typeError("character mapping must return integer, None or str");
        } finally {
            ts.decref(v);
        }
    }

    /** {@code str.maketrans(x[, y[, z]])}: a dict from code points to code points, strs or None. */
    @ExposedFunction(sig = "*args")
    static PyObject maketrans(ThreadState ts, PyTuple args) {
        int n = args.size();
        if (n == 0 || n > 3) {
            throw Errors.typeError(n == 0 ? "maketrans expected at least 1 argument, got 0"
                    : "maketrans expected at most 3 arguments, got " + n);
        }
        PyDict out = new PyDict();
        try {
            if (n == 1) {
                fromDict(ts, args.get(0), out);
            } else {
                fromStrings(ts, args, out);
            }
        } catch (PyException e) {
            ts.decref(out);
            throw e;
        }
        return out;
    }

    private static void fromDict(ThreadState ts, PyObject x, PyDict out) {
        if (!(x instanceof PyDict d)) {
            throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
        }
        for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
            PyObject k = d.keyAt(p);
            PyObject v = d.valueAt(p);
            if (k instanceof PyStr s) {
                if (s.codePointLength() != 1) {
                    throw Errors.valueError("string keys in translate table must be of length 1");
                }
                PyObject key = PyInt.of(s.codePointAt(0));
                out.put(ts, key, v);
                ts.decref(key);
            } else if (k instanceof PyInt) {
                out.put(ts, k, v);
            } else {
                throw Errors.typeError("keys in translate table must be strings or integers");
            }
        }
    }

    private static void fromStrings(ThreadState ts, PyTuple args, PyDict out) {
        if (!(args.get(0) instanceof PyStr x)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (!(args.get(1) instanceof PyStr y)) {
            throw Errors.typeError("maketrans() argument 2 must be str, not " + args.get(1).type().name());
        }
        PyStr z = null;
        if (args.size() == 3) {
            if (!(args.get(2) instanceof PyStr zs)) {
                throw Errors.typeError("maketrans() argument 3 must be str, not " + args.get(2).type().name());
            }
            z = zs;
        }
        int len = x.codePointLength();
        if (len != y.codePointLength()) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < len; i++) {
            PyObject k = PyInt.of(x.codePointAt(i));
            PyObject v = PyInt.of(y.codePointAt(i));
            out.put(ts, k, v);
            ts.decref(k);
            ts.decref(v);
        }
        if (z != null) {
            for (int i = 0, m = z.codePointLength(); i < m; i++) {
                PyObject k = PyInt.of(z.codePointAt(i));
                out.put(ts, k, PyNone.None);
                ts.decref(k);
            }
        }
    }
}
