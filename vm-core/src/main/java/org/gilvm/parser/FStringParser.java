package org.gilvm.parser;

import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.lexer.Source;
import org.gilvm.lexer.Token;

/**
 * The contents of one f-string token, as CPython 3.11's {@code string_parser.c}: literal
 * text with doubled-brace escapes, and replacement fields
 * <code>{expr[=][!conv][:spec]}</code> whose spec may nest fields one level deep.
 *
 * <p>Each field's expression is parsed by a separate {@link ExpressionParser} over the same
 * source text, so its nodes carry their real positions in the file. CPython gives the field
 * and literal nodes the location of the whole string concatenation, and a format spec that of
 * its own token; so do we.
 */
final class FStringParser {
    private final ExpressionParser p;
    private final Source src;
    private final Loc whole;
    private final Loc tokenLoc;
    private final boolean raw;
    private final int end;
    private int s;

    private FStringParser(ExpressionParser p, Token t, int start, int end, boolean raw, Loc whole) {
        this.p = p;
        this.src = p.src;
        this.whole = whole;
        this.tokenLoc = ParserBase.tokLoc(t);
        this.raw = raw;
        this.s = start;
        this.end = end;
    }

    /** Adds the parts of the f-string body {@code [start, end)} of token {@code t} to {@code state}. */
    static void parse(ExpressionParser p, StringParser.State state, Token t, int start, int end,
                      boolean raw, Loc whole) {
        new FStringParser(p, t, start, end, raw, whole).concat(state, 0);
    }

    private int cp(int i) {
        return i < end ? src.at(i) : -1;
    }

    private ParseError error(String msg) {
        return p.hard(p.atLastToken(msg));
    }

    /** {@code _PyPegen_FstringParser_ConcatFstring}. */
    private void concat(StringParser.State state, int recurseLvl) {
        state.fmode = true;
        for (;;) {
            if (findLiteral(state, recurseLvl)) continue;
            if (s >= end || cp(s) == '}') break;
            findExpr(state, recurseLvl);
        }
        if (recurseLvl != 0 && cp(s) != '}') throw error("f-string: expecting '}'");
    }

    /**
     * Literal text up to an undoubled brace. Returns true after a doubled brace, whose first
     * half ends the literal (<code>"a{{"</code> yields <code>"a{"</code>).
     */
    private boolean findLiteral(StringParser.State state, int recurseLvl) {
        int literalStart = s;
        while (s < end) {
            int ch = cp(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = cp(s++);
                if (ch == 'N') {
                    // Skip "\N{NAME}" so its brace does not start a field.
                    if (s < end && cp(s++) == '{') {
                        while (s < end && cp(s++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                // Doubled braces are only escapes at the top level: in f'{0:{3}}' the two
                // closing braces end two fields.
                if (recurseLvl == 0) {
                    if (s < end && cp(s) == ch) {
                        appendLiteral(state, literalStart, s);
                        s++;
                        return true;
                    }
                    if (ch == '}') {
                        s--;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        appendLiteral(state, literalStart, s);
        return false;
    }

    private void appendLiteral(StringParser.State state, int a, int b) {
        if (a == b) return;
        try {
            state.append(raw ? src.text(a, b) : StringLiteralDecoder.decodeStr(src, a, b));
        } catch (StringLiteralDecoder.DecodeError e) {
            throw error(e.getMessage());
        }
    }

    /** A replacement field starting at the '{' at {@code s}. */
    private void findExpr(StringParser.State state, int recurseLvl) {
        if (recurseLvl >= 2) throw error("f-string: expressions nested too deeply");
        s++;
        int exprStart = s;
        int quoteChar = 0;
        int stringType = 0;
        int depth = 0;
        int[] parens = new int[200];
        for (; s < end; s++) {
            int ch = cp(s);
            if (ch == '\\') throw error("f-string expression part cannot include a backslash");
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (s + 2 < end && cp(s + 1) == ch && cp(s + 2) == ch) {
                            s += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (s + 2 < end && cp(s + 1) == ch && cp(s + 2) == ch) {
                    stringType = 3;
                    s += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= parens.length) throw error("f-string: too many nested parenthesis");
                parens[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (s + 1 < end) {
                    int nx = cp(s + 1);
                    if (nx == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        s++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) throw error("f-string: unmatched '" + (char) ch + "'");
                int opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}'))) {
                    throw error("f-string: closing parenthesis '" + (char) ch
                            + "' does not match opening parenthesis '" + (char) opening + "'");
                }
            }
        }
        int exprEnd = s;
        if (quoteChar != 0) throw error("f-string: unterminated string");
        if (depth != 0) throw error("f-string: unmatched '" + (char) parens[depth - 1] + "'");
        if (s >= end) throw error("f-string: expecting '}'");

        Expr value = compileExpr(exprStart, exprEnd);

        String exprText = null;
        if (cp(s) == '=') {
            s++;
            while (s < end && isSpace(cp(s))) s++;
            if (s >= end) throw error("f-string: expecting '}'");
            exprText = src.text(exprStart, s);
        }
        int conversion = -1;
        if (cp(s) == '!') {
            s++;
            if (s >= end) throw error("f-string: expecting '}'");
            conversion = cp(s++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (cp(s) == ':') {
            s++;
            if (s >= end) throw error("f-string: expecting '}'");
            StringParser.State spec = new StringParser.State();
            concat(spec, recurseLvl + 1);
            formatSpec = spec.finish(tokenLoc);
        }
        if (s >= end || cp(s) != '}') throw error("f-string: expecting '}'");
        s++;
        // "{x=}" shows repr(x) unless a conversion or format spec says otherwise.
        if (exprText != null && formatSpec == null && conversion == -1) conversion = 'r';

        if (exprText != null) state.append(exprText);
        state.flush(whole);
        state.parts.add(new Expr.FormattedValue(value, conversion, formatSpec, whole));
    }

    private Expr compileExpr(int exprStart, int exprEnd) {
        int k = exprStart;
        while (k < exprEnd) {
            int c = cp(k);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') break;
            k++;
        }
        if (k == exprEnd) {
            int ec = cp(exprEnd);
            if (ec == '!' || ec == ':' || ec == '=') {
                throw error("f-string: expression required before '" + (char) ec + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        try {
            return p.fstringField(exprStart, exprEnd);
        } catch (ParseError e) {
            throw p.hard(e);
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }
}
