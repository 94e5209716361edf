package org.gilvm.objects;

import java.util.Arrays;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * Splitting, partitioning and stripping of {@code bytes} and {@code bytearray}; whitespace is
 * ASCII's (CPython's Py_ISSPACE).
 */
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

    private static void add(PyList out, BytesLike self, byte[] v, int from, int to) {
        out.appendOwned(self.make(Arrays.copyOfRange(v, from, to)));
    }

    @ExposedMethod(sig = "sep=None, maxsplit=-1")
    static PyList split(ThreadState ts, BytesLike self, PyObject sep, long maxsplit) {
        byte[] p = sepArg(sep);
        byte[] v = self.bytes();
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
                add(out, self, v, j, i);
            }
            while (i < n && isSpace(v[i])) {
                i++;
            }
            if (i != n) {
                add(out, self, v, i, n);
            }
            return out;
        }
        int from = 0;
        for (int at; maxsplit > 0 && (at = BytesMethods.indexOf(v, p, from, n)) >= 0; maxsplit--) {
            add(out, self, v, from, at);
            from = at + p.length;
        }
        add(out, self, v, from, n);
        return out;
    }

    @ExposedMethod(sig = "sep=None, maxsplit=-1")
    static PyList rsplit(ThreadState ts, BytesLike self, PyObject sep, long maxsplit) {
        byte[] p = sepArg(sep);
        byte[] v = self.bytes();
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
                add(out, self, v, i + 1, j + 1);
            }
            while (i >= 0 && isSpace(v[i])) {
                i--;
            }
            if (i >= 0) {
                add(out, self, v, 0, i + 1);
            }
        } else {
            int to = v.length;
            for (int at; maxsplit > 0 && (at = BytesMethods.lastIndexOf(v, p, 0, to)) >= 0; maxsplit--) {
                add(out, self, v, at + p.length, to);
                to = at;
            }
            add(out, self, v, 0, to);
        }
        for (int i = 0, j = out.size - 1; i < j; i++, j--) {
            PyObject t = out.items[i];
            out.items[i] = out.items[j];
            out.items[j] = t;
        }
        return out;
    }

    @ExposedMethod(sig = "bytes=None, /")
    static PyObject strip(ThreadState ts, BytesLike self, PyObject chars) {
        return strip(ts, self, chars, true, true);
    }

    @ExposedMethod(sig = "bytes=None, /")
    static PyObject lstrip(ThreadState ts, BytesLike self, PyObject chars) {
        return strip(ts, self, chars, true, false);
    }

    @ExposedMethod(sig = "bytes=None, /")
    static PyObject rstrip(ThreadState ts, BytesLike self, PyObject chars) {
        return strip(ts, self, chars, false, true);
    }

    private static PyObject strip(ThreadState ts, BytesLike self, PyObject chars, boolean left, boolean right) {
        byte[] set = chars == PyNone.None ? null : BytesMethods.bytesLike(chars);
        byte[] v = self.bytes();
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
        return self.make(Arrays.copyOfRange(v, i, j));
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

    /** self itself for exact bytes (immutable, so shareable), else a copy of its kind. */
    private static PyObject whole(ThreadState ts, BytesLike self, byte[] v) {
        if (self.getClass() == PyBytes.class) {
            ts.incref(self);
            return self;
        }
        return self.make(v.clone());
    }

    @ExposedMethod
    static PyTuple partition(ThreadState ts, BytesLike self, PyObject sep) {
        return partition(ts, self, sep, false);
    }

    @ExposedMethod
    static PyTuple rpartition(ThreadState ts, BytesLike self, PyObject sep) {
        return partition(ts, self, sep, true);
    }

    private static PyTuple partition(ThreadState ts, BytesLike self, PyObject sep, boolean reverse) {
        byte[] p = BytesMethods.bytesLike(sep);
        if (p.length == 0) {
            throw Errors.valueError("empty separator");
        }
        byte[] v = self.bytes();
        int at = reverse ? BytesMethods.lastIndexOf(v, p, 0, v.length) : BytesMethods.indexOf(v, p, 0, v.length);
        if (at < 0) {
            PyObject empty1 = self.make(new byte[0]), empty2 = self.make(new byte[0]);
            PyObject all = whole(ts, self, v);
            return reverse ? PyTuple.of(empty1, empty2, all) : PyTuple.of(all, empty1, empty2);
        }
        return PyTuple.of(self.make(Arrays.copyOfRange(v, 0, at)), self.make(p.clone()),
                self.make(Arrays.copyOfRange(v, at + p.length, v.length)));
    }

    /** Lines end at \n, \r or \r\n (not the other line boundaries str knows). */
    @ExposedMethod(sig = "keepends=False")
    static PyList splitlines(ThreadState ts, BytesLike self, boolean keepends) {
        byte[] v = self.bytes();
        PyList out = new PyList();
        int i = 0, n = v.length;
        while (i < n) {
            int j = i;
            while (j < n && v[j] != '\n' && v[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += v[j] == '\r' && j + 1 < n && v[j + 1] == '\n' ? 2 : 1;
            }
            add(out, self, v, i, keepends ? j : eol);
            i = j;
        }
        return out;
    }

    @ExposedMethod(sig = "prefix, /")
    static PyObject removeprefix(ThreadState ts, BytesLike self, PyObject prefix) {
        byte[] v = self.bytes(), p = BytesMethods.bytesLike(prefix);
        if (p.length > 0 && p.length <= v.length && Arrays.equals(v, 0, p.length, p, 0, p.length)) {
            return self.make(Arrays.copyOfRange(v, p.length, v.length));
        }
        return whole(ts, self, v);
    }

    @ExposedMethod(sig = "suffix, /")
    static PyObject removesuffix(ThreadState ts, BytesLike self, PyObject suffix) {
        byte[] v = self.bytes(), p = BytesMethods.bytesLike(suffix);
        if (p.length > 0 && p.length <= v.length && Arrays.equals(v, v.length - p.length, v.length, p, 0, p.length)) {
            return self.make(Arrays.copyOfRange(v, 0, v.length - p.length));
        }
        return whole(ts, self, v);
    }
}
