package org.gilvm.builtins;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * A builtin's Python parameter list and the argument binding CPython's Argument Clinic
 * generates: positional-only ({@code /}), positional-or-keyword, keyword-only ({@code *}),
 * {@code *args}, {@code **kwargs}, defaults. Immutable; shared by all calls.
 *
 * <h2>Error texts follow the calling convention</h2>
 * CPython words a wrong argument count differently for each way a builtin receives its
 * arguments ({@link Style}), and names the function with its type or module
 * ({@code list.append}, {@code math.sqrt}; builtins go bare) only in some of them. The style
 * is inferred from the parameters as Argument Clinic chooses the convention: none is
 * METH_NOARGS, one required positional-only is METH_O, only positional-only ones are
 * METH_FASTCALL, any keyword makes it METH_FASTCALL|METH_KEYWORDS. A spec can name the style
 * with a prefix where CPython's function differs, as the ones still parsed by
 * {@code PyArg_ParseTuple} do: {@code "METH_VARARGS: sub, start=None, end=None, /"}.
 */
public final class Signature {
    enum Kind { POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }

    /** CPython's calling conventions, each with its own error texts. */
    public enum Style {
        /** {@code list.clear() takes no arguments (1 given)}. */
        NOARGS("METH_NOARGS"),
        /** {@code list.append() takes exactly one argument (0 given)}. */
        O("METH_O"),
        /** Clinic's _PyArg_CheckPositional: {@code insert expected 2 arguments, got 1}. */
        FASTCALL("METH_FASTCALL"),
        /** Clinic's _PyArg_UnpackKeywords: {@code split() takes at most 2 arguments (3 given)}. */
        FASTCALL_KEYWORDS("METH_FASTCALL|METH_KEYWORDS"),
        /** PyArg_ParseTuple's vgetargs1: {@code find() takes at least 1 argument (0 given)}. */
        VARARGS("METH_VARARGS");

        final String flag;

        Style(String flag) {
            this.flag = flag;
        }
    }

    /** A default meaning "optional: bound to null when absent". */
    static final PyObject OPTIONAL = new PyStr("<optional>").immortal();

    record Param(String name, Kind kind, PyObject dflt) {}

    /** The bare name clinic-style messages use: "split". */
    private final String name;
    /** The name METH_O-style messages use: "list.append", "math.sqrt", "len". */
    private final String qualname;
    private final Style style;
    private final Param[] params;
    private final int maxPositional;
    private final int minPositional;
    private final int positionalOnly;
    private final int varPositional;
    private final int varKeyword;
    /** The argument count that binds with no work (all parameters positional), else -1. */
    private final int directArity;

    private Signature(String name, String qualname, Style style, List<Param> params) {
        this.name = name;
        this.qualname = qualname;
        this.params = params.toArray(new Param[0]);
        int maxPos = 0, minPos = 0, posOnly = 0, varPos = -1, varKw = -1;
        boolean keywords = false;
        for (int i = 0; i < this.params.length; i++) {
            Param p = this.params[i];
            switch (p.kind) {
                case POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD -> {
                    maxPos++;
                    minPos += p.dflt == null ? 1 : 0;
                    posOnly += p.kind == Kind.POSITIONAL_ONLY ? 1 : 0;
                    keywords |= p.kind == Kind.POSITIONAL_OR_KEYWORD;
                }
                case VAR_POSITIONAL -> varPos = i;
                case VAR_KEYWORD -> {
                    varKw = i;
                    keywords = true;
                }
                case KEYWORD_ONLY -> keywords = true;
            }
        }
        this.maxPositional = maxPos;
        this.minPositional = minPos;
        this.positionalOnly = posOnly;
        this.varPositional = varPos;
        this.varKeyword = varKw;
        this.directArity = keywords || varPos >= 0 ? -1 : maxPos;
        this.style = style != null ? style : inferStyle(keywords, varPos >= 0);
        if (!fits(this.style, keywords)) {
            throw new IllegalArgumentException(qualname + ": " + this.style.flag
                    + " does not fit these parameters");
        }
    }

    /** The convention Argument Clinic would give these parameters. */
    private Style inferStyle(boolean keywords, boolean varargs) {
        if (keywords) {
            return Style.FASTCALL_KEYWORDS;
        }
        if (varargs) {
            return Style.VARARGS;
        }
        if (maxPositional == 0) {
            return Style.NOARGS;
        }
        return maxPositional == 1 && minPositional == 1 ? Style.O : Style.FASTCALL;
    }

    private boolean fits(Style s, boolean keywords) {
        return switch (s) {
            case NOARGS -> params.length == 0;
            case O -> params.length == 1 && maxPositional == 1 && minPositional == 1 && !keywords;
            case FASTCALL, VARARGS -> !keywords;
            case FASTCALL_KEYWORDS -> true;
        };
    }

    /**
     * Parses {@code "a, b=1, /, c=None, *args, d, **kw"}, optionally after a style prefix
     * ({@code "METH_VARARGS: ..."}); without a {@code /}, names are positional-or-keyword.
     * A blank spec gives {@code javaParams} required positional-only parameters.
     *
     * @param name     the bare Python name: "split"
     * @param qualname the name with its type or module: "str.split", "math.sqrt", "len"
     */
    public static Signature parse(String name, String qualname, String spec, int javaParams) {
        Style style = null;
        if (spec.startsWith("METH_")) {
            int colon = spec.indexOf(':');
            String flag = spec.substring(0, colon);
            for (Style s : Style.values()) {
                if (s.flag.equals(flag)) {
                    style = s;
                }
            }
            if (style == null) {
                throw new IllegalArgumentException(qualname + ": unknown calling convention " + flag);
            }
            spec = spec.substring(colon + 1);
        }
        List<Param> params = new ArrayList<>();
        if (spec.isBlank()) {
            for (int i = 0; i < javaParams; i++) {
                params.add(new Param("arg" + i, Kind.POSITIONAL_ONLY, null));
            }
            return new Signature(name, qualname, style, params);
        }
        List<String> parts = splitTopLevel(spec);
        boolean hasSlash = parts.contains("/");
        Kind kind = hasSlash ? Kind.POSITIONAL_ONLY : Kind.POSITIONAL_OR_KEYWORD;
        for (String part : parts) {
            if (part.equals("/")) {
                kind = Kind.POSITIONAL_OR_KEYWORD;
            } else if (part.equals("*")) {
                kind = Kind.KEYWORD_ONLY;
            } else if (part.startsWith("**")) {
                params.add(new Param(part.substring(2), Kind.VAR_KEYWORD, null));
            } else if (part.startsWith("*")) {
                params.add(new Param(part.substring(1), Kind.VAR_POSITIONAL, null));
                kind = Kind.KEYWORD_ONLY;
            } else {
                int eq = part.indexOf('=');
                String pname = eq < 0 ? part : part.substring(0, eq).strip();
                PyObject dflt = eq < 0 ? null : parseDefault(part.substring(eq + 1).strip());
                params.add(new Param(pname, kind, dflt));
            }
        }
        if (params.size() != javaParams) {
            throw new IllegalArgumentException(qualname + ": signature '" + spec + "' has "
                    + params.size() + " parameters, Java method has " + javaParams);
        }
        return new Signature(name, qualname, style, params);
    }

    private static List<String> splitTopLevel(String spec) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == '\\' && i + 1 < spec.length()) {
                    cur.append(spec.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static PyObject parseDefault(String text) {
        switch (text) {
            case "None": return PyNone.None;
            case "True": return PyBool.True;
            case "False": return PyBool.False;
            case "?": return OPTIONAL;
            default: break;
        }
        if (text.startsWith("'") || text.startsWith("\"")) {
            String body = text.substring(1, text.length() - 1)
                    .replace("\\n", "\n").replace("\\t", "\t").replace("\\'", "'").replace("\\\\", "\\");
            return new PyStr(body).immortal();
        }
        if (text.contains(".") || text.contains("e")) {
            return new PyFloat(Double.parseDouble(text)).immortal();
        }
        return PyInt.of(Long.parseLong(text)).immortal();
    }

    public int size() {
        return params.length;
    }

    Param param(int i) {
        return params[i];
    }

    public String name() {
        return name;
    }

    public Style style() {
        return style;
    }

    /**
     * The positional count whose arguments are the parameter values as they stand (no
     * defaults, no keywords, no {@code *args}): the caller may skip {@link #bind}. -1 if none.
     */
    int directArity() {
        return directArity;
    }

    /**
     * How CPython names argument {@code index} (0-based, after self) in a conversion error,
     * its _PyArg_BadArgument: "argument" for METH_O, "argument 2" for a positional-only
     * parameter, "argument 'sep'" for one that has a keyword.
     */
    String argumentName(int index) {
        if (style == Style.O) {
            return "argument";
        }
        Param p = params[index];
        return p.kind == Kind.POSITIONAL_ONLY ? "argument " + (index + 1) : "argument '" + p.name + "'";
    }

    /**
     * Binds a vectorcall's arguments to parameter slots. Values are borrowed, except the
     * {@code *args} tuple and {@code **kwargs} dict, which are new and which
     * {@link #release} gives back. Absent optional parameters ({@code ?}) are null.
     */
    public PyObject[] bind(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (style == Style.FASTCALL_KEYWORDS) {
            checkKeywordsArity(nargs, nkw);
        } else {
            if (nkw > 0) {
                throw Errors.typeError(qualname + "() takes no keyword arguments");
            }
            checkArity(nargs);
        }
        PyObject[] slots = new PyObject[params.length];
        int npos = Math.min(nargs, maxPositional);
        for (int i = 0, p = 0; i < npos; p++) {
            if (params[p].kind != Kind.VAR_POSITIONAL) {
                slots[p] = argv[off + i++];
            }
        }
        if (varPositional >= 0) {
            slots[varPositional] = nargs > maxPositional
                    ? PyTuple.copyOf(ts, argv, off + maxPositional, nargs - maxPositional) : PyTuple.EMPTY;
        }
        PyDict extra = varKeyword >= 0 ? new PyDict() : null;
        if (varKeyword >= 0) {
            slots[varKeyword] = extra;
        }
        try {
            int unmatched = 0;
            for (int k = 0; k < nkw; k++) {
                int p = findKeyword(kwnames[k]);
                PyObject value = argv[off + nargs + k];
                if (p >= 0 && slots[p] == null) {
                    slots[p] = value;
                } else if (p < 0 && extra != null) {
                    extra.setStr(ts, kwnames[k], value);
                } else {
                    unmatched++;
                }
            }
            fillDefaults(slots);
            if (unmatched > 0) {
                throw keywordError(nargs, kwnames);
            }
        } catch (RuntimeException e) {
            release(ts, slots);
            throw e;
        }
        return slots;
    }

    /** Releases the new references {@link #bind} made. */
    public void release(ThreadState ts, PyObject[] slots) {
        if (varPositional >= 0) {
            ts.decref(slots[varPositional]);
        }
        if (varKeyword >= 0) {
            ts.decref(slots[varKeyword]);
        }
    }

    private void fillDefaults(PyObject[] slots) {
        for (int p = 0; p < params.length; p++) {
            if (slots[p] == null) {
                Param param = params[p];
                if (param.dflt == null) {
                    throw Errors.typeError(name + "() missing required argument '" + param.name
                            + "' (pos " + (p + 1) + ")");
                }
                slots[p] = param.dflt == OPTIONAL ? null : param.dflt;
            }
        }
    }

    private int findKeyword(String kw) {
        for (int p = 0; p < params.length; p++) {
            Param param = params[p];
            if ((param.kind == Kind.POSITIONAL_OR_KEYWORD || param.kind == Kind.KEYWORD_ONLY)
                    && param.name.equals(kw)) {
                return p;
            }
        }
        return -1;
    }

    // ---- CPython's texts, by calling convention ------------------------------------------

    /** The count checks of every convention but keywords'. Compare CPython getargs.c. */
    private void checkArity(int nargs) {
        int max = varPositional >= 0 ? Integer.MAX_VALUE : maxPositional;
        switch (style) {
            case NOARGS -> {
                if (nargs != 0) {
                    throw Errors.typeError(qualname + "() takes no arguments (" + nargs + " given)");
                }
            }
            case O -> {
                if (nargs != 1) {
                    throw Errors.typeError(qualname + "() takes exactly one argument (" + nargs + " given)");
                }
            }
            case FASTCALL -> {
                if (nargs < minPositional || nargs > max) {
                    int n = nargs < minPositional ? minPositional : max;
                    String bound = minPositional == max ? "" : nargs < minPositional ? "at least " : "at most ";
                    throw Errors.typeError(name + " expected " + bound + n + " argument" + (n == 1 ? "" : "s")
                            + ", got " + nargs);
                }
            }
            default -> {
                if (nargs < minPositional || nargs > max) {
                    int n = nargs < minPositional ? minPositional : max;
                    String bound = minPositional == max ? "exactly" : nargs < minPositional ? "at least" : "at most";
                    throw Errors.typeError(name + "() takes " + bound + " " + n + " argument" + (n == 1 ? "" : "s")
                            + " (" + nargs + " given)");
                }
            }
        }
    }

    /** The count checks of _PyArg_UnpackKeywords, in its order. */
    private void checkKeywordsArity(int nargs, int nkw) {
        int named = params.length - (varPositional >= 0 ? 1 : 0) - (varKeyword >= 0 ? 1 : 0);
        if (varPositional < 0 && varKeyword < 0 && nargs + nkw > named) {
            throw Errors.typeError(name + "() takes at most " + named + " " + (nargs == 0 ? "keyword " : "")
                    + "argument" + (named == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (varPositional < 0 && nargs > maxPositional) {
            if (maxPositional == 0) {
                throw Errors.typeError(name + "() takes no positional arguments");
            }
            throw Errors.typeError(name + "() takes " + (minPositional < maxPositional ? "at most " : "exactly ")
                    + positional(maxPositional) + " (" + nargs + " given)");
        }
        int minPositionalOnly = Math.min(positionalOnly, minPositional);
        if (nargs < minPositionalOnly) {
            throw Errors.typeError(name + "() takes " + (minPositionalOnly < maxPositional ? "at least " : "exactly ")
                    + positional(minPositionalOnly) + " (" + nargs + " given)");
        }
    }

    private static String positional(int n) {
        return n + " positional argument" + (n == 1 ? "" : "s");
    }

    /**
     * A keyword that matched no free parameter: one that repeats a positional argument
     * (checked in parameter order), else the first unknown one.
     */
    private RuntimeException keywordError(int nargs, String[] kwnames) {
        for (int p = 0; p < Math.min(nargs, maxPositional); p++) {
            Param param = params[p];
            if (param.kind == Kind.POSITIONAL_OR_KEYWORD) {
                for (String kw : kwnames) {
                    if (kw.equals(param.name)) {
                        return Errors.typeError("argument for " + name + "() given by name ('" + kw
                                + "') and position (" + (p + 1) + ")");
                    }
                }
            }
        }
        for (String kw : kwnames) {
            if (findKeyword(kw) < 0) {
                return Errors.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
            }
        }
        throw new IllegalStateException(qualname + ": no unmatched keyword");
    }
}
