package org.gilvm.ast;

/**
 * A source range, as CPython's AST attributes {@code lineno, col_offset, end_lineno,
 * end_col_offset}: lines are 1-based, columns are 0-based offsets in code points (CPython
 * counts UTF-8 bytes; we count code points, which agree on ASCII source).
 */
public record Loc(int line, int col, int endLine, int endCol) {
    public static final Loc NONE = new Loc(0, 0, 0, 0);

    /** The range from the start of {@code a} to the end of {@code b}. */
    public static Loc span(Loc a, Loc b) {
        return new Loc(a.line, a.col, b.endLine, b.endCol);
    }
}
