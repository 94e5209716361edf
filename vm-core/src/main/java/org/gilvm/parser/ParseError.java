package org.gilvm.parser;

/**
 * A SyntaxError (or IndentationError, TabError) found by the lexer or parser, carrying what
 * CPython's {@code SyntaxError} carries so the VM can print file, line, the source line and a
 * caret exactly as CPython does. The interpreter turns it into a Python exception object.
 *
 * @param kind       "SyntaxError", "IndentationError" or "TabError"
 * @param msg        CPython's wording, e.g. "invalid syntax", "expected ':'"
 * @param line       1-based line
 * @param offset     1-based column of the caret (CPython's {@code SyntaxError.offset})
 * @param endLine    1-based end line (0 if unknown)
 * @param endOffset  1-based end column, exclusive (0 if unknown)
 * @param text       the offending source line including its newline, or null
 */
public final class ParseError extends RuntimeException {
    public final String kind;
    public final String msg;
    public final String filename;
    public final int line;
    public final int offset;
    public final int endLine;
    public final int endOffset;
    public final String text;

    public ParseError(String kind, String msg, String filename, int line, int offset, int endLine,
                      int endOffset, String text) {
        super(kind + ": " + msg + " (" + filename + ", line " + line + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.text = text;
    }
}
