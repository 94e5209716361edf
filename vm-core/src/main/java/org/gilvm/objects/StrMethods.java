package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * The methods of {@code str}: indexing, join, formatting, encoding and padding, plus the
 * argument helpers the other str method classes share. Searching is in {@link StrSearch},
 * splitting and stripping in {@link StrSplit}, case and character classes in {@link StrCase}.
 * Compare CPython {@code Objects/unicodeobject.c}. Indexes are code points throughout.
 */
public final class StrMethods {
    private StrMethods() {}

    /** {@code s[i]} and {@code s[a:b:c]}. */
    static PyObject getItem(ThreadState ts, PyStr self, PyObject key) {
        if (key instanceof PyInt i) {
            int n = self.codePointLength();
            long idx = i.isSmall() ? i.value : Long.MAX_VALUE;
            if (idx < 0) {
                idx += n;
            }
            if (idx < 0 || idx >= n) {
                throw Errors.indexError("string index out of range");
            }
            return PyStr.ofCodePoint(self.codePointAt((int) idx));
        }
        if (key instanceof PySlice slice) {
            return slice(ts, self, slice);
        }
        if (key.type().lookup("__index__") != null) {
            PyInt i = Abstract.index(ts, key);
            try {
                return getItem(ts, self, i);
            } finally {
                ts.decref(i);
            }
        }
        throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
    }

    private static PyObject slice(ThreadState ts, PyStr self, PySlice slice) {
        int n = self.codePointLength();
        long[] r = slice.indices(ts, n);
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (len <= 0) {
            return PyStr.EMPTY;
        }
        if (step == 1) {
            if (len == n) {
                return same(ts, self);
            }
            return len == 1 ? PyStr.ofCodePoint(self.codePointAt(start)) : new PyStr(self.substring(start, start + len));
        }
        String s = self.value();
        if (self.isBmp()) {
            char[] out = new char[len];
            for (int k = 0, i = start; k < len; k++, i += step) {
                out[k] = s.charAt(i);
            }
            return new PyStr(new String(out));
        }
        int[] cps = new int[n];
        for (int i = 0, k = 0; k < n; k++) {
            cps[k] = s.codePointAt(i);
            i += Character.charCount(cps[k]);
        }
        StringBuilder sb = new StringBuilder(len + 8);
        for (int k = 0, i = start; k < len; k++, i += step) {
            sb.appendCodePoint(cps[i]);
        }
        return new PyStr(sb.toString());
    }

    // ---- argument helpers shared by the str method classes ---------------------------

    /** self itself for an exact str (a new reference), else a plain str copy. */
    static PyStr same(ThreadState ts, PyStr self) {
        if (self.getClass() == PyStr.class) {
            ts.incref(self);
            return self;
        }
        return new PyStr(self.value());
    }

    /**
     * The Java string of a str argument, or TypeError "{prefix}must be str, not T". A prefix
     * naming the argument ("encode() argument 'errors' ") is Argument Clinic's
     * _PyArg_BadArgument, which calls None "None" rather than "NoneType".
     */
    static String str(PyObject o, String prefix) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        String got = o == PyNone.None && !prefix.isEmpty() ? "None" : o.type().name();
        throw Errors.typeError(prefix + "must be str, not " + got);
    }

    /** CPython's _PyEval_SliceIndex: None gives {@code dflt}; big values clamp. */
    static long sliceIndex(ThreadState ts, PyObject o, long dflt) {
        if (o == null || o == PyNone.None) {
            return dflt;
        }
        if (o instanceof PyInt i) {
            return i.isSmall() ? i.value : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asClampedLong(ts, o);
    }

    /** ADJUST_INDICES for the start of a search window. */
    static int windowStart(ThreadState ts, PyObject start, int len) {
        long s = sliceIndex(ts, start, 0);
        if (s < 0) {
            s = Math.max(s + len, 0);
        }
        return (int) Math.min(s, (long) len + 1);
    }

    /** ADJUST_INDICES for the end of a search window. */
    static int windowEnd(ThreadState ts, PyObject end, int len) {
        long e = sliceIndex(ts, end, Long.MAX_VALUE);
        if (e > len) {
            return len;
        }
        if (e < 0) {
            e = Math.max(e + len, 0);
        }
        return (int) e;
    }

    /** The single code point of a fill character argument. */
    private static int fillChar(PyObject fill) {
        if (fill == null) {
            return ' ';
        }
        if (!(fill instanceof PyStr f)) {
            throw Errors.typeError("The fill character must be a unicode character, not " + fill.type().name());
        }
        if (f.codePointLength() != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    // ---- join, formatting, encoding ---------------------------------------------------

    @ExposedMethod
    static PyObject join(ThreadState ts, PyStr self, PyObject iterable) {
        PyObject[] items;
        int n;
        PyList owned = null;
        if (iterable instanceof PyList l) {
            // The join itself runs no Python code: it may read the list under its lock.
            ObjectLocks g = ts.locks();
            g.lock(ts, l);
            try {
                return join(ts, self, l.items, l.size);
            } finally {
                g.unlock(ts, l);
            }
        } else if (iterable instanceof PyTuple t) {
            items = t.array();
            n = t.size();
        } else {
            try {
                owned = Abstract.toList(ts, iterable);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR) && iterable.type().lookup("__iter__") == null
                        && iterable.type().lookup("__getitem__") == null) {
                    ts.decref(e.value);
                    throw Errors.typeError("can only join an iterable");
                }
                throw e;
            }
            items = owned.items;
            n = owned.size;
        }
        try {
            return join(ts, self, items, n);
        } finally {
            ts.decref(owned);
        }
    }

    private static PyObject join(ThreadState ts, PyStr self, PyObject[] items, int n) {
        if (n == 0) {
            return PyStr.EMPTY;
        }
        String sep = self.value();
        long total = (long) sep.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, "
                        + items[i].type().name() + " found");
            }
            total += s.value().length();
        }
        if (n == 1 && items[0].getClass() == PyStr.class) {
            ts.incref(items[0]);
            return items[0];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw Errors.overflowError("join() result is too long for a Python string");
        }
        StringBuilder sb = new StringBuilder((int) total);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(((PyStr) items[i]).value());
        }
        return new PyStr(sb.toString());
    }

    @ExposedMethod(sig = "*args, **kwargs")
    static String format(ThreadState ts, PyStr self, PyTuple args, PyDict kwargs) {
        return StrFormatter.format(ts, self.value(), args, kwargs.size() == 0 ? null : kwargs);
    }

    @ExposedMethod(name = "format_map")
    static String formatMap(ThreadState ts, PyStr self, PyObject mapping) {
        return StrFormatter.format(ts, self.value(), null, mapping);
    }

    @ExposedMethod(name = "__format__")
    static PyObject dunderFormat(ThreadState ts, PyStr self, PyObject spec) {
        String s = str(spec, "__format__() argument ");
        if (s.isEmpty()) {
            return self.getClass() == PyStr.class ? same(ts, self) : new PyStr(self.str(ts));
        }
        return new PyStr(FormatSpec.formatStr(self, s));
    }

    @ExposedMethod(sig = "encoding='utf-8', errors='strict'")
    static PyBytes encode(ThreadState ts, PyStr self, PyObject encoding, PyObject errors) {
        return new PyBytes(Codecs.encode(self.value(),
                str(encoding, "encode() argument 'encoding' "), str(errors, "encode() argument 'errors' ")));
    }

    @ExposedMethod
    static PyObject removeprefix(ThreadState ts, PyStr self, PyObject prefix) {
        String p = str(prefix, "removeprefix() argument ");
        String s = self.value();
        if (!p.isEmpty() && s.startsWith(p)) {
            return new PyStr(s.substring(p.length()));
        }
        return same(ts, self);
    }

    @ExposedMethod
    static PyObject removesuffix(ThreadState ts, PyStr self, PyObject suffix) {
        String p = str(suffix, "removesuffix() argument ");
        String s = self.value();
        if (!p.isEmpty() && s.endsWith(p)) {
            return new PyStr(s.substring(0, s.length() - p.length()));
        }
        return same(ts, self);
    }

    // ---- padding ------------------------------------------------------------------

    @ExposedMethod(sig = "width, fillchar=?, /")
    static PyObject center(ThreadState ts, PyStr self, long width, PyObject fillchar) {
        int fill = fillChar(fillchar);
        int len = self.codePointLength();
        if (len >= width) {
            return same(ts, self);
        }
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }

    @ExposedMethod(sig = "width, fillchar=?, /")
    static PyObject ljust(ThreadState ts, PyStr self, long width, PyObject fillchar) {
        int fill = fillChar(fillchar);
        int len = self.codePointLength();
        return len >= width ? same(ts, self) : pad(self, 0, width - len, fill);
    }

    @ExposedMethod(sig = "width, fillchar=?, /")
    static PyObject rjust(ThreadState ts, PyStr self, long width, PyObject fillchar) {
        int fill = fillChar(fillchar);
        int len = self.codePointLength();
        return len >= width ? same(ts, self) : pad(self, width - len, 0, fill);
    }

    private static PyStr pad(PyStr self, long left, long right, int fill) {
        String s = self.value();
        if (left + right + s.length() > Integer.MAX_VALUE - 8) {
            throw Errors.overflowError("padded string is too long");
        }
        StringBuilder sb = new StringBuilder((int) (left + right) * Character.charCount(fill) + s.length());
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (long i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return new PyStr(sb.toString());
    }

    @ExposedMethod
    static PyObject zfill(ThreadState ts, PyStr self, long width) {
        int len = self.codePointLength();
        if (len >= width) {
            return same(ts, self);
        }
        String s = self.value();
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder(fill + s.length());
        boolean sign = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-');
        if (sign) {
            sb.append(s.charAt(0));
        }
        for (int i = 0; i < fill; i++) {
            sb.append('0');
        }
        sb.append(s, sign ? 1 : 0, s.length());
        return new PyStr(sb.toString());
    }

    @ExposedMethod(sig = "tabsize=8")
    static PyObject expandtabs(ThreadState ts, PyStr self, long tabsize) {
        String s = self.value();
        if (s.indexOf('\t') < 0) {
            return same(ts, self);
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - col % tabsize;
                    col += incr;
                    if (sb.length() + incr > Integer.MAX_VALUE - 8) {
                        throw Errors.overflowError("result too long");
                    }
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
                sb.appendCodePoint(cp);
            }
        }
        return new PyStr(sb.toString());
    }
}
