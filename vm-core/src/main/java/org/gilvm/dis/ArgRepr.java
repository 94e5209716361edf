package org.gilvm.dis;

import org.gilvm.bytecode.Op;
import org.gilvm.bytecode.Opcode;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyCode;

/**
 * The parenthesised description of an instruction's argument, as CPython 3.11's
 * {@code dis._get_instructions_bytes} computes {@code argrepr}: one case per argument shape.
 */
final class ArgRepr {
    /** CPython's {@code opcode._nb_ops}: the BINARY_OP operator symbols by oparg. */
    static final String[] NB_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    /** CPython's {@code opcode.cmp_op}. */
    static final String[] CMP_OP = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] FORMAT_CONVERTERS = {"", "str", "repr", "ascii"};
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    private final ThreadState ts;
    private final PyCode co;

    ArgRepr(ThreadState ts, PyCode co) {
        this.ts = ts;
        this.co = co;
    }

    /** The absolute byte offset a relative jump at {@code offset} lands on. */
    static int jumpTarget(Opcode o, int arg, int offset) {
        int signed = o.arg == Opcode.Arg.JUMP_BACKWARD ? -arg : arg;
        return offset + 2 + 2 * signed;
    }

    String describe(Opcode o, int arg, int offset) {
        return switch (o.arg) {
            // dis resolves only LOAD_CONST's constant; KW_NAMES shows its bare index.
            case CONST -> o.code == Op.LOAD_CONST && arg < co.consts.length ? co.consts[arg].repr(ts) : "";
            case NAME -> name(o, arg);
            case JUMP_FORWARD, JUMP_BACKWARD -> "to " + jumpTarget(o, arg, offset);
            case LOCAL, FREE -> arg < co.localsPlusNames.length ? co.localsPlusNames[arg] : "";
            case COMPARE -> arg < CMP_OP.length ? CMP_OP[arg] : "";
            case NONE -> "";
            case NUMBER -> number(o, arg);
        };
    }

    private String name(Opcode o, int arg) {
        if (o.code == Op.LOAD_GLOBAL) {
            int i = arg >> 1;
            if (i >= co.names.length) {
                return "";
            }
            return (arg & 1) != 0 ? "NULL + " + co.names[i] : co.names[i];
        }
        return arg < co.names.length ? co.names[arg] : "";
    }

    private static String number(Opcode o, int arg) {
        switch (o.code) {
            case Op.FORMAT_VALUE -> {
                String r = FORMAT_CONVERTERS[arg & 0x3];
                if ((arg & 0x4) != 0) {
                    r = r.isEmpty() ? "with format" : r + ", with format";
                }
                return r;
            }
            case Op.MAKE_FUNCTION -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < MAKE_FUNCTION_FLAGS.length; i++) {
                    if ((arg & (1 << i)) != 0) {
                        if (!sb.isEmpty()) {
                            sb.append(", ");
                        }
                        sb.append(MAKE_FUNCTION_FLAGS[i]);
                    }
                }
                return sb.toString();
            }
            case Op.BINARY_OP -> {
                return arg < NB_OPS.length ? NB_OPS[arg] : "";
            }
            default -> {
                return "";
            }
        }
    }
}
