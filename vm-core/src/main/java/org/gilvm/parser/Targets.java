package org.gilvm.parser;

import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets. Targets are parsed as expressions and then converted, as
 * CPython's {@code _PyPegen_set_expr_context} does; an expression that is no target yields
 * null, and {@link #invalid} finds the part to blame, as {@code _PyPegen_get_invalid_target}.
 */
final class Targets {
    private Targets() {}

    enum Kind { STAR, DEL, FOR }

    /** {@code e} as a {@code star_targets} target with STORE context, or null if it is none. */
    static Expr store(Expr e) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), Ctx.STORE, n.loc());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), Ctx.STORE, a.loc());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), Ctx.STORE, s.loc());
            case Expr.Starred s -> {
                if (s.value() instanceof Expr.Starred) yield null;
                Expr inner = store(s.value());
                yield inner == null ? null : new Expr.Starred(inner, Ctx.STORE, s.loc());
            }
            case Expr.Tuple t -> {
                List<Expr> elts = all(t.elts(), Ctx.STORE);
                yield elts == null ? null : new Expr.Tuple(elts, Ctx.STORE, t.loc());
            }
            case Expr.ListExpr l -> {
                List<Expr> elts = all(l.elts(), Ctx.STORE);
                yield elts == null ? null : new Expr.ListExpr(elts, Ctx.STORE, l.loc());
            }
            default -> null;
        };
    }

    /** {@code e} as a {@code del_target} with DEL context, or null if it is none. */
    static Expr del(Expr e) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), Ctx.DEL, n.loc());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), Ctx.DEL, a.loc());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), Ctx.DEL, s.loc());
            case Expr.Tuple t -> {
                List<Expr> elts = all(t.elts(), Ctx.DEL);
                yield elts == null ? null : new Expr.Tuple(elts, Ctx.DEL, t.loc());
            }
            case Expr.ListExpr l -> {
                List<Expr> elts = all(l.elts(), Ctx.DEL);
                yield elts == null ? null : new Expr.ListExpr(elts, Ctx.DEL, l.loc());
            }
            default -> null;
        };
    }

    private static List<Expr> all(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr t = ctx == Ctx.STORE ? store(x) : del(x);
            if (t == null) return null;
            out.add(t);
        }
        return out;
    }

    /** The first sub-expression that makes {@code e} an invalid target, or null. */
    static Expr invalid(Expr e, Kind kind) {
        switch (e) {
            case Expr.ListExpr l -> {
                for (Expr x : l.elts()) {
                    Expr bad = invalid(x, kind);
                    if (bad != null) return bad;
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr bad = invalid(x, kind);
                    if (bad != null) return bad;
                }
                return null;
            }
            case Expr.Starred s -> {
                return kind == Kind.DEL ? e : invalid(s.value(), kind);
            }
            case Expr.Compare c -> {
                // "for x in y" was read as a comparison: blame the part before "in".
                if (kind == Kind.FOR) {
                    return c.ops().getFirst() == org.gilvm.ast.CmpOp.IN ? invalid(c.left(), kind) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    /** How CPython names an expression in error messages ({@code _PyPegen_get_expr_name}). */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> switch (c.value()) {
                case ConstantValue.NoneValue n -> "None";
                case ConstantValue.BoolValue b -> b.value() ? "True" : "False";
                case ConstantValue.EllipsisValue el -> "ellipsis";
                default -> "literal";
            };
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
