package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

/**
 * Stack effects of the instructions, CPython 3.11's {@code stack_effect()} in compile.c,
 * including the pseudo-instructions the compiler removes before assembly.
 */
final class StackEffect {
    private StackEffect() {}

    /** Pseudo-instructions: only in the compiler's instruction list, never in code objects. */
    static final int SETUP_FINALLY = 256, SETUP_CLEANUP = 257, SETUP_WITH = 258, POP_BLOCK = 259,
            JUMP = 260, JUMP_NO_INTERRUPT = 261, POP_JUMP_IF_FALSE = 262, POP_JUMP_IF_TRUE = 263,
            POP_JUMP_IF_NONE = 264, POP_JUMP_IF_NOT_NONE = 265;

    static int of(int op, int oparg, boolean jump) {
        return switch (op) {
            case NOP, EXTENDED_ARG, RESUME, CACHE, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT,
                 UNARY_INVERT, GET_ITER, GET_YIELD_FROM_ITER, LIST_TO_TUPLE,
                 SETUP_ANNOTATIONS, YIELD_VALUE, CHECK_EXC_MATCH, DELETE_NAME, SWAP, LOAD_ATTR,
                 JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, DELETE_FAST, MAKE_CELL,
                 DELETE_DEREF, COPY_FREE_VARS, KW_NAMES, DELETE_GLOBAL, POP_BLOCK, JUMP,
                 JUMP_NO_INTERRUPT -> 0;
            case POP_TOP, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, POP_EXCEPT, STORE_NAME,
                 DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IMPORT_NAME, IS_OP, CONTAINS_OP, RERAISE,
                 BINARY_OP, STORE_FAST, STORE_DEREF, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE,
                 DICT_MERGE, DICT_UPDATE, CALL, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE,
                 POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                 POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE,
                 POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> -1;
            // RETURN_GENERATOR returns to the caller; when the generator first resumes, the sent
            // value (None) is on the stack for the POP_TOP that follows.
            case PUSH_NULL, RETURN_GENERATOR, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 BEFORE_WITH, LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_CLOSURE,
                 LOAD_DEREF, LOAD_CLASSDEREF, LOAD_METHOD -> 1;
            case STORE_SUBSCR -> -3;
            case DELETE_SUBSCR, STORE_ATTR, MAP_ADD -> -2;
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xFF) + (oparg >> 8);
            case FOR_ITER -> jump ? -1 : 1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP -> -oparg;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case SEND -> jump ? -1 : 0;
            case RAISE_VARARGS -> -oparg;
            case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0x0F);
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case FORMAT_VALUE -> (oparg & 0x04) != 0 ? -1 : 0;
            case PRECALL -> -oparg;
            case SETUP_FINALLY -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            case SETUP_WITH -> jump ? 1 : 0;
            default -> throw new IllegalStateException("no stack effect for opcode " + op);
        };
    }
}
