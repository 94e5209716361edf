package org.gilvm.objects;

/** Unary number operations (nb_negative, nb_positive, nb_invert, nb_absolute). */
public enum UnaryOp {
    NEG("unary -", "__neg__"), POS("unary +", "__pos__"), INVERT("unary ~", "__invert__"),
    ABS("abs()", "__abs__");

    public final String symbol;
    public final String dunder;

    UnaryOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }
}
