package org.gilvm.lexer;

/**
 * One token. Lines are 1-based and columns 0-based code-point offsets, as in the AST.
 * {@code start}/{@code end} index the code points of the {@link Source}.
 *
 * <p>A NEWLINE token has zero width and starts at the comment before it, if any (CPython's C
 * tokenizer does the same, which decides where "expected ':'" carets go). INDENT, DEDENT and
 * ENDMARKER carry, as their column, how far the tokenizer had read on their line — the
 * column CPython reports for errors located at these tokens.
 *
 * @param level the bracket nesting depth after this token
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol,
                    int start, int end, int level) {

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
