package org.gilvm.bytecode;

/**
 * The instruction set: CPython 3.11's opcodes with their numbers, argument kinds and inline
 * cache sizes (Lib/opcode.py), so code objects are laid out as CPython's and {@code dis}
 * listings match. The compiler's stack-depth pass and the disassembler both read this table;
 * the eval loop switches on the int constants in {@link Op}, which a test keeps in step.
 */
public enum Opcode {
    CACHE(0, 0, Arg.NONE),
    POP_TOP(1, 0, Arg.NONE),
    PUSH_NULL(2, 0, Arg.NONE),
    NOP(9, 0, Arg.NONE),
    UNARY_POSITIVE(10, 0, Arg.NONE),
    UNARY_NEGATIVE(11, 0, Arg.NONE),
    UNARY_NOT(12, 0, Arg.NONE),
    UNARY_INVERT(15, 0, Arg.NONE),
    BINARY_SUBSCR(25, 4, Arg.NONE),
    GET_LEN(30, 0, Arg.NONE),
    MATCH_MAPPING(31, 0, Arg.NONE),
    MATCH_SEQUENCE(32, 0, Arg.NONE),
    MATCH_KEYS(33, 0, Arg.NONE),
    PUSH_EXC_INFO(35, 0, Arg.NONE),
    CHECK_EXC_MATCH(36, 0, Arg.NONE),
    CHECK_EG_MATCH(37, 0, Arg.NONE),
    WITH_EXCEPT_START(49, 0, Arg.NONE),
    GET_AITER(50, 0, Arg.NONE),
    GET_ANEXT(51, 0, Arg.NONE),
    BEFORE_ASYNC_WITH(52, 0, Arg.NONE),
    BEFORE_WITH(53, 0, Arg.NONE),
    END_ASYNC_FOR(54, 0, Arg.NONE),
    STORE_SUBSCR(60, 1, Arg.NONE),
    DELETE_SUBSCR(61, 0, Arg.NONE),
    GET_ITER(68, 0, Arg.NONE),
    GET_YIELD_FROM_ITER(69, 0, Arg.NONE),
    PRINT_EXPR(70, 0, Arg.NONE),
    LOAD_BUILD_CLASS(71, 0, Arg.NONE),
    LOAD_ASSERTION_ERROR(74, 0, Arg.NONE),
    RETURN_GENERATOR(75, 0, Arg.NONE),
    LIST_TO_TUPLE(82, 0, Arg.NONE),
    RETURN_VALUE(83, 0, Arg.NONE),
    IMPORT_STAR(84, 0, Arg.NONE),
    SETUP_ANNOTATIONS(85, 0, Arg.NONE),
    YIELD_VALUE(86, 0, Arg.NONE),
    ASYNC_GEN_WRAP(87, 0, Arg.NONE),
    PREP_RERAISE_STAR(88, 0, Arg.NONE),
    POP_EXCEPT(89, 0, Arg.NONE),
    STORE_NAME(90, 0, Arg.NAME),
    DELETE_NAME(91, 0, Arg.NAME),
    UNPACK_SEQUENCE(92, 1, Arg.NUMBER),
    FOR_ITER(93, 0, Arg.JUMP_FORWARD),
    UNPACK_EX(94, 0, Arg.NUMBER),
    STORE_ATTR(95, 4, Arg.NAME),
    DELETE_ATTR(96, 0, Arg.NAME),
    STORE_GLOBAL(97, 0, Arg.NAME),
    DELETE_GLOBAL(98, 0, Arg.NAME),
    SWAP(99, 0, Arg.NUMBER),
    LOAD_CONST(100, 0, Arg.CONST),
    LOAD_NAME(101, 0, Arg.NAME),
    BUILD_TUPLE(102, 0, Arg.NUMBER),
    BUILD_LIST(103, 0, Arg.NUMBER),
    BUILD_SET(104, 0, Arg.NUMBER),
    BUILD_MAP(105, 0, Arg.NUMBER),
    LOAD_ATTR(106, 4, Arg.NAME),
    COMPARE_OP(107, 2, Arg.COMPARE),
    IMPORT_NAME(108, 0, Arg.NAME),
    IMPORT_FROM(109, 0, Arg.NAME),
    JUMP_FORWARD(110, 0, Arg.JUMP_FORWARD),
    JUMP_IF_FALSE_OR_POP(111, 0, Arg.JUMP_FORWARD),
    JUMP_IF_TRUE_OR_POP(112, 0, Arg.JUMP_FORWARD),
    POP_JUMP_FORWARD_IF_FALSE(114, 0, Arg.JUMP_FORWARD),
    POP_JUMP_FORWARD_IF_TRUE(115, 0, Arg.JUMP_FORWARD),
    LOAD_GLOBAL(116, 5, Arg.NAME),
    IS_OP(117, 0, Arg.NUMBER),
    CONTAINS_OP(118, 0, Arg.NUMBER),
    RERAISE(119, 0, Arg.NUMBER),
    COPY(120, 0, Arg.NUMBER),
    BINARY_OP(122, 1, Arg.NUMBER),
    SEND(123, 0, Arg.JUMP_FORWARD),
    LOAD_FAST(124, 0, Arg.LOCAL),
    STORE_FAST(125, 0, Arg.LOCAL),
    DELETE_FAST(126, 0, Arg.LOCAL),
    POP_JUMP_FORWARD_IF_NOT_NONE(128, 0, Arg.JUMP_FORWARD),
    POP_JUMP_FORWARD_IF_NONE(129, 0, Arg.JUMP_FORWARD),
    RAISE_VARARGS(130, 0, Arg.NUMBER),
    GET_AWAITABLE(131, 0, Arg.NUMBER),
    MAKE_FUNCTION(132, 0, Arg.NUMBER),
    BUILD_SLICE(133, 0, Arg.NUMBER),
    JUMP_BACKWARD_NO_INTERRUPT(134, 0, Arg.JUMP_BACKWARD),
    MAKE_CELL(135, 0, Arg.FREE),
    LOAD_CLOSURE(136, 0, Arg.FREE),
    LOAD_DEREF(137, 0, Arg.FREE),
    STORE_DEREF(138, 0, Arg.FREE),
    DELETE_DEREF(139, 0, Arg.FREE),
    JUMP_BACKWARD(140, 0, Arg.JUMP_BACKWARD),
    CALL_FUNCTION_EX(142, 0, Arg.NUMBER),
    EXTENDED_ARG(144, 0, Arg.NUMBER),
    LIST_APPEND(145, 0, Arg.NUMBER),
    SET_ADD(146, 0, Arg.NUMBER),
    MAP_ADD(147, 0, Arg.NUMBER),
    LOAD_CLASSDEREF(148, 0, Arg.FREE),
    COPY_FREE_VARS(149, 0, Arg.NUMBER),
    RESUME(151, 0, Arg.NUMBER),
    MATCH_CLASS(152, 0, Arg.NUMBER),
    FORMAT_VALUE(155, 0, Arg.NUMBER),
    BUILD_CONST_KEY_MAP(156, 0, Arg.NUMBER),
    BUILD_STRING(157, 0, Arg.NUMBER),
    LOAD_METHOD(160, 10, Arg.NAME),
    LIST_EXTEND(162, 0, Arg.NUMBER),
    SET_UPDATE(163, 0, Arg.NUMBER),
    DICT_MERGE(164, 0, Arg.NUMBER),
    DICT_UPDATE(165, 0, Arg.NUMBER),
    PRECALL(166, 1, Arg.NUMBER),
    CALL(171, 4, Arg.NUMBER),
    KW_NAMES(172, 0, Arg.CONST),
    POP_JUMP_BACKWARD_IF_NOT_NONE(173, 0, Arg.JUMP_BACKWARD),
    POP_JUMP_BACKWARD_IF_NONE(174, 0, Arg.JUMP_BACKWARD),
    POP_JUMP_BACKWARD_IF_FALSE(175, 0, Arg.JUMP_BACKWARD),
    POP_JUMP_BACKWARD_IF_TRUE(176, 0, Arg.JUMP_BACKWARD);

    /** What an instruction's argument means, for {@code dis} and the compiler. */
    public enum Arg {
        /** No argument (the byte is ignored). */
        NONE,
        /** A plain number. */
        NUMBER,
        /** A relative jump forward, in code units after the caches. */
        JUMP_FORWARD,
        /** A relative jump backward. */
        JUMP_BACKWARD,
        CONST, NAME, LOCAL, FREE, COMPARE
    }

    private static final Opcode[] BY_CODE = new Opcode[256];

    static {
        for (Opcode o : values()) {
            BY_CODE[o.code] = o;
        }
    }

    public final int code;
    /** Inline CACHE units that follow the instruction. */
    public final int caches;
    public final Arg arg;

    Opcode(int code, int caches, Arg arg) {
        this.code = code;
        this.caches = caches;
        this.arg = arg;
    }

    public static Opcode of(int code) {
        return BY_CODE[code];
    }

    public boolean hasArg() {
        return code >= 90;
    }

    public boolean isJump() {
        return arg == Arg.JUMP_FORWARD || arg == Arg.JUMP_BACKWARD;
    }
}
