package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

/**
 * Pseudo-instructions and stack effects, CPython 3.11's {@code stack_effect()} and the opcode
 * predicates of compile.c. The pseudo-instructions exist only in the compiler's blocks: the
 * assembler turns SETUP_* and POP_BLOCK into NOPs (after recording exception handlers) and the
 * virtual jumps into their forward or backward forms.
 */
final class StackEffect {
    private StackEffect() {}

    static final int SETUP_FINALLY = 256, SETUP_CLEANUP = 257, SETUP_WITH = 258, POP_BLOCK = 259,
            JUMP = 260, JUMP_NO_INTERRUPT = 261, POP_JUMP_IF_FALSE = 262, POP_JUMP_IF_TRUE = 263,
            POP_JUMP_IF_NONE = 264, POP_JUMP_IF_NOT_NONE = 265;

    /** CPython's is_jump: virtual jumps and every real opcode in _PyOpcode_Jump. */
    static boolean isJump(int op) {
        return switch (op) {
            case JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, FOR_ITER, JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
                 POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, SEND, POP_JUMP_FORWARD_IF_NOT_NONE,
                 POP_JUMP_FORWARD_IF_NONE, JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD,
                 POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_FALSE,
                 POP_JUMP_BACKWARD_IF_TRUE -> true;
            default -> false;
        };
    }

    static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_WITH || op == SETUP_CLEANUP;
    }

    /** Ends a basic block: CPython's is_end_of_basic_block. */
    static boolean endsBlock(int op) {
        return isJump(op) || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    /** The stack effect of {@code op}; {@code jump} selects the effect when the jump is taken. */
    static int of(int op, int oparg, boolean jump) {
        return switch (op) {
            case NOP, EXTENDED_ARG, RESUME, CACHE, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT,
                 UNARY_INVERT, GET_ITER, SETUP_ANNOTATIONS, ASYNC_GEN_WRAP, YIELD_VALUE, POP_BLOCK,
                 DELETE_NAME, DELETE_GLOBAL, LOAD_ATTR, CHECK_EXC_MATCH, CHECK_EG_MATCH, JUMP_FORWARD,
                 JUMP_BACKWARD, JUMP, JUMP_BACKWARD_NO_INTERRUPT, JUMP_NO_INTERRUPT, DELETE_FAST,
                 RETURN_GENERATOR, KW_NAMES, MAKE_CELL, COPY_FREE_VARS, DELETE_DEREF, GET_AWAITABLE,
                 GET_AITER, GET_YIELD_FROM_ITER, LIST_TO_TUPLE -> 0;
            case POP_TOP, SET_ADD, LIST_APPEND, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR,
                 POP_EXCEPT, STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IS_OP, CONTAINS_OP,
                 IMPORT_NAME, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NONE, POP_JUMP_IF_NONE,
                 POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_IF_NOT_NONE,
                 POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_IF_FALSE,
                 POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_IF_TRUE, PREP_RERAISE_STAR,
                 RERAISE, STORE_FAST, CALL, STORE_DEREF, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE,
                 BINARY_OP -> -1;
            case MAP_ADD, DELETE_SUBSCR, STORE_ATTR, END_ASYNC_FOR, MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case LOAD_BUILD_CLASS, LOAD_CONST, LOAD_NAME, IMPORT_FROM, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, BEFORE_ASYNC_WITH, BEFORE_WITH,
                 GET_ANEXT, LOAD_METHOD, LOAD_ASSERTION_ERROR, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE,
                 MATCH_KEYS, COPY, PUSH_NULL -> 1;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xFF) + (oparg >> 8);
            case FOR_ITER -> jump ? -1 : 1;
            case SEND -> jump ? -1 : 0;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP -> -oparg;
            case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> jump ? 0 : -1;
            case LOAD_GLOBAL -> (oparg & 1) + 1;
            case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            case RAISE_VARARGS -> -oparg;
            case PRECALL -> -oparg;
            case CALL_FUNCTION_EX -> -2 - (oparg & 0x01);
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0x0F);
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case FORMAT_VALUE -> (oparg & 0x04) != 0 ? -1 : 0;
            default -> throw new IllegalStateException("no stack effect for opcode " + op);
        };
    }
}
