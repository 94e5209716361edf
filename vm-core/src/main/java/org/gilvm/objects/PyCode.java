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
 *
 * <h2>Immutable, so shared</h2>
 * A code object is shared by every frame, thread and interpreter that runs it: the
 * {@link org.gilvm.interp.CodeCache} hands one module's code to each interpreter of the JVM
 * that imports that file. So once constructed nothing in it changes. Every field is final and
 * filled here, so the final-field rule of the Java memory model makes all of it visible to a
 * thread that gets the object through any race: the quickened copy and the keyword-name
 * tables are built eagerly (a lazily filled array, published without a fence, could be seen
 * half written on a weakly ordered CPU). The constants, and everything a constant tuple or
 * frozenset holds, are made immortal here: their counts are never written, so two
 * interpreters with different refcount strategies (or two GILs) never race on them, and no
 * interpreter can free an object another one still reads. CPython 3.12 does the same for
 * code constants (PEP 683: interned and immortal). The racy hash caches of str, bytes and
 * frozenset stay: each thread that computes one computes the same value.
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
        for (PyObject c : consts) {
            immortalize(c);
        }
        this.quickened = org.gilvm.interp.Quickening.quicken(code);
        this.inlineCaches = new Object[code.length];
        this.kwNames = kwNamesTable(code, consts);
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
     * ({@link org.gilvm.interp.Quickening}).
     */
    public char[] quickened() {
        return quickened;
    }

    private final char[] quickened;

    /**
     * Per-instruction inline caches (LOAD_GLOBAL's and LOAD_ATTR's, {@code org.gilvm.interp}'s
     * GlobalCache and AttrCache), indexed by instruction position. A cache entry is an
     * immutable object, so threads (and interpreters sharing this code through the code
     * cache) publish and read entries with plain array accesses.
     */
    public Object[] inlineCaches() {
        return inlineCaches;
    }

    private final Object[] inlineCaches;

    /** KW_NAMES's operand: the const tuple of keyword names as Java strings. */
    public String[] kwNames(int constIndex) {
        String[] names = kwNames == null ? null : kwNames[constIndex];
        return names != null ? names : stringsOf((PyTuple) consts[constIndex]);
    }

    /** Per const index, the strings of a tuple some KW_NAMES loads; null when no KW_NAMES. */
    private final String[][] kwNames;

    private static String[][] kwNamesTable(char[] code, PyObject[] consts) {
        String[][] table = null;
        int ext = 0;
        for (char unit : code) {
            int op = unit & 0xff;
            int arg = ext | unit >>> 8;
            ext = op == org.gilvm.bytecode.Op.EXTENDED_ARG ? arg << 8 : 0;
            if (op == org.gilvm.bytecode.Op.KW_NAMES && arg < consts.length && consts[arg] instanceof PyTuple t) {
                if (table == null) {
                    table = new String[consts.length][];
                }
                if (table[arg] == null) {
                    table[arg] = stringsOf(t);
                }
            }
        }
        return table;
    }

    private static String[] stringsOf(PyTuple t) {
        String[] names = new String[t.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ((PyStr) t.get(i)).value();
        }
        return names;
    }

    /**
     * Makes a constant immortal, with the items of a constant tuple or frozenset. Objects
     * already immortal (interned strs, small ints, singletons, the interned constants of other
     * code objects) are not written: other threads may be reading their count.
     */
    private static void immortalize(PyObject c) {
        if (c instanceof PyCode) {
            return;   // its own constructor did its constants; the assembler makes it immortal
        }
        if (!c.isImmortal()) {
            c.immortal();
        }
        if (c instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                immortalize(t.get(i));
            }
        } else if (c instanceof PyFrozenSet f) {
            for (PyObject k : f.keys) {
                if (k != null && k != PyAnySet.DUMMY) {
                    immortalize(k);
                }
            }
        }
    }

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
