package org.gilvm.parser;

import org.gilvm.ast.Expr;
import org.gilvm.ast.Mod;
import org.gilvm.lexer.Source;
import org.gilvm.lexer.TokenList;
import org.gilvm.lexer.Tokenizer;

/**
 * Entry points of the Python 3.11 parser: source text in, AST out, or a {@link ParseError}
 * worded and positioned as CPython 3.11 reports it.
 *
 * <p>The parser is hand-written recursive descent, one method per rule of CPython's
 * {@code Grammar/python.gram} ({@link StatementParser}, {@link ExpressionParser}), over the
 * tokens of {@link Tokenizer}. Not supported: {@code match} statements and {@code except*}.
 */
public final class Parser {
    private Parser() {}

    /**
     * Parses a module (CPython's {@code exec} mode).
     *
     * @param source   the program text
     * @param filename the file name recorded in errors
     * @throws ParseError on a syntax, indentation or tab error
     */
    public static Mod parse(String source, String filename) {
        Source src = source(source, filename, true);
        TokenList tokens = Tokenizer.tokenize(src);
        return new StatementParser(src, tokens).parseFile();
    }

    /**
     * Parses a single expression, as for {@code eval()} (CPython's {@code eval} mode:
     * {@code expressions NEWLINE* ENDMARKER}). Like CPython's parser it does not strip
     * leading whitespace; {@code eval()} itself does that before calling.
     *
     * @throws ParseError on a syntax error
     */
    public static Expr parseExpression(String source, String filename) {
        Source src = source(source, filename, false);
        TokenList tokens = Tokenizer.tokenize(src);
        return new StatementParser(src, tokens).parseEval();
    }

    private static Source source(String source, String filename, boolean fileInput) {
        if (source.indexOf('\0') >= 0) {
            throw new ParseError("SyntaxError", "source code string cannot contain null bytes", filename,
                    0, 0, 0, 0, null);
        }
        return Source.of(source, filename, fileInput);
    }
}
