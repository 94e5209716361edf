package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}.
 *
 * <p>Compare CPython {@code Objects/stringlib/unicode_format.h}: {@link #build} is
 * build_string/do_markup with MarkupIterator_next inlined, {@link #field} is parse_field and
 * output_markup, {@link #fieldObject} is get_field_object with field_name_split. The braces
 * and separators it looks for are ASCII, so it scans UTF-16 units directly.
 */
final class StrFormatter {
    private static final int AUTO_INIT = 0, AUTO = 1, MANUAL = 2;

    private final ThreadState ts;
    /** Positional arguments; null for format_map. */
    private final PyTuple args;
    /** Keyword arguments or the format_map mapping; null when there are none. */
    private final PyObject kwargs;
    private final String s;
    private int autoState = AUTO_INIT;
    private int autoNumber;

    private StrFormatter(ThreadState ts, String s, PyTuple args, PyObject kwargs) {
        this.ts = ts;
        this.s = s;
        this.args = args;
        this.kwargs = kwargs;
    }

    static String format(ThreadState ts, String s, PyTuple args, PyObject kwargs) {
        if (s.indexOf('{') < 0 && s.indexOf('}') < 0) {
            return s;
        }
        // PEP 3101 allows two levels: "{0:{1}}" works, "{0:{1:{2}}}" does not.
        return new StrFormatter(ts, s, args, kwargs).build(0, s.length(), 2);
    }

    private String build(int start, int end, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(end - start + 16);
        int pos = start;
        while (pos < end) {
            int litStart = pos;
            char c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            int litEnd = pos;
            if (markup) {
                boolean atEnd = pos >= end;
                if (c == '}' && (atEnd || s.charAt(pos) != '}')) {
                    throw Errors.valueError("Single '}' encountered in format string");
                }
                if (atEnd) {
                    throw Errors.valueError("Single '{' encountered in format string");
                }
                if (s.charAt(pos) == c) {
                    pos++;
                    markup = false;
                } else {
                    litEnd--;
                }
            }
            out.append(s, litStart, litEnd);
            if (markup) {
                pos = field(pos, end, depth, out);
            }
        }
        return out.toString();
    }

    /** Parses and renders one {@code {name!conv:spec}} starting after its '{'; returns the position after its '}'. */
    private int field(int pos, int end, int depth, StringBuilder out) {
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        if (c != '}' && c != ':' && c != '!') {
            throw Errors.valueError("expected '}' before end of string");
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos, specEnd = pos;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (pos >= end) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '}') {
                        specFollows = false;
                        specStart = specEnd = pos;
                    } else if (c != ':') {
                        throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                specStart = pos;
                int count = 1;
                while (true) {
                    if (pos >= end) {
                        throw Errors.valueError("unmatched '{' in format spec");
                    }
                    c = s.charAt(pos++);
                    if (c == '{') {
                        expand = true;
                        count++;
                    } else if (c == '}' && --count == 0) {
                        specEnd = pos - 1;
                        break;
                    }
                }
            }
        }
        render(nameStart, nameEnd, conversion, specStart, specEnd, expand, depth, out);
        return pos;
    }

    /** output_markup: look the field up, convert it, expand its spec and format it. */
    private void render(int nameStart, int nameEnd, int conversion, int specStart, int specEnd, boolean expand,
                        int depth, StringBuilder out) {
        PyObject obj = fieldObject(nameStart, nameEnd);
        try {
            if (conversion != 0) {
                String text = switch (conversion) {
                    case 'r' -> obj.repr(ts);
                    case 's' -> Abstract.str(ts, obj);
                    case 'a' -> StrRepr.ascii(obj.repr(ts));
                    default -> throw Errors.valueError("Unknown conversion specifier "
                            + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                            : "\\x" + Integer.toHexString(conversion)));
                };
                ts.decref(obj);
                obj = new PyStr(text);
            }
            String spec = expand ? build(specStart, specEnd, depth - 1) : s.substring(specStart, specEnd);
            out.append(FormatSpec.format(ts, obj, spec));
        } finally {
            ts.decref(obj);
        }
    }

    /** get_field_object: {@code first(.attr|[key])*}, a new reference. */
    private PyObject fieldObject(int start, int end) {
        int i = start;
        while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
            i++;
        }
        long index = integer(start, i);
        boolean empty = i == start;
        if (empty || index >= 0) {
            if (autoState == AUTO_INIT) {
                autoState = empty ? AUTO : MANUAL;
            }
            if (autoState == MANUAL && empty) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoState == AUTO && !empty) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = autoNumber++;
            }
        }
        PyObject obj;
        if (index < 0) {
            PyStr key = new PyStr(s.substring(start, i));
            try {
                if (kwargs == null) {
                    throw Errors.keyError(ts, key);
                }
                obj = kwargs.getItem(ts, key);
            } finally {
                ts.decref(key);
            }
        } else {
            if (args == null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (index >= args.size()) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args.get((int) index);
            ts.incref(obj);
        }
        try {
            while (i < end) {
                char c = s.charAt(i++);
                int nameStart = i;
                PyObject next;
                if (c == '.') {
                    while (i < end && s.charAt(i) != '.' && s.charAt(i) != '[') {
                        i++;
                    }
                    checkNotEmpty(nameStart, i);
                    next = Abstract.getAttr(ts, obj, s.substring(nameStart, i));
                } else if (c == '[') {
                    while (i < end && s.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= end) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    checkNotEmpty(nameStart, i);
                    long idx = integer(nameStart, i);
                    PyObject key = idx >= 0 ? PyInt.of(idx) : new PyStr(s.substring(nameStart, i));
                    try {
                        next = obj.getItem(ts, key);
                    } finally {
                        ts.decref(key);
                    }
                    i++;
                } else {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                ts.decref(obj);
                obj = next;
            }
        } catch (RuntimeException e) {
            ts.decref(obj);
            throw e;
        }
        return obj;
    }

    private void checkNotEmpty(int start, int end) {
        if (start == end) {
            throw Errors.valueError("Empty attribute in format string");
        }
    }

    /** get_integer: the decimal value of s[start:end], or -1 if it is empty or not all digits. */
    private long integer(int start, int end) {
        if (start >= end) {
            return -1;
        }
        long acc = 0;
        for (int i = start; i < end; i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}
