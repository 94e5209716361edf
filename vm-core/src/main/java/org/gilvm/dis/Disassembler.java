package org.gilvm.dis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.gilvm.bytecode.Op;
import org.gilvm.bytecode.Opcode;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyObject;

/**
 * Prints code objects exactly as CPython 3.11.7's {@code dis.dis} does (Lib/dis.py with
 * {@code show_caches=False}), so a listing of ours can be diffed against CPython's line by line.
 *
 * <p>Compare CPython {@code _disassemble_bytes}: a line-number column (only on the first
 * instruction of each source line, with a blank line before it), {@code >>} on jump and
 * exception-handler targets, byte offsets, the opcode name padded to 20, the argument
 * right-aligned in 5, and its description in parentheses ({@link ArgRepr}). Inline CACHE
 * units are skipped; EXTENDED_ARG prefixes are listed as instructions of their own.
 */
public final class Disassembler {
    private final ThreadState ts;
    private final StringBuilder out;

    public Disassembler(ThreadState ts, StringBuilder out) {
        this.ts = ts;
        this.out = out;
    }

    /**
     * The code object nested in {@code co} (at any depth) whose co_qualname is {@code name},
     * else the first whose co_name is; null when there is none.
     */
    public static PyCode findCode(PyCode co, String name) {
        PyCode byQualname = find(co, name, true);
        return byQualname != null ? byQualname : find(co, name, false);
    }

    private static PyCode find(PyCode co, String name, boolean qualified) {
        for (PyObject c : co.consts) {
            if (c instanceof PyCode inner) {
                if (name.equals(qualified ? inner.qualname : inner.name)) {
                    return inner;
                }
                PyCode deeper = find(inner, name, qualified);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    /** Lists one code object and, after it, every code object among its constants (recursively). */
    public void disassembleRecursive(PyCode co) {
        disassembleRecursive(co, -1);
    }

    /**
     * CPython's {@code _disassemble_recursive}: {@code depth} limits how many levels of nested
     * code objects are listed (-1 for all).
     */
    public void disassembleRecursive(PyCode co, int depth) {
        disassemble(co, -1);
        if (depth != 0) {
            for (PyObject c : co.consts) {
                if (c instanceof PyCode inner) {
                    out.append('\n');
                    out.append("Disassembly of ").append(inner.repr(ts)).append(":\n");
                    disassembleRecursive(inner, depth < 0 ? -1 : depth - 1);
                }
            }
        }
    }

    /**
     * Lists one code object: CPython's {@code dis.disassemble}; the instruction at byte offset
     * {@code lasti} (if not -1) is marked as the current one.
     */
    public void disassemble(PyCode co, int lasti) {
        int[] lineStarts = lineStarts(co);
        boolean showLineno = false;
        int maxLine = -1;
        for (int i = 0; i < lineStarts.length; i++) {
            if (lineStarts[i] >= 0) {
                showLineno = true;
                maxLine = Math.max(maxLine, lineStarts[i]);
            }
        }
        int linenoWidth = !showLineno ? 0 : maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        int maxOffset = 2 * co.code.length - 2;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;
        for (Instruction in : instructions(co, lineStarts)) {
            if (showLineno && in.startsLine() >= 0 && in.offset() > 0) {
                out.append('\n');
            }
            in.format(out, linenoWidth, offsetWidth, in.offset() == lasti);
        }
        if (co.exceptionTable.length > 0) {
            out.append("ExceptionTable:\n");
            for (PyCode.ExceptionEntry e : co.exceptionTable) {
                out.append("  ").append(2 * e.start()).append(" to ").append(2 * e.end() - 2)
                        .append(" -> ").append(2 * e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** The decoded instructions of {@code co}, CACHE units left out (CPython's get_instructions). */
    public List<Instruction> instructions(PyCode co) {
        return instructions(co, lineStarts(co));
    }

    private List<Instruction> instructions(PyCode co, int[] lineStarts) {
        BitSet labels = labels(co);
        ArgRepr argRepr = new ArgRepr(ts, co);
        List<Instruction> result = new ArrayList<>();
        char[] code = co.code;
        int extended = 0;
        for (int i = 0; i < code.length; ) {
            int op = code[i] & 0xFF;
            Opcode o = Opcode.of(op);
            int arg = -1;
            if (op >= Op.STORE_NAME) {
                arg = (code[i] >>> 8) | extended;
                extended = op == Op.EXTENDED_ARG ? arg << 8 : 0;
            } else {
                extended = 0;
            }
            String repr = arg >= 0 && o != null ? argRepr.describe(o, arg, 2 * i) : "";
            result.add(new Instruction(2 * i, op, o != null ? o.name() : "<" + op + ">", arg, repr,
                    lineStarts[i], labels.get(2 * i)));
            i += 1 + (o != null ? o.caches : 0);
        }
        return result;
    }

    /** Byte offsets that jumps land on, plus exception handlers: CPython's findlabels. */
    private static BitSet labels(PyCode co) {
        BitSet labels = new BitSet();
        char[] code = co.code;
        int extended = 0;
        for (int i = 0; i < code.length; ) {
            int op = code[i] & 0xFF;
            Opcode o = Opcode.of(op);
            if (op >= Op.STORE_NAME) {
                int arg = (code[i] >>> 8) | extended;
                extended = op == Op.EXTENDED_ARG ? arg << 8 : 0;
                if (o != null && o.isJump()) {
                    labels.set(ArgRepr.jumpTarget(o, arg, 2 * i));
                }
            } else {
                extended = 0;
            }
            i += 1 + (o != null ? o.caches : 0);
        }
        for (PyCode.ExceptionEntry e : co.exceptionTable) {
            if (e.start() < e.end()) {
                labels.set(2 * e.target());
            }
        }
        return labels;
    }

    /**
     * For each code unit, the line it starts or -1: CPython's findlinestarts over co_lines,
     * where a unit without a line never resets the last line seen.
     */
    static int[] lineStarts(PyCode co) {
        int n = co.code.length;
        int[] starts = new int[n];
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int line = co.lineAt(i);
            if (line >= 0 && line != last) {
                starts[i] = line;
                last = line;
            } else {
                starts[i] = -1;
            }
        }
        return starts;
    }
}
