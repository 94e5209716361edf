package org.gilvm.parser;

import org.gilvm.ast.Loc;
import org.gilvm.ast.Node;
import org.gilvm.lexer.FStringOrigin;
import org.gilvm.lexer.Source;
import org.gilvm.lexer.Token;
import org.gilvm.lexer.TokenKind;
import org.gilvm.lexer.TokenList;

import java.util.function.Supplier;

/**
 * Token cursor and error reporting shared by the recursive-descent parsers.
 *
 * <p>How errors mirror CPython's two-pass PEG parser:
 * <ul>
 *   <li>A rule that cannot continue throws {@link Backtrack}; if nothing catches it the error
 *       is "invalid syntax" at the furthest token ever looked at ({@link #maxPeek}), which is
 *       where CPython's first pass reports it.</li>
 *   <li>CPython's "invalid_*" rules (second pass) become checks made where the parse is about
 *       to fail anyway, throwing a specific {@link ParseError} at once. Speculative parses
 *       ({@link #attempt}) treat those as failures; {@link #quiet} switches them off inside
 *       diagnostic probes, like CPython's {@code _without_invalid} rules.</li>
 *   <li>Errors CPython raises in its first pass (tokenizer errors, forced tokens
 *       {@code &&':'}, bad string literals) are "hard": nothing backtracks over them.</li>
 * </ul>
 */
abstract class ParserBase {

    /** A rule failed to match; carries nothing, as the error site is {@link #maxPeek}. */
    static final class Backtrack extends RuntimeException {
        Backtrack() {
            super(null, null, false, false);
        }
    }

    final Source src;
    final Token[] toks;
    final TokenList tokenList;
    /** Set when parsing an f-string replacement field: errors are reported relative to it. */
    final FStringOrigin origin;
    int pos;
    /**
     * Index of the furthest token looked at by the parse proper; probes for error messages
     * restore it, as CPython takes generic error locations from its first pass.
     */
    int maxPeek;
    /** Index of the furthest token looked at by anything, probes included (CPython's fill). */
    int maxFetch;
    /** Greater than zero while probing: specific-error checks are off. */
    int quiet;
    /** The hard error being thrown, if any (see class comment). */
    private ParseError hardError;

    ParserBase(Source src, Token[] toks, TokenList tokenList, FStringOrigin origin) {
        this.src = src;
        this.toks = toks;
        this.tokenList = tokenList;
        this.origin = origin;
    }

    // ---------------------------------------------------------------- cursor

    final Token peek() {
        if (pos > maxPeek) {
            maxPeek = pos;
            if (pos > maxFetch) maxFetch = pos;
        }
        Token t = toks[pos];
        if (t.kind() == TokenKind.ERROR) throw tokenList.error();
        return t;
    }

    final TokenKind kind() {
        return peek().kind();
    }

    /** The kind of the token {@code k} ahead (an ERROR token, if any, is always the last). */
    final TokenKind kind(int k) {
        int i = Math.min(pos + k, toks.length - 1);
        if (i > maxPeek) {
            maxPeek = i;
            if (i > maxFetch) maxFetch = i;
        }
        if (toks[i].kind() == TokenKind.ERROR) throw tokenList.error();
        return toks[i].kind();
    }

    /** The kind {@code k} tokens ahead, for second-pass checks: does not count as read. */
    final TokenKind kindUntracked(int k) {
        return toks[Math.min(pos + k, toks.length - 1)].kind();
    }

    final boolean at(TokenKind k) {
        return kind() == k;
    }

    final Token next() {
        Token t = peek();
        pos++;
        return t;
    }

    final boolean accept(TokenKind k) {
        if (kind() == k) {
            pos++;
            return true;
        }
        return false;
    }

    final Token expect(TokenKind k) {
        if (kind() != k) throw fail();
        return next();
    }

    static Backtrack fail() {
        return new Backtrack();
    }

    // ---------------------------------------------------------------- speculation

    /**
     * Tries an alternative as CPython's first pass would, with specific-error checks off; if
     * it fails, restores the position and returns null. Hard errors propagate.
     */
    final <T> T attempt(Supplier<T> alt) {
        int save = pos;
        quiet++;
        try {
            return alt.get();
        } catch (Backtrack b) {
            pos = save;
            return null;
        } catch (ParseError e) {
            if (isHard(e)) throw e;
            pos = save;
            return null;
        } finally {
            quiet--;
        }
    }

    /**
     * Parses {@code what} only to see whether it would succeed, for one of CPython's
     * second-pass "invalid_*" rules: position and {@link #maxPeek} are restored, a plain
     * failure gives null, and specific errors found inside propagate (as in CPython's second
     * pass, where every invalid rule is live).
     */
    final <T> T probe(Supplier<T> what) {
        int save = pos;
        int saveMax = maxPeek;
        try {
            return what.get();
        } catch (Backtrack b) {
            return null;
        } finally {
            pos = save;
            maxPeek = saveMax;
        }
    }

    /**
     * Like {@link #probe} with all specific-error checks off, for CPython's
     * {@code _without_invalid} rules.
     */
    final <T> T probeQuiet(Supplier<T> what) {
        int save = pos;
        int saveMax = maxPeek;
        quiet++;
        try {
            return what.get();
        } catch (Backtrack b) {
            return null;
        } catch (ParseError e) {
            if (isHard(e)) throw e;
            return null;
        } finally {
            quiet--;
            pos = save;
            maxPeek = saveMax;
        }
    }

    final ParseError hard(ParseError e) {
        hardError = e;
        return e;
    }

    final boolean isHard(ParseError e) {
        return e == hardError || e == tokenList.error();
    }

    /** A specific error, or a plain failure while probing. */
    final RuntimeException soft(Supplier<ParseError> e) {
        return quiet > 0 ? fail() : e.get();
    }

    // ---------------------------------------------------------------- locations

    static Loc tokLoc(Token t) {
        return new Loc(t.line(), t.col(), t.endLine(), t.endCol());
    }

    /**
     * From the start of {@code start} to the end of the last token consumed, skipping
     * NEWLINE/INDENT/DEDENT as CPython's {@code _PyPegen_get_last_nonnwhitespace_token} does.
     */
    final Loc locFrom(Token start) {
        Token e = lastRealToken();
        return new Loc(start.line(), start.col(), e.endLine(), e.endCol());
    }

    final Loc locFrom(Loc start) {
        Token e = lastRealToken();
        return new Loc(start.line(), start.col(), e.endLine(), e.endCol());
    }

    final Token lastRealToken() {
        for (int i = pos - 1; i > 0; i--) {
            TokenKind k = toks[i].kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) return toks[i];
        }
        return toks[0];
    }

    // ---------------------------------------------------------------- errors

    /**
     * An error with CPython's positions; the quoted line carries its newline when it is the
     * line the tokenizer was on (CPython copies the tokenizer's buffer in that case and cuts the
     * line from the source otherwise).
     */
    final ParseError errorAt(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        if (origin != null) {
            boolean current = line >= toks[Math.min(maxFetch, toks.length - 1)].endLine();
            return origin.error(kind, msg, src.filename(), line, offset, endLine, endOffset, true, current);
        }
        String text = errorText(line);
        // CPython converts both offsets against the first line's text, which clips an end on
        // a later line to that line's length.
        int max = src.lineText(line).length() + 1;
        if (offset > max) offset = max;
        if (endOffset > max) endOffset = max;
        return new ParseError(kind, msg, src.filename(), line, offset, endLine, endOffset, text);
    }

    /**
     * The line CPython quotes. If the tokenizer has not gone past {@code line}, CPython copies
     * its buffer, which also holds earlier lines when the last token started on them (a
     * multi-line string) or was reached by backslash continuation; otherwise it cuts the line
     * out of the source, without newline.
     */
    private String errorText(int line) {
        Token far = toks[Math.min(maxFetch, toks.length - 1)];
        int tokLine = far.endLine();
        if (line < tokLine) return src.lineText(line);
        int first = Math.min(line, tokLine);
        for (;;) {
            if (first <= 1) break;
            if (crossedInsideToken(first - 1)) first--;
            else break;
        }
        StringBuilder sb = new StringBuilder();
        for (int l = first; l <= line; l++) sb.append(src.lineWithNewline(l));
        return sb.toString();
    }

    /** Whether the tokenizer went from line {@code l} to the next in the middle of a token. */
    private boolean crossedInsideToken(int l) {
        int limit = Math.min(maxFetch, toks.length - 1);
        for (int i = limit; i >= 0; i--) {
            Token t = toks[i];
            if (t.endLine() < l) break;
            if (t.line() <= l && t.endLine() > l) return true;
        }
        String text = src.lineText(l);
        if (!text.endsWith("\\")) return false;
        // A backslash ending a line after a token continues the token's line (unless it is in
        // a comment); one on a line of its own is read with the indentation, which does not.
        for (int i = limit; i >= 0; i--) {
            Token t = toks[i];
            if (t.endLine() < l) break;
            TokenKind k = t.kind();
            if (t.endLine() == l && k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
                return text.indexOf('#', t.endCol()) < 0;
            }
        }
        return false;
    }

    private static boolean isWhitespaceToken(Token t) {
        return t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT
                || t.kind() == TokenKind.ENDMARKER;
    }

    /** CPython's RAISE_..._KNOWN_LOCATION on a token. */
    final ParseError atToken(Token t, String msg) {
        if (isWhitespaceToken(t)) return errorAt("SyntaxError", msg, t.line(), 0, t.line(), 0);
        return errorAt("SyntaxError", msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    /** CPython's RAISE_SYNTAX_ERROR: located at the last token read (by anything). */
    final ParseError atLastToken(String kind, String msg) {
        Token t = toks[Math.min(maxFetch, toks.length - 1)];
        if (isWhitespaceToken(t)) return errorAt(kind, msg, t.line(), t.col(), t.line(), -1);
        return errorAt(kind, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    final ParseError atLastToken(String msg) {
        return atLastToken("SyntaxError", msg);
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node. */
    final ParseError atNode(Node n, String msg) {
        Loc l = n.loc();
        return errorAt("SyntaxError", msg, l.line(), l.col() + 1, l.endLine(), l.endCol() + 1);
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE. */
    final ParseError between(Loc a, Loc b, String msg) {
        return errorAt("SyntaxError", msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    /**
     * CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from {@code t} to where the tokenizer has
     * read, i.e. the end of the furthest token.
     */
    final ParseError startingFrom(Token t, String msg) {
        Token f = toks[Math.min(maxFetch, toks.length - 1)];
        return errorAt("SyntaxError", msg, t.line(), t.col() + 1, f.endLine(), f.endCol());
    }

    /**
     * Nesting too deep for the Java stack. (CPython 3.11 raises MemoryError past its parser's
     * depth limit; 3.12 says "too many nested parentheses", which we use.)
     */
    final ParseError tooDeep() {
        Token t = toks[Math.min(pos, toks.length - 1)];
        return new ParseError("SyntaxError", "too many nested parentheses", src.filename(), t.line(),
                t.col() + 1, t.endLine(), t.endCol() + 1, src.lineWithNewline(t.line()));
    }

    /** "invalid syntax" (or an indentation complaint) at the furthest token. */
    final ParseError genericError() {
        Token t = toks[Math.min(maxPeek, toks.length - 1)];
        // CPython raises these without looking for tokenizer errors further on.
        if (t.kind() == TokenKind.INDENT || t.kind() == TokenKind.DEDENT) {
            String msg = t.kind() == TokenKind.INDENT ? "unexpected indent" : "unexpected unindent";
            return unexpectedIndent = errorAt("IndentationError", msg, t.line(), t.col(), t.line(), -1);
        }
        return atToken(t, "invalid syntax");
    }

    private ParseError unexpectedIndent;

    /**
     * The error to report for a failed parse. CPython re-tokenizes the rest of the input after
     * a parser error and prefers a tokenizer error found there; an unclosed bracket wins only
     * over errors on later lines.
     */
    final ParseError finalError(ParseError err) {
        ParseError tokErr = tokenList.error();
        if (tokErr == null || err == tokErr || err == unexpectedIndent) return err;
        if (tokenList.overridesParserErrors()) return tokErr;
        int unclosed = tokenList.unclosedParenLine();
        if (unclosed > 0 && toks[Math.min(maxFetch, toks.length - 1)].line() > unclosed) return tokErr;
        return err;
    }
}
