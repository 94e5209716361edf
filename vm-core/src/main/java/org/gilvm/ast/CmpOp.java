package org.gilvm.ast;

/** Comparison operators; the first six are in the order of CPython's Py_LT..Py_GE. */
public enum CmpOp {
    LT("<"), LTE("<="), EQ("=="), NOTEQ("!="), GT(">"), GTE(">="), IS("is"), ISNOT("is not"),
    IN("in"), NOTIN("not in");

    public final String symbol;

    CmpOp(String symbol) { this.symbol = symbol; }
}
