package org.gilvm.parser;

import org.gilvm.ast.Arguments;
import org.gilvm.ast.Comprehension;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Mod;
import org.gilvm.ast.WithItem;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A compact, deterministic rendering of an AST for tests: {@code Type(field, ...)} with the
 * record components in declaration order, lists in brackets, constants as Python literals,
 * and optionally {@code @line:col-line:col} after each node CPython gives a location to.
 * (The same format is produced from CPython's {@code ast} to compare whole files.)
 */
public final class AstDump {
    private AstDump() {}

    public static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, false);
        return sb.toString();
    }

    public static String dumpWithLocations(Object node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, true);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object o, boolean locs) {
        switch (o) {
            case null -> sb.append("null");
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) sb.append(", ");
                    write(sb, list.get(i), locs);
                }
                sb.append(']');
            }
            case String s -> quote(sb, s);
            case Enum<?> e -> sb.append(e.name());
            case Expr.Constant c -> {
                sb.append("Constant(");
                constant(sb, c.value());
                sb.append(')');
                if (locs) loc(sb, c.loc());
            }
            case Record r -> {
                sb.append(r.getClass().getSimpleName()).append('(');
                Loc loc = null;
                boolean firstField = true;
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    Object v;
                    try {
                        v = rc.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                    if (v instanceof Loc l) {
                        loc = l;
                        continue;
                    }
                    if (!firstField) sb.append(", ");
                    firstField = false;
                    write(sb, v, locs);
                }
                sb.append(')');
                boolean located = !(r instanceof Mod || r instanceof Arguments || r instanceof WithItem
                        || r instanceof Comprehension);
                if (locs && located && loc != null) loc(sb, loc);
            }
            default -> sb.append(o);
        }
    }

    private static void loc(StringBuilder sb, Loc l) {
        sb.append('@').append(l.line()).append(':').append(l.col()).append('-')
                .append(l.endLine()).append(':').append(l.endCol());
    }

    private static void constant(StringBuilder sb, ConstantValue v) {
        switch (v) {
            case ConstantValue.NoneValue n -> sb.append("None");
            case ConstantValue.BoolValue b -> sb.append(b.value() ? "True" : "False");
            case ConstantValue.EllipsisValue e -> sb.append("Ellipsis");
            case ConstantValue.IntValue i -> sb.append(i.value());
            case ConstantValue.FloatValue f -> sb.append(floatRepr(f.value()));
            case ConstantValue.ComplexValue c -> sb.append(floatRepr(c.imag())).append('j');
            case ConstantValue.StrValue s -> quote(sb, s.value());
            case ConstantValue.BytesValue b -> {
                sb.append('b');
                StringBuilder t = new StringBuilder();
                for (byte x : b.value()) t.appendCodePoint(x & 0xFF);
                quote(sb, t.toString());
            }
        }
    }

    /** Python's repr() of a float. */
    static String floatRepr(double d) {
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (Double.isNaN(d)) return "nan";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        // The shortest decimal that reads back as d, as Python's repr() picks.
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal bd = exact;
        for (int p = 1; p <= 17; p++) {
            bd = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (bd.doubleValue() == Math.abs(d)) break;
        }
        bd = bd.stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) sb.append('0');
            sb.append(e);
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('\'');
        s.codePoints().forEach(c -> {
            if (c == '\\') sb.append("\\\\");
            else if (c == '\'') sb.append("\\'");
            else if (c == '\n') sb.append("\\n");
            else if (c >= 0x20 && c < 0x7f) sb.append((char) c);
            else sb.append(String.format("\\u{%X}", c));
        });
        sb.append('\'');
    }
}
