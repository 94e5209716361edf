package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * A code object, CPython 3.11's {@code PyCodeObject}: the compiled bytecode of a module,
 * class body, function or comprehension.
 *
 * <h2>Layout</h2>
 * {@link #code} holds 16-bit code units as CPython's {@code _Py_CODEUNIT}: the opcode in the
 * low byte, the argument in the high byte ({@code EXTENDED_ARG} prefixes build larger
 * arguments), and the same inline CACHE units CPython 3.11 reserves after specialisable
 * instructions, so offsets and jumps match {@code dis} in CPython. The frame's
 * "fast locals plus" array holds, in order, {@link #localsPlusNames} (arguments and locals,
 * then cells that are not arguments, then free variables) and then the value stack.
 */
public final class PyCode extends PyObject {
    /** co_flags bits, as in CPython's Include/cpython/code.h. */
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4,
            CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40;

    /** Kinds of fast-local slots (CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE). */
    public static final byte KIND_LOCAL = 0x20, KIND_CELL = 0x40, KIND_FREE = (byte) 0x80;

    /** One row of the exception table: a handler for code units [start, end). */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNo;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    public final char[] code;
    public final PyObject[] consts;
    public final String[] names;
    public final String[] localsPlusNames;
    public final byte[] localsPlusKinds;
    /** Number of slots before the value stack. */
    public final int nLocalsPlus;
    public final int stackSize;
    /**
     * Source positions per code unit: {@code locations[4*i .. 4*i+3]} are line, end line,
     * column and end column (0-based columns; -1 where unknown).
     */
    public final int[] locations;
    public final ExceptionEntry[] exceptionTable;
    /** Number of CO_FAST_FREE slots at the end of the locals. */
    public final int nFreeVars;

    public PyCode(String name, String qualname, String filename, int firstLineNo, int argCount,
                  int posOnlyArgCount, int kwOnlyArgCount, int flags, char[] code, PyObject[] consts,
                  String[] names, String[] localsPlusNames, byte[] localsPlusKinds, int stackSize,
                  int[] locations, ExceptionEntry[] exceptionTable) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsPlusNames = localsPlusNames;
        this.localsPlusKinds = localsPlusKinds;
        this.nLocalsPlus = localsPlusNames.length;
        this.stackSize = stackSize;
        this.locations = locations;
        this.exceptionTable = exceptionTable;
        int nfree = 0;
        for (byte k : localsPlusKinds) {
            if ((k & KIND_FREE) != 0) {
                nfree++;
            }
        }
        this.nFreeVars = nfree;
    }

    @Override
    public PyType type() { return BuiltinTypes.CODE; }

    /** The line of the instruction at code unit {@code index}, or -1. */
    public int lineAt(int index) {
        if (index < 0 || 4 * index >= locations.length) {
            return -1;
        }
        return locations[4 * index];
    }

    /**
     * The code the eval loop runs: {@link #code} with superinstructions patched in
     * ({@link org.gilvm.interp.Quickening}); made on first use. A race makes two identical
     * copies, which is harmless.
     */
    public char[] quickened() {
        char[] q = quickened;
        if (q == null) {
            q = org.gilvm.interp.Quickening.quicken(code);
            quickened = q;
        }
        return q;
    }

    private char[] quickened;

    /**
     * Per-instruction inline caches (LOAD_GLOBAL's, {@code org.gilvm.interp.GlobalCache}),
     * indexed by instruction position; made on first use. A cache entry is an immutable
     * object, so threads publish and read entries with plain array accesses; a race makes two
     * arrays and one is lost, which costs only a miss.
     */
    public Object[] inlineCaches() {
        Object[] c = inlineCaches;
        if (c == null) {
            c = new Object[code.length];
            inlineCaches = c;
        }
        return c;
    }

    private Object[] inlineCaches;

    /** KW_NAMES's operand: the const tuple of keyword names as Java strings, cached per const. */
    public String[] kwNames(int constIndex) {
        String[][] cache = kwNamesCache;
        if (cache == null) {
            cache = new String[consts.length][];
            kwNamesCache = cache;
        }
        String[] names = cache[constIndex];
        if (names == null) {
            PyTuple t = (PyTuple) consts[constIndex];
            names = new String[t.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = ((PyStr) t.get(i)).value();
            }
            cache[constIndex] = names;
        }
        return names;
    }

    private String[][] kwNamesCache;

    /** The total argument count including *args and **kwargs slots. */
    public int totalArgs() {
        int n = argCount + kwOnlyArgCount;
        if ((flags & CO_VARARGS) != 0) {
            n++;
        }
        if ((flags & CO_VARKEYWORDS) != 0) {
            n++;
        }
        return n;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    /** co_varnames: the names of plain locals (arguments first). */
    public String[] varnames() {
        return namesOfKind(KIND_LOCAL);
    }

    public String[] cellvars() {
        return namesOfKind(KIND_CELL);
    }

    public String[] freevars() {
        return namesOfKind(KIND_FREE);
    }

    private String[] namesOfKind(byte kind) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < nLocalsPlus; i++) {
            if ((localsPlusKinds[i] & kind) != 0) {
                out.add(localsPlusNames[i]);
            }
        }
        return out.toArray(new String[0]);
    }

    /** The {@code co_*} attributes CPython 3.11 code objects have (not co_lines or co_positions). */
    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return switch (attr) {
            case "co_name" -> new PyStr(name);
            case "co_qualname" -> new PyStr(qualname);
            case "co_filename" -> new PyStr(filename);
            case "co_firstlineno" -> PyInt.of(firstLineNo);
            case "co_argcount" -> PyInt.of(argCount);
            case "co_posonlyargcount" -> PyInt.of(posOnlyArgCount);
            case "co_kwonlyargcount" -> PyInt.of(kwOnlyArgCount);
            case "co_flags" -> PyInt.of(flags);
            case "co_stacksize" -> PyInt.of(stackSize);
            case "co_nlocals" -> PyInt.of(varnames().length);
            case "co_varnames" -> strTuple(varnames());
            case "co_cellvars" -> strTuple(cellvars());
            case "co_freevars" -> strTuple(freevars());
            case "co_names" -> strTuple(names);
            case "co_consts" -> PyTuple.copyOf(ts, consts, 0, consts.length);
            case "co_code" -> {
                byte[] b = new byte[2 * code.length];
                for (int i = 0; i < code.length; i++) {
                    b[2 * i] = (byte) code[i];
                    b[2 * i + 1] = (byte) (code[i] >> 8);
                }
                yield new PyBytes(b);
            }
            default -> super.findAttr(ts, attr);
        };
    }

    private static PyTuple strTuple(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.intern(names[i]);
        }
        return PyTuple.of(items);
    }

    @Override
    public String repr(ThreadState ts) {
        return "<code object " + name + " at 0x" + Long.toHexString(ts.interp.ids.idOf(this))
                + ", file \"" + filename + "\", line " + firstLineNo + ">";
    }
}
