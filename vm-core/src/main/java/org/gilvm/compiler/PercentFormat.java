package org.gilvm.compiler;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;

/**
 * CPython 3.11's {@code optimize_format} in ast_opt.c: {@code 'fmt' % (a, b)} with only
 * {@code %s}, {@code %r} and {@code %a} units (optional width and precision) is compiled as the
 * f-string it is equivalent to. The literal parts have no source position, as in CPython.
 */
final class PercentFormat {
    private PercentFormat() {}

    private static final int MAXDIGITS = 3;
    private static final Loc NO_LOC = new Loc(-1, -1, -1, -1);

    /** The JoinedStr for {@code node}, or null when the format cannot be converted. */
    static Expr optimize(Expr.BinOp node, String fmt, List<Expr> elts) {
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        while (true) {
            Expr lit = parseLiteral(fmt, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= fmt.length()) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++;
            Expr e = parseFormat(fmt, pos, elts.get(cnt));
            cnt++;
            if (e == null) {
                return null;
            }
            seq.add(e);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new Expr.JoinedStr(seq, node.loc());
    }

    private static Expr parseLiteral(String fmt, int[] ppos) {
        int start = ppos[0], pos = start;
        boolean hasPercents = false;
        while (pos < fmt.length()) {
            if (fmt.charAt(pos) != '%') {
                pos++;
            } else if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String str = fmt.substring(start, pos);
        if (hasPercents) {
            str = str.replace("%%", "%");
        }
        return new Expr.Constant(new ConstantValue.StrValue(str), NO_LOC);
    }

    /** One {@code %[flags][width][.prec]spec} unit applied to {@code arg}, or null if unsupported. */
    private static Expr parseFormat(String fmt, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int len = fmt.length();
        boolean ljust = false;
        char ch;
        while (true) {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        int width = -1, prec = -1;
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = fmt.charAt(pos++);
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            prec = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = fmt.charAt(pos++);
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.isEmpty() ? null
                : new Expr.Constant(new ConstantValue.StrValue(spec.toString()), NO_LOC);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.loc());
    }
}
