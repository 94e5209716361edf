package org.gilvm.objects;

/** Rich comparison operators in the order of CPython's Py_LT .. Py_GE (the COMPARE_OP oparg). */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
    GT(">", "__gt__"), GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public static CompareOp of(int oparg) {
        return VALUES[oparg];
    }

    /** The operator with its operands swapped: a < b is b > a. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT; case LE -> GE; case EQ -> EQ; case NE -> NE; case GT -> LT; case GE -> LE;
        };
    }

    /** Applies this operator to a three-way comparison result. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0; case LE -> cmp <= 0; case EQ -> cmp == 0; case NE -> cmp != 0;
            case GT -> cmp > 0; case GE -> cmp >= 0;
        };
    }
}
