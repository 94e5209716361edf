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
 */
public final class Signature {
    enum Kind { POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }

    /** A default meaning "optional: bound to null when absent". */
    static final PyObject OPTIONAL = new PyStr("<optional>").immortal();

    record Param(String name, Kind kind, PyObject dflt) {}

    private final String funcName;
    private final Param[] params;
    private final int maxPositional;
    private final int varPositional;
    private final int varKeyword;

    private Signature(String funcName, List<Param> params) {
        this.funcName = funcName;
        this.params = params.toArray(new Param[0]);
        int maxPos = 0, varPos = -1, varKw = -1;
        for (int i = 0; i < this.params.length; i++) {
            switch (this.params[i].kind) {
                case POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD -> maxPos++;
                case VAR_POSITIONAL -> varPos = i;
                case VAR_KEYWORD -> varKw = i;
                default -> { }
            }
        }
        this.maxPositional = maxPos;
        this.varPositional = varPos;
        this.varKeyword = varKw;
    }

    /** Parses {@code "a, b=1, /, c=None, *args, d, **kw"}; names without / are positional-only. */
    public static Signature parse(String funcName, String spec, int javaParams) {
        List<Param> params = new ArrayList<>();
        if (spec.isBlank()) {
            for (int i = 0; i < javaParams; i++) {
                params.add(new Param("arg" + i, Kind.POSITIONAL_ONLY, null));
            }
            return new Signature(funcName, params);
        }
        List<String> parts = splitTopLevel(spec);
        boolean hasSlash = parts.contains("/");
        Kind kind = hasSlash ? Kind.POSITIONAL_ONLY : Kind.POSITIONAL_OR_KEYWORD;
        for (String raw : parts) {
            String part = raw.strip();
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
                String name = eq < 0 ? part : part.substring(0, eq).strip();
                PyObject dflt = eq < 0 ? null : parseDefault(part.substring(eq + 1).strip());
                params.add(new Param(name, kind, dflt));
            }
        }
        if (params.size() != javaParams) {
            throw new IllegalArgumentException(funcName + ": signature '" + spec + "' has "
                    + params.size() + " parameters, Java method has " + javaParams);
        }
        return new Signature(funcName, params);
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

    public String funcName() {
        return funcName;
    }

    /**
     * Binds a vectorcall's arguments to parameter slots. Values are borrowed, except the
     * {@code *args} tuple and {@code **kwargs} dict, which are new and which
     * {@link #release} gives back. Absent optional parameters ({@code ?}) are null.
     */
    public PyObject[] bind(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        PyObject[] slots = new PyObject[params.length];
        int npos = Math.min(nargs, maxPositional);
        for (int i = 0, p = 0; i < npos; p++) {
            if (params[p].kind == Kind.VAR_POSITIONAL) {
                continue;
            }
            slots[p] = argv[off + i++];
        }
        if (nargs > maxPositional) {
            if (varPositional < 0) {
                throw tooManyPositional(nargs);
            }
            slots[varPositional] = PyTuple.copyOf(ts, argv, off + maxPositional, nargs - maxPositional);
        } else if (varPositional >= 0) {
            slots[varPositional] = PyTuple.EMPTY;
        }
        PyDict extra = varKeyword >= 0 ? new PyDict() : null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String name = kwnames[k];
                PyObject value = argv[off + nargs + k];
                int p = findKeyword(name);
                if (p < 0) {
                    if (extra == null) {
                        throw unexpectedKeyword(name);
                    }
                    extra.setStr(ts, name, value);
                } else if (slots[p] != null) {
                    throw Errors.typeError("argument for " + funcName + "() given by name ('" + name
                            + "') and position (" + (p + 1) + ")");
                } else {
                    slots[p] = value;
                }
            }
        }
        if (varKeyword >= 0) {
            slots[varKeyword] = extra;
        }
        for (int p = 0; p < params.length; p++) {
            if (slots[p] == null) {
                Param param = params[p];
                if (param.dflt == null) {
                    throw missing(param, p);
                }
                slots[p] = param.dflt == OPTIONAL ? null : param.dflt;
            }
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

    private int findKeyword(String name) {
        for (int p = 0; p < params.length; p++) {
            Param param = params[p];
            if ((param.kind == Kind.POSITIONAL_OR_KEYWORD || param.kind == Kind.KEYWORD_ONLY)
                    && param.name.equals(name)) {
                return p;
            }
        }
        return -1;
    }

    private RuntimeException tooManyPositional(int given) {
        int required = 0;
        for (Param p : params) {
            if ((p.kind == Kind.POSITIONAL_ONLY || p.kind == Kind.POSITIONAL_OR_KEYWORD) && p.dflt == null) {
                required++;
            }
        }
        if (maxPositional == 0) {
            return Errors.typeError(funcName + "() takes no arguments (" + given + " given)");
        }
        if (required == maxPositional) {
            return Errors.typeError(funcName + "() takes exactly " + plural(maxPositional)
                    + " (" + given + " given)");
        }
        return Errors.typeError(funcName + "() takes at most " + maxPositional + " argument"
                + (maxPositional == 1 ? "" : "s") + " (" + given + " given)");
    }

    private static String plural(int n) {
        return n == 1 ? "one argument" : n + " arguments";
    }

    private RuntimeException unexpectedKeyword(String name) {
        boolean anyKeyword = false;
        for (Param p : params) {
            anyKeyword |= p.kind == Kind.POSITIONAL_OR_KEYWORD || p.kind == Kind.KEYWORD_ONLY;
        }
        if (!anyKeyword) {
            return Errors.typeError(funcName + "() takes no keyword arguments");
        }
        return Errors.typeError("'" + name + "' is an invalid keyword argument for " + funcName + "()");
    }

    private RuntimeException missing(Param param, int index) {
        if (param.kind == Kind.KEYWORD_ONLY) {
            return Errors.typeError(funcName + "() missing required keyword-only argument: '" + param.name + "'");
        }
        if (param.kind == Kind.POSITIONAL_ONLY && param.name.startsWith("arg")) {
            int required = 0;
            for (Param p : params) {
                if (p.kind == Kind.POSITIONAL_ONLY && p.dflt == null) {
                    required++;
                }
            }
            return Errors.typeError(funcName + "() takes exactly " + plural(required) + " ("
                    + index + " given)");
        }
        return Errors.typeError(funcName + "() missing required argument '" + param.name
                + "' (pos " + (index + 1) + ")");
    }
}
