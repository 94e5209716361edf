package org.gilvm.compiler;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gilvm.ast.Arg;
import org.gilvm.ast.Arguments;
import org.gilvm.ast.CmpOp;
import org.gilvm.ast.Comprehension;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.ExceptHandler;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Keyword;
import org.gilvm.ast.Operator;
import org.gilvm.ast.Stmt;
import org.gilvm.ast.UnaryOperator;
import org.gilvm.ast.WithItem;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * Constant folding before code generation, CPython 3.11's {@code Python/ast_opt.c}. The AST
 * is immutable, so instead of rewriting it this records, for the compiler to consult:
 * {@link #constOf} for expressions that fold to a constant (arithmetic on literals within
 * CPython's size limits, tuples of constants, subscripts of constants, {@code __debug__}), and
 * {@link #resolve} for nodes CPython replaces by another ({@code not a in b} becomes
 * {@code a not in b}; a list iterated over or tested with {@code in} becomes a tuple).
 */
final class AstOptimizer {
    private final Map<Expr, PyObject> consts = new IdentityHashMap<>();
    private final Map<Expr, Expr> replaced = new IdentityHashMap<>();
    private final ConstFolder folder;

    AstOptimizer(Supplier<ThreadState> ts) {
        this.folder = new ConstFolder(ts);
    }

    /** The node that stands for {@code e} after optimisation. */
    Expr resolve(Expr e) {
        Expr r = replaced.get(e);
        return r == null ? e : r;
    }

    /** The constant {@code e} is or folds to, or null (the node should first be resolved). */
    PyObject constOf(Expr e) {
        if (e instanceof Expr.Constant c) {
            return c.value() instanceof ConstantValue.ComplexValue ? null : Constants.toObject(c.value());
        }
        return consts.get(e);
    }

    /**
     * The value of a constant node for code generation (unlike {@link #constOf}, a complex
     * literal is reported as unsupported rather than treated as not foldable).
     */
    PyObject constValue(Expr e) {
        return e instanceof Expr.Constant c ? Constants.toObject(c.value()) : consts.get(e);
    }

    boolean isConst(Expr e) {
        return e instanceof Expr.Constant || consts.containsKey(e);
    }

    // ---- statements -----------------------------------------------------------------

    void body(List<Stmt> stmts) {
        boolean docstring = Compiler.docstring(stmts) != null;
        for (Stmt s : stmts) {
            stmt(s);
        }
        // A first statement that only folds to a string is not a docstring (astfold_body).
        if (!docstring && !stmts.isEmpty() && stmts.get(0) instanceof Stmt.ExprStmt es
                && consts.get(es.value()) instanceof PyStr str) {
            Expr.Constant part = new Expr.Constant(new ConstantValue.StrValue(str.value()), es.value().loc());
            replaced.put(es.value(), new Expr.JoinedStr(List.of(part), es.loc()));
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                arguments(f.args());
                body(f.body());
                exprs(f.decoratorList());
                opt(f.returns());
            }
            case Stmt.ClassDef c -> {
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                body(c.body());
                exprs(c.decoratorList());
            }
            case Stmt.Return r -> opt(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                expr(a.target());
                expr(a.annotation());
                opt(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                body(f.body());
                body(f.orelse());
                foldIter(f.iter());
            }
            case Stmt.While w -> {
                expr(w.test());
                body(w.body());
                body(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                body(i.body());
                body(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    opt(item.optionalVars());
                }
                body(w.body());
            }
            case Stmt.Raise r -> {
                opt(r.exc());
                opt(r.cause());
            }
            case Stmt.Try t -> {
                body(t.body());
                for (ExceptHandler h : t.handlers()) {
                    opt(h.type());
                    body(h.body());
                }
                body(t.orelse());
                body(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                opt(a.msg());
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Import i -> { }
            case Stmt.ImportFrom i -> { }
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void arguments(Arguments a) {
        for (List<Arg> l : List.of(a.posonlyargs(), a.args())) {
            for (Arg p : l) {
                opt(p.annotation());
            }
        }
        if (a.vararg() != null) {
            opt(a.vararg().annotation());
        }
        for (Arg p : a.kwonlyargs()) {
            opt(p.annotation());
        }
        for (Expr d : a.kwDefaults()) {
            opt(d);
        }
        if (a.kwarg() != null) {
            opt(a.kwarg().annotation());
        }
        exprs(a.defaults());
    }

    // ---- expressions ----------------------------------------------------------------

    void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                PyObject l = constOf(b.left()), r = constOf(b.right());
                if (b.op() == Operator.MOD && l instanceof PyStr fmt && b.right() instanceof Expr.Tuple t
                        && r == null && !hasStarred(t.elts())) {
                    Expr joined = PercentFormat.optimize(b, fmt.value(), t.elts());
                    if (joined != null) {
                        replaced.put(e, joined);
                    }
                } else if (l != null && r != null) {
                    record(e, folder.binary(b.op(), l, r));
                }
            }
            case Expr.UnaryOp u -> {
                expr(u.operand());
                foldUnary(u);
            }
            case Expr.Lambda l -> {
                arguments(l.args());
                expr(l.body());
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    opt(k);
                }
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.ListComp c -> {
                expr(c.elt());
                generators(c.generators());
            }
            case Expr.SetComp c -> {
                expr(c.elt());
                generators(c.generators());
            }
            case Expr.DictComp c -> {
                expr(c.key());
                expr(c.value());
                generators(c.generators());
            }
            case Expr.GeneratorExp g -> {
                expr(g.elt());
                generators(g.generators());
            }
            case Expr.Await a -> expr(a.value());
            case Expr.Yield y -> opt(y.value());
            case Expr.YieldFrom y -> expr(y.value());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
                CmpOp last = c.ops().get(c.ops().size() - 1);
                if (last == CmpOp.IN || last == CmpOp.NOTIN) {
                    foldIter(c.comparators().get(c.comparators().size() - 1));
                }
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                opt(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                PyObject v = constOf(s.value()), i = constOf(s.slice());
                if (s.ctx() == Ctx.LOAD && v != null && i != null) {
                    record(e, folder.subscript(v, i));
                }
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                opt(s.lower());
                opt(s.upper());
                opt(s.step());
            }
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.Tuple t -> {
                exprs(t.elts());
                if (t.ctx() == Ctx.LOAD) {
                    record(e, constTuple(t.elts()));
                }
            }
            case Expr.Name n -> {
                if (n.ctx() == Ctx.LOAD && n.id().equals("__debug__")) {
                    record(e, PyBool.True);
                }
            }
            case Expr.NamedExpr n -> expr(n.value());
            case Expr.Constant c -> { }
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void opt(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void generators(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            expr(g.target());
            expr(g.iter());
            exprs(g.ifs());
            foldIter(g.iter());
        }
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    private void record(Expr e, PyObject value) {
        if (value != null) {
            consts.put(e, value);
        }
    }

    /** CPython's fold_unaryop, including {@code not} folded into a single is/in comparison. */
    private void foldUnary(Expr.UnaryOp u) {
        PyObject v = constOf(u.operand());
        if (v != null) {
            record(u, folder.unary(u.op(), v));
            return;
        }
        if (u.op() == UnaryOperator.NOT && u.operand() instanceof Expr.Compare c && c.ops().size() == 1) {
            CmpOp inverted = switch (c.ops().get(0)) {
                case IS -> CmpOp.ISNOT;
                case ISNOT -> CmpOp.IS;
                case IN -> CmpOp.NOTIN;
                case NOTIN -> CmpOp.IN;
                default -> null;
            };
            if (inverted != null) {
                replaced.put(u, new Expr.Compare(c.left(), List.of(inverted), c.comparators(), c.loc()));
            }
        }
    }

    /** CPython's fold_iter: a list becomes a tuple, a set of constants a frozenset. */
    private void foldIter(Expr arg) {
        if (arg instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) {
                if (e instanceof Expr.Starred) {
                    return;
                }
            }
            Expr.Tuple t = new Expr.Tuple(l.elts(), l.ctx(), l.loc());
            replaced.put(arg, t);
            record(t, constTuple(l.elts()));
        } else if (arg instanceof Expr.Set s) {
            PyTuple items = constTuple(s.elts());
            if (items != null) {
                record(arg, folder.frozenSet(items));
            }
        }
    }

    /** CPython's make_const_tuple: a tuple when every element is (already) a constant. */
    private PyTuple constTuple(List<Expr> elts) {
        // All checked before any is made: a literal's object made for a tuple that then
        // cannot be folded would never be released.
        for (Expr e : elts) {
            if (!isConst(e) || e instanceof Expr.Constant c && c.value() instanceof ConstantValue.ComplexValue) {
                return null;
            }
        }
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = constOf(elts.get(i));
            if (items[i] == null) {
                return null;
            }
        }
        return PyTuple.of(items);
    }

    /** A frozenset constant of the given items (for set displays of constants). */
    PyObject frozenSet(PyTuple items) {
        return folder.frozenSet(items);
    }
}
