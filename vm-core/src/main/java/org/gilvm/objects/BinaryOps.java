package org.gilvm.objects;

/** Names of CPython's NB_* binary operators, indexed by the BINARY_OP oparg (0..25). */
public final class BinaryOps {
    private BinaryOps() {}

    public static final int ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4,
            MULTIPLY = 5, REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10,
            TRUE_DIVIDE = 11, XOR = 12, INPLACE = 13;

    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>",
            "-", "/", "^"};
    private static final String[] NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul",
            "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};
    private static final String[] DUNDER = new String[13];
    private static final String[] RDUNDER = new String[13];
    private static final String[] IDUNDER = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            DUNDER[i] = "__" + NAMES[i] + "__";
            RDUNDER[i] = "__r" + NAMES[i] + "__";
            IDUNDER[i] = "__i" + NAMES[i] + "__";
        }
    }

    /** "+" for ADD, "+=" for ADD + INPLACE: the text dis and error messages show. */
    public static String symbol(int oparg) {
        return oparg >= INPLACE ? SYMBOLS[oparg - INPLACE] + "=" : SYMBOLS[oparg];
    }

    public static String dunder(int nb) { return DUNDER[nb]; }

    public static String reflectedDunder(int nb) { return RDUNDER[nb]; }

    public static String inplaceDunder(int nb) { return IDUNDER[nb]; }
}
