package org.gilvm.ast;

/** Binary operators, in the order of CPython's {@code NB_*} constants (Include/opcode.h). */
public enum Operator {
    ADD("+"), BITAND("&"), FLOORDIV("//"), LSHIFT("<<"), MATMUL("@"), MULT("*"), MOD("%"),
    BITOR("|"), POW("**"), RSHIFT(">>"), SUB("-"), DIV("/"), BITXOR("^");

    public final String symbol;

    Operator(String symbol) { this.symbol = symbol; }

    /** CPython's NB_* oparg of BINARY_OP; the in-place form adds {@code INPLACE_OFFSET}. */
    public int nb() { return ordinal(); }

    public static final int INPLACE_OFFSET = 13;
}
