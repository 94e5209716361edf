package org.gilvm.lexer;

import org.gilvm.parser.ParseError;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11's tokenizer, following CPython's {@code Parser/tokenizer.c}: indentation stack
 * with INDENT/DEDENT, NEWLINE only at the end of logical lines, implicit joining inside
 * brackets, backslash continuation, every literal form, and CPython's error messages and
 * positions.
 *
 * <p>Errors do not throw: the token list stops at an {@link TokenKind#ERROR} token and the
 * error travels in the {@link TokenList}, so that the parser raises it only on reaching it,
 * as CPython's lazy tokenizer does.
 */
public final class Tokenizer {
    private static final int TAB_SIZE = 8;
    /** CPython's MAXINDENT: at most 99 nested indentation levels. */
    private static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL for bracket nesting. */
    private static final int MAX_LEVEL = 200;

    private final Source src;
    private final boolean trivia;
    private final int limit;
    private final FStringOrigin origin;
    private final ArrayList<Token> out = new ArrayList<>();

    private int pos;
    private int line;
    private int lineStart;
    private boolean atBol;

    private final int[] indStack = new int[MAX_INDENT + 1];
    private final int[] altIndStack = new int[MAX_INDENT + 1];
    private int indent;

    private final int[] parenChar = new int[MAX_LEVEL + 1];
    private final int[] parenLine = new int[MAX_LEVEL + 1];
    private final int[] parenCol = new int[MAX_LEVEL + 1];
    private int level;

    private ParseError error;
    private boolean overrides;
    private int unclosedLine;

    private Tokenizer(Source src, boolean trivia, int start, int limit, FStringOrigin origin) {
        this.src = src;
        this.trivia = trivia;
        this.limit = limit;
        this.origin = origin;
        this.pos = start;
        this.line = src.lineOf(start);
        this.lineStart = src.lineStart(line);
        this.atBol = origin == null;
    }

    /** Tokenizes a whole file for the parser (no NL or COMMENT tokens). */
    public static TokenList tokenize(Source src) {
        return tokenize(src, false);
    }

    /**
     * Tokenizes a whole file.
     *
     * @param keepTrivia also produce NL and COMMENT tokens, like Python's {@code tokenize}
     */
    public static TokenList tokenize(Source src, boolean keepTrivia) {
        Tokenizer t = new Tokenizer(src, keepTrivia, 0, src.length(), null);
        t.run();
        return t.result();
    }

    /**
     * Tokenizes the expression of an f-string replacement field, code points
     * {@code [start, end)} of {@code src}. CPython parses that text inside parentheses, so
     * tokenizing starts at bracket depth 1 (newlines are insignificant) and stops at
     * {@code end} without NEWLINE or ENDMARKER; the caller adds the brackets and end tokens.
     */
    public static TokenList tokenizeFStringExpression(Source src, int start, int end,
                                                      FStringOrigin origin) {
        Tokenizer t = new Tokenizer(src, false, start, end, origin);
        t.parenChar[0] = '(';
        t.parenLine[0] = origin.line();
        t.parenCol[0] = origin.col();
        t.level = 1;
        t.run();
        return t.result();
    }

    private TokenList result() {
        return new TokenList(List.copyOf(out), error, overrides, unclosedLine);
    }

    private void run() {
        while (error == null && step()) {
            // keep going
        }
    }

    private int cp(int i) {
        return i < limit ? src.at(i) : -1;
    }

    // ---------------------------------------------------------------- driver

    /** Produces the next token(s); false when finished. */
    private boolean step() {
        if (atBol) {
            atBol = false;
            if (!lineStartIndentation()) return false;
            if (atBol) return true; // a blank line was skipped
        }
        return scanToken();
    }

    /**
     * At the start of a line: skips blank and comment-only lines, and otherwise compares the
     * indentation with the stack. Tabs advance to the next multiple of 8; the "alternate"
     * column counts a tab as one column, and the two must agree in ordering or the
     * indentation is ambiguous (TabError), as in CPython.
     */
    private boolean lineStartIndentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        int p = pos;
        for (;;) {
            int c = cp(p);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split over lines with backslashes: the first one
                // found decides the level of what follows (as CPython).
                contLineCol = contLineCol != 0 ? contLineCol : col;
                if (cp(p + 1) != '\n') {
                    pos = p;
                    return doneError("SyntaxError", "unexpected character after line continuation character",
                            p - lineStart + 2, 0);
                }
                p += 2;
                pos = p;
                newLine();
                if (p >= limit) return unexpectedEof();
                continue;
            } else {
                break;
            }
            p++;
        }
        int c = cp(p);
        if (c == '#' || c == '\n') {
            if (c == '#') {
                int cs = p;
                while (p < limit && cp(p) != '\n') p++;
                if (trivia) add(TokenKind.COMMENT, src.text(cs, p), cs, p);
            }
            if (trivia) add(TokenKind.NL, "\n", p, p + 1);
            pos = p + 1;
            newLine();
            atBol = true;
            return true;
        }
        if (level == 0) {
            if (contLineCol != 0) {
                col = contLineCol;
                altcol = contLineCol;
            }
            if (col == indStack[indent]) {
                if (altcol != altIndStack[indent]) return tabError();
            } else if (col > indStack[indent]) {
                if (indent + 1 >= MAX_INDENT) {
                    return doneError("IndentationError", "too many levels of indentation", 1, 0);
                }
                if (altcol <= altIndStack[indent]) return tabError();
                indent++;
                indStack[indent] = col;
                altIndStack[indent] = altcol;
                addIndentToken(TokenKind.INDENT, p);
            } else {
                int dedents = 0;
                while (indent > 0 && col < indStack[indent]) {
                    indent--;
                    dedents++;
                }
                if (col != indStack[indent]) {
                    int len = src.lineStart(line + 1) - lineStart;
                    return doneError("IndentationError",
                            "unindent does not match any outer indentation level", len, -1);
                }
                if (altcol != altIndStack[indent]) return tabError();
                for (int i = 0; i < dedents; i++) addIndentToken(TokenKind.DEDENT, p);
            }
        }
        pos = p;
        return true;
    }

    private boolean scanToken() {
        int c;
        for (;;) {
            c = cp(pos);
            if (c == ' ' || c == '\t' || c == '\f') pos++;
            else break;
        }
        int start = pos;
        int commentStart = -1;
        if (c == '#') {
            commentStart = pos;
            while (pos < limit && cp(pos) != '\n') pos++;
            if (trivia) add(TokenKind.COMMENT, src.text(commentStart, pos), commentStart, pos);
            c = cp(pos);
        }
        if (c == -1) return endOfInput();
        if (c == '\n') {
            pos++;
            if (level > 0) {
                if (trivia) add(TokenKind.NL, "\n", pos - 1, pos);
            } else {
                int s = commentStart >= 0 ? commentStart : start;
                out.add(new Token(TokenKind.NEWLINE, "\n", line, s - lineStart, line,
                        pos - 1 - lineStart, s, pos - 1, level));
            }
            newLine();
            atBol = true;
            return true;
        }
        if (isIdentifierStart(c)) return nameOrPrefixedString(start);
        if (isDigit(c) || (c == '.' && isDigit(cp(pos + 1)))) return number(start);
        if (c == '"' || c == '\'') return string(start, pos);
        if (c == '\\') {
            if (cp(pos + 1) != '\n') {
                return doneError("SyntaxError",
                        "unexpected character after line continuation character",
                        pos - lineStart + 2, 0);
            }
            pos += 2;
            newLine();
            if (pos >= limit) {
                if (origin != null) return false;
                return unexpectedEof();
            }
            return true;
        }
        return operator(c, start);
    }

    /** End of input right after a backslash continuation. */
    private boolean unexpectedEof() {
        if (level > 0) return endOfInput();
        return doneError("SyntaxError", "unexpected EOF while parsing", eofLine(), eofCol(), -1);
    }

    private boolean endOfInput() {
        if (origin != null) return false;
        if (level > 0) {
            int l = parenLine[level - 1];
            unclosedLine = l;
            fail(new ParseError("SyntaxError",
                    "'" + (char) parenChar[level - 1] + "' was never closed", src.filename(), l,
                    parenCol[level - 1] + 1, l, 0,
                    l >= src.lineCount() ? src.lineWithNewline(l) : src.lineText(l)), false);
            return false;
        }
        out.add(new Token(TokenKind.ENDMARKER, "", eofLine(), eofCol(), eofLine(), eofCol(), pos,
                pos, 0));
        return false;
    }

    /** CPython reports end-of-file positions on the last line, after its newline. */
    private int eofLine() {
        return Math.max(src.lineCount(), 1);
    }

    private int eofCol() {
        return src.lineCount() == 0 ? 0 : src.length() - src.lineStart(src.lineCount());
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    // ---------------------------------------------------------------- names and strings

    private boolean nameOrPrefixedString(int start) {
        // The legal prefixes, in any case: b r u f br rb fr rf.
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int p = pos;
        for (;;) {
            int ch = cp(p);
            if (!(sawB || sawU || sawF) && (ch == 'b' || ch == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (ch == 'u' || ch == 'U')) sawU = true;
            else if (!(sawR || sawU) && (ch == 'r' || ch == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (ch == 'f' || ch == 'F')) sawF = true;
            else break;
            p++;
            int q = cp(p);
            if (q == '"' || q == '\'') return string(start, p);
        }
        int e = pos;
        boolean nonAscii = false;
        for (;;) {
            int ch = cp(e);
            if (!isIdentifierChar(ch)) break;
            if (ch >= 128) nonAscii = true;
            e++;
        }
        if (nonAscii && !verifyIdentifier(pos, e)) return false;
        String raw = src.text(pos, e);
        TokenKind kind;
        String text;
        if (nonAscii) {
            // Keywords are matched before normalization, as in CPython; identifiers are NFKC.
            kind = TokenKind.NAME;
            text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        } else {
            kind = TokenKind.keywordOrName(raw);
            text = kind == TokenKind.NAME ? raw : kind.symbol;
        }
        add(kind, text, start, e);
        pos = e;
        return true;
    }

    private boolean verifyIdentifier(int s, int e) {
        for (int i = s; i < e; i++) {
            int ch = cp(i);
            boolean ok = i == s
                    ? ch == '_' || Character.isUnicodeIdentifierStart(ch)
                    : Character.isUnicodeIdentifierPart(ch) && !Character.isIdentifierIgnorable(ch);
            if (!ok) {
                String hex = String.format("%04X", ch);
                String msg = isPrintable(ch)
                        ? "invalid character '" + Character.toString(ch) + "' (U+" + hex + ")"
                        : "invalid non-printable character U+" + hex;
                return syntaxError(msg, i + 1 - lineStart);
            }
        }
        return true;
    }

    /** Scans a string literal whose prefix starts at {@code start} and quote is at {@code q}. */
    private boolean string(int start, int q) {
        int quote = cp(q);
        int startLine = line;
        int startLineStart = lineStart;
        int p = q + 1;
        int quoteSize = 1;
        int endQuoteSize = 0;
        if (cp(p) == quote) {
            if (cp(p + 1) == quote) {
                quoteSize = 3;
                p += 2;
            } else {
                endQuoteSize = 1; // the empty string
                p++;
            }
        }
        while (endQuoteSize != quoteSize) {
            int c = cp(p);
            if (c == -1 || (quoteSize == 1 && c == '\n')) {
                int detected = c == -1 ? Math.min(line, Math.max(src.lineCount(), 1)) : line;
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")";
                int off = start + 1 - startLineStart;
                return fail(makeError("SyntaxError", msg, startLine, off, startLine, off,
                        src.lineText(startLine)), true);
            }
            p++;
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    int esc = cp(p);
                    if (esc != -1) {
                        p++;
                        if (esc == '\n') {
                            line++;
                            lineStart = p;
                        }
                    }
                } else if (c == '\n') {
                    line++;
                    lineStart = p;
                }
            }
        }
        out.add(new Token(TokenKind.STRING, src.text(start, p), startLine, start - startLineStart,
                line, p - lineStart, start, p, level));
        pos = p;
        return true;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Scans a number exactly as CPython's tokenizer does, so that malformed literals fail with
     * the same message at the same column. {@code pos} stays on the character being looked at.
     */
    private boolean number(int start) {
        int c = cp(pos);
        if (c == '.') {
            pos++;
            return fraction(start);
        }
        if (c == '0') {
            pos++;
            c = cp(pos);
            if (c == 'x' || c == 'X') return radixNumber(start, 16, "hexadecimal");
            if (c == 'o' || c == 'O') return radixNumber(start, 8, "octal");
            if (c == 'b' || c == 'B') return radixNumber(start, 2, "binary");
            boolean nonzero = false;
            for (;;) {
                if (c == '_') {
                    pos++;
                    c = cp(pos);
                    if (!isDigit(c)) return syntaxError("invalid decimal literal", pos - lineStart);
                }
                if (c != '0') break;
                pos++;
                c = cp(pos);
            }
            int zerosEnd = pos + 1;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
                if (c == -2) return false;
            }
            if (c == '.') {
                pos++;
                return fraction(start);
            }
            if (c == 'e' || c == 'E') return exponent(start);
            if (c == 'j' || c == 'J') return imaginary(start);
            if (nonzero) {
                return syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers",
                        start + 1 - lineStart, zerosEnd - lineStart);
            }
            if (!verifyEndOfNumber(c, "decimal")) return false;
            return addNumber(start);
        }
        c = decimalTail();
        if (c == -2) return false;
        if (c == '.') {
            pos++;
            return fraction(start);
        }
        if (c == 'e' || c == 'E') return exponent(start);
        if (c == 'j' || c == 'J') return imaginary(start);
        if (!verifyEndOfNumber(c, "decimal")) return false;
        return addNumber(start);
    }

    private boolean radixNumber(int start, int radix, String kind) {
        pos++;
        int c = cp(pos);
        do {
            if (c == '_') {
                pos++;
                c = cp(pos);
            }
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    return syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal",
                            pos + 1 - lineStart);
                }
                return syntaxError("invalid " + kind + " literal", pos - lineStart);
            }
            do {
                pos++;
                c = cp(pos);
            } while (isRadixDigit(c, radix));
        } while (c == '_');
        if (radix != 16 && isDigit(c)) {
            return syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal",
                    pos + 1 - lineStart);
        }
        if (!verifyEndOfNumber(c, kind)) return false;
        return addNumber(start);
    }

    /** After the '.', at the first fraction digit if any. */
    private boolean fraction(int start) {
        int c = cp(pos);
        if (isDigit(c)) {
            c = decimalTail();
            if (c == -2) return false;
        }
        if (c == 'e' || c == 'E') return exponent(start);
        if (c == 'j' || c == 'J') return imaginary(start);
        if (!verifyEndOfNumber(c, "decimal")) return false;
        return addNumber(start);
    }

    /** At the 'e' of an exponent. */
    private boolean exponent(int start) {
        int ePos = pos;
        pos++;
        int c = cp(pos);
        if (c == '+' || c == '-') {
            pos++;
            c = cp(pos);
            if (!isDigit(c)) return syntaxError("invalid decimal literal", pos - lineStart);
        } else if (!isDigit(c)) {
            // "1else": the number ends before the 'e'.
            pos = ePos;
            if (!verifyEndOfNumber(cp(ePos), "decimal")) return false;
            return addNumber(start);
        }
        c = decimalTail();
        if (c == -2) return false;
        if (c == 'j' || c == 'J') return imaginary(start);
        if (!verifyEndOfNumber(c, "decimal")) return false;
        return addNumber(start);
    }

    /** At the 'j'. */
    private boolean imaginary(int start) {
        pos++;
        if (!verifyEndOfNumber(cp(pos), "imaginary")) return false;
        return addNumber(start);
    }

    /** From a digit at {@code pos}: digits with single underscores between; the char after. */
    private int decimalTail() {
        for (;;) {
            int c;
            do {
                pos++;
                c = cp(pos);
            } while (isDigit(c));
            if (c != '_') return c;
            pos++;
            c = cp(pos);
            if (!isDigit(c)) {
                syntaxError("invalid decimal literal", pos - lineStart);
                return -2;
            }
        }
    }

    /**
     * A number directly followed by a name is an error, except before the keywords that may
     * follow a number in valid code ({@code 1if x else y}); CPython only warns about those.
     */
    private boolean verifyEndOfNumber(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = cp(pos + 1);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keyword) return true;
        // Only ASCII: "2Δ" is a number and a name (which the parser then rejects).
        if (c < 128 && isIdentifierChar(c)) return syntaxError("invalid " + kind + " literal", pos - lineStart);
        return true;
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (cp(pos + 1 + i) != rest.charAt(i)) return false;
        }
        return true;
    }

    private boolean addNumber(int start) {
        add(TokenKind.NUMBER, src.text(start, pos), start, pos);
        return true;
    }

    // ---------------------------------------------------------------- operators

    private boolean operator(int c, int start) {
        int c1 = cp(pos + 1);
        int c2 = cp(pos + 2);
        TokenKind k;
        int len = 1;
        switch (c) {
            case '(' -> k = TokenKind.LPAR;
            case ')' -> k = TokenKind.RPAR;
            case '[' -> k = TokenKind.LSQB;
            case ']' -> k = TokenKind.RSQB;
            case '{' -> k = TokenKind.LBRACE;
            case '}' -> k = TokenKind.RBRACE;
            case ',' -> k = TokenKind.COMMA;
            case ';' -> k = TokenKind.SEMI;
            case '~' -> k = TokenKind.TILDE;
            case ':' -> {
                if (c1 == '=') { k = TokenKind.COLONEQUAL; len = 2; } else k = TokenKind.COLON;
            }
            case '.' -> {
                if (c1 == '.' && c2 == '.') { k = TokenKind.ELLIPSIS; len = 3; } else k = TokenKind.DOT;
            }
            case '=' -> {
                if (c1 == '=') { k = TokenKind.EQEQUAL; len = 2; } else k = TokenKind.EQUAL;
            }
            case '!' -> {
                if (c1 == '=') { k = TokenKind.NOTEQUAL; len = 2; } else k = TokenKind.OP;
            }
            case '+' -> {
                if (c1 == '=') { k = TokenKind.PLUSEQUAL; len = 2; } else k = TokenKind.PLUS;
            }
            case '-' -> {
                if (c1 == '=') { k = TokenKind.MINEQUAL; len = 2; }
                else if (c1 == '>') { k = TokenKind.RARROW; len = 2; }
                else k = TokenKind.MINUS;
            }
            case '*' -> {
                if (c1 == '*') {
                    if (c2 == '=') { k = TokenKind.DOUBLESTAREQUAL; len = 3; }
                    else { k = TokenKind.DOUBLESTAR; len = 2; }
                } else if (c1 == '=') { k = TokenKind.STAREQUAL; len = 2; }
                else k = TokenKind.STAR;
            }
            case '/' -> {
                if (c1 == '/') {
                    if (c2 == '=') { k = TokenKind.DOUBLESLASHEQUAL; len = 3; }
                    else { k = TokenKind.DOUBLESLASH; len = 2; }
                } else if (c1 == '=') { k = TokenKind.SLASHEQUAL; len = 2; }
                else k = TokenKind.SLASH;
            }
            case '%' -> {
                if (c1 == '=') { k = TokenKind.PERCENTEQUAL; len = 2; } else k = TokenKind.PERCENT;
            }
            case '&' -> {
                if (c1 == '=') { k = TokenKind.AMPEREQUAL; len = 2; } else k = TokenKind.AMPER;
            }
            case '|' -> {
                if (c1 == '=') { k = TokenKind.VBAREQUAL; len = 2; } else k = TokenKind.VBAR;
            }
            case '^' -> {
                if (c1 == '=') { k = TokenKind.CIRCUMFLEXEQUAL; len = 2; } else k = TokenKind.CIRCUMFLEX;
            }
            case '@' -> {
                if (c1 == '=') { k = TokenKind.ATEQUAL; len = 2; } else k = TokenKind.AT;
            }
            case '<' -> {
                if (c1 == '<') {
                    if (c2 == '=') { k = TokenKind.LEFTSHIFTEQUAL; len = 3; }
                    else { k = TokenKind.LEFTSHIFT; len = 2; }
                } else if (c1 == '=') { k = TokenKind.LESSEQUAL; len = 2; }
                else if (c1 == '>') { k = TokenKind.OP; len = 2; } // '<>' only with barry_as_FLUFL
                else k = TokenKind.LESS;
            }
            case '>' -> {
                if (c1 == '>') {
                    if (c2 == '=') { k = TokenKind.RIGHTSHIFTEQUAL; len = 3; }
                    else { k = TokenKind.RIGHTSHIFT; len = 2; }
                } else if (c1 == '=') { k = TokenKind.GREATEREQUAL; len = 2; }
                else k = TokenKind.GREATER;
            }
            default -> {
                if (c < 32 || c == 127) {
                    return syntaxError(String.format("invalid non-printable character U+%04X", c),
                            pos + 1 - lineStart);
                }
                k = TokenKind.OP; // '$', '?', '`': the parser rejects them
            }
        }
        switch (k) {
            case LPAR, LSQB, LBRACE -> {
                if (level >= MAX_LEVEL) {
                    return syntaxError("too many nested parentheses", pos + 1 - lineStart);
                }
                parenChar[level] = c;
                parenLine[level] = line;
                parenCol[level] = pos - lineStart;
                level++;
            }
            case RPAR, RSQB, RBRACE -> {
                if (level == 0) return syntaxError("unmatched '" + (char) c + "'", pos + 1 - lineStart);
                level--;
                int opening = parenChar[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
                        || (opening == '{' && c == '}'))) {
                    String msg = "closing parenthesis '" + (char) c
                            + "' does not match opening parenthesis '" + (char) opening + "'";
                    if (parenLine[level] != line) msg += " on line " + parenLine[level];
                    return syntaxError(msg, pos + 1 - lineStart);
                }
            }
            default -> { }
        }
        String text = k == TokenKind.OP ? src.text(pos, pos + len) : k.symbol;
        add(k, text, start, pos + len);
        pos += len;
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private void add(TokenKind kind, String text, int start, int end) {
        out.add(new Token(kind, text, line, start - lineStart, line, end - lineStart, start, end, level));
    }

    private void addIndentToken(TokenKind kind, int p) {
        int l = p >= limit ? eofLine() : line;
        int c = p >= limit ? eofCol() : p - lineStart;
        out.add(new Token(kind, "", l, c, l, c, p, p, level));
    }

    /**
     * An error CPython raises from inside the tokenizer ({@code syntaxerror()}): its offset is
     * the tokenizer's read position, its text the line without newline, and it overrides
     * parser errors found earlier in the file.
     */
    private boolean syntaxError(String msg, int offset) {
        return syntaxErrorRange(msg, offset, offset);
    }

    private boolean syntaxErrorRange(String msg, int offset, int endOffset) {
        return fail(makeError("SyntaxError", msg, line, offset, line, endOffset, src.lineText(line)), true);
    }

    private boolean tabError() {
        return doneError("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    /**
     * An error CPython reports through the tokenizer's status code when the parser asks for the
     * token (indentation, tabs, continuation, end of file): it quotes the whole current line.
     */
    private boolean doneError(String kind, String msg, int offset, int endOffset) {
        return doneError(kind, msg, line, offset, endOffset);
    }

    private boolean doneError(String kind, String msg, int errLine, int offset, int endOffset) {
        return fail(makeError(kind, msg, errLine, offset, errLine, endOffset, src.lineWithNewline(errLine)),
                false);
    }

    private ParseError makeError(String kind, String msg, int errLine, int offset, int endLine,
                                 int endOffset, String text) {
        if (origin != null) {
            return origin.error(kind, msg, src.filename(), errLine, offset, endLine, endOffset, false, false);
        }
        return new ParseError(kind, msg, src.filename(), errLine, offset, endLine, endOffset, text);
    }

    private boolean fail(ParseError e, boolean overridesParser) {
        error = e;
        overrides = overridesParser;
        out.add(new Token(TokenKind.ERROR, "", line, Math.max(0, pos - lineStart), line,
                Math.max(0, pos - lineStart), pos, pos, level));
        return false;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRadixDigit(int c, int radix) {
        return switch (radix) {
            case 2 -> c == '0' || c == '1';
            case 8 -> c >= '0' && c <= '7';
            default -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
    }

    private static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    /** Python's str.isprintable() for one character. */
    static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
