package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** Splitting and stripping of {@code bytes}; whitespace is ASCII's (CPython's Py_ISSPACE). */
final class BytesSplit {
    private BytesSplit() {}

    static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    private static byte[] sepArg(PyObject sep) {
        if (sep == PyNone.None) {
            return null;
        }
        byte[] p = BytesMethods.bytesLike(sep);
        if (p.length == 0) {
            throw Errors.valueError("empty separator");
        }
        return p;
    }

    private static void add(PyList out, byte[] v, int from, int to) {
        out.appendOwned(new PyBytes(Arrays.copyOfRange(v, from, to)));
    }

    @ExposedMethod(sig = "sep=None, maxsplit=-1")
    static PyList split(ThreadState ts, PyBytes self, PyObject sep, long maxsplit) {
        byte[] p = sepArg(sep);
        byte[] v = self.value();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        int n = v.length;
        if (p == null) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && isSpace(v[i])) {
                    i++;
                }
                if (i == n) {
                    return out;
                }
                int j = i;
                while (i < n && !isSpace(v[i])) {
                    i++;
                }
                add(out, v, j, i);
            }
            while (i < n && isSpace(v[i])) {
                i++;
            }
            if (i != n) {
                add(out, v, i, n);
            }
            return out;
        }
        int from = 0;
        for (int at; maxsplit > 0 && (at = BytesMethods.indexOf(v, p, from, n)) >= 0; maxsplit--) {
            add(out, v, from, at);
            from = at + p.length;
        }
        add(out, v, from, n);
        return out;
    }

    @ExposedMethod(sig = "sep=None, maxsplit=-1")
    static PyList rsplit(ThreadState ts, PyBytes self, PyObject sep, long maxsplit) {
        byte[] p = sepArg(sep);
        byte[] v = self.value();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        if (p == null) {
            int i = v.length - 1;
            while (maxsplit-- > 0) {
                while (i >= 0 && isSpace(v[i])) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                while (i >= 0 && !isSpace(v[i])) {
                    i--;
                }
                add(out, v, i + 1, j + 1);
            }
            while (i >= 0 && isSpace(v[i])) {
                i--;
            }
            if (i >= 0) {
                add(out, v, 0, i + 1);
            }
        } else {
            int to = v.length;
            for (int at; maxsplit > 0 && (at = BytesMethods.lastIndexOf(v, p, 0, to)) >= 0; maxsplit--) {
                add(out, v, at + p.length, to);
                to = at;
            }
            add(out, v, 0, to);
        }
        for (int i = 0, j = out.size - 1; i < j; i++, j--) {
            PyObject t = out.items[i];
            out.items[i] = out.items[j];
            out.items[j] = t;
        }
        return out;
    }

    @ExposedMethod(sig = "bytes=None, /")
    static PyObject strip(ThreadState ts, PyBytes self, PyObject chars) {
        return strip(ts, self, chars, true, true);
    }

    @ExposedMethod(sig = "bytes=None, /")
    static PyObject lstrip(ThreadState ts, PyBytes self, PyObject chars) {
        return strip(ts, self, chars, true, false);
    }

    @ExposedMethod(sig = "bytes=None, /")
    static PyObject rstrip(ThreadState ts, PyBytes self, PyObject chars) {
        return strip(ts, self, chars, false, true);
    }

    private static PyObject strip(ThreadState ts, PyBytes self, PyObject chars, boolean left, boolean right) {
        byte[] set = chars == PyNone.None ? null : BytesMethods.bytesLike(chars);
        byte[] v = self.value();
        int i = 0, j = v.length;
        if (left) {
            while (i < j && stripped(set, v[i])) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(set, v[j - 1])) {
                j--;
            }
        }
        if (i == 0 && j == v.length && self.getClass() == PyBytes.class) {
            ts.incref(self);
            return self;
        }
        return new PyBytes(Arrays.copyOfRange(v, i, j));
    }

    private static boolean stripped(byte[] set, byte b) {
        if (set == null) {
            return isSpace(b);
        }
        for (byte x : set) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}
