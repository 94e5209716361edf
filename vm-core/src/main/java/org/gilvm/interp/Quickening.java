package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

/**
 * Superinstructions, as CPython 3.11's specialiser makes them (LOAD_FAST__LOAD_CONST,
 * STORE_FAST__LOAD_FAST, COMPARE_OP_INT_JUMP...): pairs of instructions that the loop runs
 * with one dispatch. They live in a copy of the code ({@link org.gilvm.objects.PyCode#quickened})
 * so {@code dis} and {@code co_code} still show CPython's instructions. Only the first
 * instruction of a pair is rewritten; the second stays, so a jump to it still works.
 */
public final class Quickening {
    private Quickening() {}

    /** Opcode numbers CPython 3.11 leaves unused. */
    public static final int LOAD_FAST__LOAD_CONST = 230, LOAD_FAST__LOAD_FAST = 231, STORE_FAST__LOAD_FAST = 232,
            COMPARE_OP_JUMP = 233, BINARY_OP__STORE_FAST = 234, LOAD_FAST__COMPARE_CONST_JUMP = 235,
            LOAD_FAST__INPLACE_CONST_STORE = 236, LOAD_FAST__COMPARE_FAST_JUMP = 237;

    private static final int COMPARE_OP_CACHES = 2, BINARY_OP_CACHES = 1;

    /** The quickened copy of {@code code}. */
    public static char[] quicken(char[] code) {
        char[] q = code.clone();
        for (int i = 0; i + 1 < code.length; i++) {
            if (i > 0 && (code[i - 1] & 0xff) == EXTENDED_ARG) {
                continue;
            }
            int op = code[i] & 0xff;
            int next = code[i + 1] & 0xff;
            switch (op) {
                case LOAD_FAST -> {
                    if (next == LOAD_CONST && comparesAndJumps(code, i + 2)) {
                        q[i] = (char) (code[i] & 0xff00 | LOAD_FAST__COMPARE_CONST_JUMP);
                    } else if (next == LOAD_CONST && storesBack(code, i)) {
                        q[i] = (char) (code[i] & 0xff00 | LOAD_FAST__INPLACE_CONST_STORE);
                    } else if (next == LOAD_CONST) {
                        q[i] = (char) (code[i] & 0xff00 | LOAD_FAST__LOAD_CONST);
                    } else if (next == LOAD_FAST && comparesAndJumps(code, i + 2)) {
                        q[i] = (char) (code[i] & 0xff00 | LOAD_FAST__COMPARE_FAST_JUMP);
                    } else if (next == LOAD_FAST) {
                        q[i] = (char) (code[i] & 0xff00 | LOAD_FAST__LOAD_FAST);
                    }
                }
                case STORE_FAST -> {
                    if (next == LOAD_FAST) {
                        q[i] = (char) (code[i] & 0xff00 | STORE_FAST__LOAD_FAST);
                    }
                }
                case COMPARE_OP -> {
                    int j = i + 1 + COMPARE_OP_CACHES;
                    if (j < code.length && isPopJumpIfBool(code[j] & 0xff)) {
                        q[i] = (char) (code[i] & 0xff00 | COMPARE_OP_JUMP);
                    }
                }
                case BINARY_OP -> {
                    int j = i + 1 + BINARY_OP_CACHES;
                    if (j < code.length && (code[j] & 0xff) == STORE_FAST) {
                        q[i] = (char) (code[i] & 0xff00 | BINARY_OP__STORE_FAST);
                    }
                }
                default -> { }
            }
        }
        return q;
    }

    /** A COMPARE_OP at {@code j} followed by a POP_JUMP_IF_TRUE/FALSE. */
    private static boolean comparesAndJumps(char[] code, int j) {
        int jump = j + 1 + COMPARE_OP_CACHES;
        return jump < code.length && (code[j] & 0xff) == COMPARE_OP && isPopJumpIfBool(code[jump] & 0xff);
    }

    /** {@code LOAD_FAST x; LOAD_CONST; BINARY_OP; STORE_FAST x} at {@code i}: {@code x += c} and the like. */
    private static boolean storesBack(char[] code, int i) {
        int store = i + 3 + BINARY_OP_CACHES;
        return store < code.length && (code[i + 2] & 0xff) == BINARY_OP && (code[store] & 0xff) == STORE_FAST
                && code[store] >>> 8 == code[i] >>> 8;
    }

    private static boolean isPopJumpIfBool(int op) {
        return op == POP_JUMP_FORWARD_IF_FALSE || op == POP_JUMP_FORWARD_IF_TRUE
                || op == POP_JUMP_BACKWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_TRUE;
    }
}
