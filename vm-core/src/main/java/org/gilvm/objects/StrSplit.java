package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The splitting and stripping methods of {@code str}: split, rsplit, splitlines, strip,
 * lstrip, rstrip. Compare CPython {@code Objects/stringlib/split.h}. Whitespace and line
 * breaks are BMP characters, so these scan UTF-16 units directly.
 */
final class StrSplit {
    private StrSplit() {}

    /** CPython's Py_UNICODE_ISSPACE: bidirectional types WS, B and S, plus category Zs. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** CPython's Py_UNICODE_ISLINEBREAK. */
    static boolean isLineBreak(char c) {
        return switch (c) {
            case '\n', '\r', 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    private static String sepArg(PyObject sep) {
        if (sep == PyNone.None) {
            return null;
        }
        if (sep instanceof PyStr s) {
            if (s.value().isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            return s.value();
        }
        throw Errors.typeError("must be str or None, not " + sep.type().name());
    }

    private static void add(PyList out, String s, int from, int to) {
        out.appendOwned(new PyStr(s.substring(from, to)));
    }

    @ExposedMethod(sig = "sep=None, maxsplit=-1")
    static PyList split(ThreadState ts, PyStr self, PyObject sep, long maxsplit) {
        String p = sepArg(sep);
        String s = self.value();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        int n = s.length();
        if (p == null) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    return out;
                }
                int j = i;
                while (i < n && !isSpace(s.charAt(i))) {
                    i++;
                }
                if (j == 0 && i == n) {
                    out.appendOwned(StrMethods.same(ts, self));
                    return out;
                }
                add(out, s, j, i);
            }
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i != n) {
                add(out, s, i, n);
            }
            return out;
        }
        int from = 0;
        for (int at; maxsplit > 0 && (at = s.indexOf(p, from)) >= 0; maxsplit--) {
            add(out, s, from, at);
            from = at + p.length();
        }
        if (from == 0) {
            out.appendOwned(StrMethods.same(ts, self));
        } else {
            add(out, s, from, n);
        }
        return out;
    }

    @ExposedMethod(sig = "sep=None, maxsplit=-1")
    static PyList rsplit(ThreadState ts, PyStr self, PyObject sep, long maxsplit) {
        String p = sepArg(sep);
        String s = self.value();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        if (p == null) {
            int i = s.length() - 1;
            while (maxsplit-- > 0) {
                while (i >= 0 && isSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                while (i >= 0 && !isSpace(s.charAt(i))) {
                    i--;
                }
                add(out, s, i + 1, j + 1);
            }
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                add(out, s, 0, i + 1);
            }
        } else {
            int to = s.length();
            for (int at; maxsplit > 0 && to >= p.length() && (at = s.lastIndexOf(p, to - p.length())) >= 0;
                 maxsplit--) {
                add(out, s, at + p.length(), to);
                to = at;
            }
            add(out, s, 0, to);
        }
        reverse(out);
        return out;
    }

    private static void reverse(PyList l) {
        for (int i = 0, j = l.size - 1; i < j; i++, j--) {
            PyObject t = l.items[i];
            l.items[i] = l.items[j];
            l.items[j] = t;
        }
    }

    @ExposedMethod(sig = "keepends=False")
    static PyList splitlines(ThreadState ts, PyStr self, int keepends) {
        String s = self.value();
        PyList out = new PyList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends != 0) {
                    eol = i;
                }
            }
            add(out, s, start, eol);
        }
        return out;
    }

    @ExposedMethod(sig = "chars=None, /")
    static PyObject strip(ThreadState ts, PyStr self, PyObject chars) {
        return strip(ts, self, chars, true, true);
    }

    @ExposedMethod(sig = "chars=None, /")
    static PyObject lstrip(ThreadState ts, PyStr self, PyObject chars) {
        return strip(ts, self, chars, true, false);
    }

    @ExposedMethod(sig = "chars=None, /")
    static PyObject rstrip(ThreadState ts, PyStr self, PyObject chars) {
        return strip(ts, self, chars, false, true);
    }

    private static PyObject strip(ThreadState ts, PyStr self, PyObject chars, boolean left, boolean right) {
        String set = null;
        if (chars != PyNone.None) {
            if (!(chars instanceof PyStr c)) {
                throw Errors.typeError("strip arg must be None or str");
            }
            set = c.value();
        }
        String s = self.value();
        int i = 0, j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!stripped(set, cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!stripped(set, cp)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        if (i == 0 && j == s.length()) {
            return StrMethods.same(ts, self);
        }
        return new PyStr(s.substring(i, j));
    }

    private static boolean stripped(String set, int cp) {
        if (set == null) {
            return isSpace(cp);
        }
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? set.indexOf((char) cp) >= 0
                : set.indexOf(new String(Character.toChars(cp))) >= 0;
    }
}
