package org.gilvm.lexer;

import org.gilvm.parser.ParseError;

/**
 * Where an f-string replacement field's expression sits. CPython 3.11 compiles the expression
 * text wrapped in parentheses as a separate source, so its syntax errors quote that text,
 * {@code "(expr)"}, and give columns relative to the opening brace; errors made here do the same.
 *
 * @param line     line of the opening brace
 * @param col      column of the opening brace
 * @param exprText the expression's source text between the brace and its end
 */
public record FStringOrigin(int line, int col, String exprText) {

    /**
     * An error located in file coordinates, re-expressed the way CPython reports it.
     *
     * @param fromParser  true for parser errors, which CPython prefixes with "f-string: "
     * @param withNewline whether the quoted line keeps its newline (as for errors in the file)
     */
    public ParseError error(String kind, String msg, String filename, int errLine, int offset,
                            int endLine, int endOffset, boolean fromParser, boolean withNewline) {
        int off = errLine == line ? offset - col : offset;
        int endOff = endLine == line && endOffset > 0 ? endOffset - col : endOffset;
        String[] lines = ("(" + exprText + ")").split("\n", -1);
        int k = Math.max(0, Math.min(lines.length - 1, errLine - line));
        String text = lines[k] + (withNewline ? "\n" : "");
        return new ParseError(kind, fromParser ? "f-string: " + msg : msg, filename, errLine, off,
                endLine, endOff, text);
    }
}
