package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The searching methods of {@code str}: find, index, count, startswith, replace, partition.
 * Windows ({@code start}, {@code end}) are code-point indexes adjusted as CPython's
 * ADJUST_INDICES does; strings without surrogate pairs search their UTF-16 units directly,
 * the rest convert offsets at the edges.
 */
final class StrSearch {
    private StrSearch() {}

    /** The UTF-16 offset of code point index cp in self (cp may equal the length). */
    private static int offset(PyStr self, int cp) {
        return self.isBmp() ? cp : self.value().offsetByCodePoints(0, cp);
    }

    /** The code-point index of UTF-16 offset off in self. */
    private static int cpIndex(PyStr self, int off) {
        return self.isBmp() ? off : self.value().codePointCount(0, off);
    }

    /** find/rfind in self[start:end], as a code-point index or -1. */
    static int find(ThreadState ts, PyStr self, String sub, PyObject start, PyObject end, boolean reverse) {
        int len = self.codePointLength();
        int st = StrMethods.windowStart(ts, start, len);
        int en = StrMethods.windowEnd(ts, end, len);
        int subLen = sub.codePointCount(0, sub.length());
        if (en - st < subLen) {
            return -1;
        }
        String s = self.value();
        int lo = offset(self, st), hi = offset(self, en);
        int r;
        if (reverse) {
            r = s.lastIndexOf(sub, hi - sub.length());
            if (r < lo) {
                return -1;
            }
        } else {
            r = s.indexOf(sub, lo);
            if (r < 0 || r + sub.length() > hi) {
                return -1;
            }
        }
        return cpIndex(self, r);
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int find(ThreadState ts, PyStr self, PyObject sub, PyObject start, PyObject end) {
        return find(ts, self, StrMethods.str(sub, ""), start, end, false);
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int rfind(ThreadState ts, PyStr self, PyObject sub, PyObject start, PyObject end) {
        return find(ts, self, StrMethods.str(sub, ""), start, end, true);
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int index(ThreadState ts, PyStr self, PyObject sub, PyObject start, PyObject end) {
        int r = find(ts, self, StrMethods.str(sub, ""), start, end, false);
        if (r < 0) {
            throw Errors.valueError("substring not found");
        }
        return r;
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int rindex(ThreadState ts, PyStr self, PyObject sub, PyObject start, PyObject end) {
        int r = find(ts, self, StrMethods.str(sub, ""), start, end, true);
        if (r < 0) {
            throw Errors.valueError("substring not found");
        }
        return r;
    }

    @ExposedMethod(sig = "METH_VARARGS: sub, start=None, end=None, /")
    static int count(ThreadState ts, PyStr self, PyObject sub, PyObject start, PyObject end) {
        String p = StrMethods.str(sub, "");
        int len = self.codePointLength();
        int st = StrMethods.windowStart(ts, start, len);
        int en = StrMethods.windowEnd(ts, end, len);
        if (en < st) {
            return 0;
        }
        if (p.isEmpty()) {
            return en - st + 1;
        }
        String s = self.value();
        int hi = offset(self, en);
        int n = 0;
        for (int i = s.indexOf(p, offset(self, st)); i >= 0 && i + p.length() <= hi; i = s.indexOf(p, i + p.length())) {
            n++;
        }
        return n;
    }

    @ExposedMethod(sig = "METH_VARARGS: prefix, start=None, end=None, /")
    static boolean startswith(ThreadState ts, PyStr self, PyObject prefix, PyObject start, PyObject end) {
        return tailMatch(ts, self, prefix, start, end, false, "startswith");
    }

    @ExposedMethod(sig = "METH_VARARGS: suffix, start=None, end=None, /")
    static boolean endswith(ThreadState ts, PyStr self, PyObject suffix, PyObject start, PyObject end) {
        return tailMatch(ts, self, suffix, start, end, true, "endswith");
    }

    private static boolean tailMatch(ThreadState ts, PyStr self, PyObject arg, PyObject start, PyObject end,
                                     boolean atEnd, String name) {
        if (arg instanceof PyStr p) {
            return tailMatch(ts, self, p.value(), start, end, atEnd);
        }
        if (arg instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (!(t.get(i) instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not "
                            + t.get(i).type().name());
                }
                if (tailMatch(ts, self, p.value(), start, end, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + arg.type().name());
    }

    /** CPython's tailmatch. */
    private static boolean tailMatch(ThreadState ts, PyStr self, String sub, PyObject start, PyObject end,
                                     boolean atEnd) {
        int len = self.codePointLength();
        int st = StrMethods.windowStart(ts, start, len);
        int en = StrMethods.windowEnd(ts, end, len);
        int subLen = sub.codePointCount(0, sub.length());
        en -= subLen;
        if (en < st) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        return self.value().startsWith(sub, offset(self, atEnd ? en : st));
    }

    @ExposedMethod(sig = "old, new, count=-1, /")
    static PyObject replace(ThreadState ts, PyStr self, String o, String n, long count) {
        String s = self.value();
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0 || (!o.isEmpty() && !s.contains(o)) || o.equals(n)) {
            return StrMethods.same(ts, self);
        }
        StringBuilder sb = new StringBuilder(s.length() + Math.max(16, n.length()));
        if (o.isEmpty()) {
            int i = 0;
            long done = 0;
            for (; i < s.length() && done < count; done++) {
                sb.append(n);
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (done < count) {
                sb.append(n);
            }
            sb.append(s, i, s.length());
            return new PyStr(sb.toString());
        }
        int from = 0;
        for (long done = 0; done < count; done++) {
            int at = s.indexOf(o, from);
            if (at < 0) {
                break;
            }
            sb.append(s, from, at).append(n);
            from = at + o.length();
        }
        sb.append(s, from, s.length());
        return new PyStr(sb.toString());
    }

    @ExposedMethod
    static PyTuple partition(ThreadState ts, PyStr self, PyObject sep) {
        return partition(ts, self, sep, false);
    }

    @ExposedMethod
    static PyTuple rpartition(ThreadState ts, PyStr self, PyObject sep) {
        return partition(ts, self, sep, true);
    }

    private static PyTuple partition(ThreadState ts, PyStr self, PyObject sepObj, boolean reverse) {
        String sep = StrMethods.str(sepObj, "");
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String s = self.value();
        int at = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            PyStr whole = StrMethods.same(ts, self);
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, whole) : PyTuple.of(whole, PyStr.EMPTY, PyStr.EMPTY);
        }
        ts.incref(sepObj);
        return PyTuple.of(new PyStr(s.substring(0, at)), sepObj, new PyStr(s.substring(at + sep.length())));
    }
}
