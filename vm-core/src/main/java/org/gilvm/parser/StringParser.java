package org.gilvm.parser;

import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.lexer.Source;
import org.gilvm.lexer.Token;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code strings: STRING+} rule: decodes each literal and concatenates adjacent ones, as
 * CPython 3.11's {@code _PyPegen_concatenate_strings}. Plain strings alone give a Constant;
 * any f-string among them makes the whole a JoinedStr. All errors here are raised in CPython's
 * first pass, at the token after the strings, so they are hard errors.
 */
final class StringParser {
    private StringParser() {}

    /** Accumulates the parts of a (possibly f-) string, as CPython's {@code FstringParser}. */
    static final class State {
        final List<Expr> parts = new ArrayList<>();
        private StringBuilder last;
        boolean fmode;

        void append(String s) {
            if (s.isEmpty()) return;
            if (last == null) last = new StringBuilder(s);
            else last.append(s);
        }

        /** Turns the pending literal text into a Constant part. */
        void flush(Loc loc) {
            if (last != null) {
                parts.add(new Expr.Constant(new ConstantValue.StrValue(last.toString()), loc));
                last = null;
            }
        }

        Expr finish(Loc loc) {
            if (!fmode) {
                return new Expr.Constant(new ConstantValue.StrValue(last == null ? "" : last.toString()), loc);
            }
            flush(loc);
            return new Expr.JoinedStr(List.copyOf(parts), loc);
        }
    }

    /** Concatenates the STRING tokens {@code toks[from, to)}. */
    static Expr concatenate(ExpressionParser p, int from, int to) {
        Source src = p.src;
        Token first = p.toks[from];
        Token last = p.toks[to - 1];
        Loc whole = new Loc(first.line(), first.col(), last.endLine(), last.endCol());
        State state = new State();
        ByteArrayOutputStream bytes = null;
        boolean bytesMode = false;
        for (int i = from; i < to; i++) {
            Token t = p.toks[i];
            int k = t.start();
            boolean isBytes = false;
            boolean raw = false;
            boolean fmode = false;
            for (;; k++) {
                int c = src.at(k);
                if (c == 'b' || c == 'B') isBytes = true;
                else if (c == 'r' || c == 'R') raw = true;
                else if (c == 'f' || c == 'F') fmode = true;
                else if (c != 'u' && c != 'U') break;
            }
            int quote = src.at(k);
            int bodyStart;
            int bodyEnd;
            if (t.end() - k >= 6 && src.at(k + 1) == quote && src.at(k + 2) == quote) {
                bodyStart = k + 3;
                bodyEnd = t.end() - 3;
            } else {
                bodyStart = k + 1;
                bodyEnd = t.end() - 1;
            }
            String text = null;
            byte[] data = null;
            if (!fmode) {
                try {
                    if (isBytes) {
                        for (int j = bodyStart; j < bodyEnd; j++) {
                            if (src.at(j) >= 0x80) {
                                throw p.hard(p.atToken(t, "bytes can only contain ASCII literal characters"));
                            }
                        }
                        data = raw ? asciiBytes(src, bodyStart, bodyEnd)
                                : StringLiteralDecoder.decodeBytes(src, bodyStart, bodyEnd);
                    } else {
                        text = raw || !hasBackslash(src, bodyStart, bodyEnd)
                                ? src.text(bodyStart, bodyEnd)
                                : StringLiteralDecoder.decodeStr(src, bodyStart, bodyEnd);
                    }
                } catch (StringLiteralDecoder.DecodeError e) {
                    throw p.hard(p.atLastToken(e.getMessage()));
                }
            }
            if (i != from && bytesMode != isBytes) {
                throw p.hard(p.atLastToken("cannot mix bytes and nonbytes literals"));
            }
            bytesMode = isBytes;
            if (fmode) {
                FStringParser.parse(p, state, t, bodyStart, bodyEnd, raw, whole);
            } else if (isBytes) {
                if (bytes == null) bytes = new ByteArrayOutputStream();
                bytes.writeBytes(data);
            } else {
                state.append(text);
            }
        }
        if (bytesMode) return new Expr.Constant(new ConstantValue.BytesValue(bytes.toByteArray()), whole);
        return state.finish(whole);
    }

    private static boolean hasBackslash(Source src, int s, int e) {
        for (int i = s; i < e; i++) {
            if (src.at(i) == '\\') return true;
        }
        return false;
    }

    private static byte[] asciiBytes(Source src, int s, int e) {
        byte[] b = new byte[e - s];
        for (int i = s; i < e; i++) b[i - s] = (byte) src.at(i);
        return b;
    }
}
