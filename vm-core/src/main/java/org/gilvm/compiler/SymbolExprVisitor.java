package org.gilvm.compiler;

import java.util.List;
import org.gilvm.ast.Comprehension;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Keyword;
import org.gilvm.ast.Loc;

/**
 * The expression half of the symbol table's first walk (CPython's symtable_visit_expr): name
 * uses and bindings, lambdas and comprehensions as new blocks, walrus targets bound in the
 * enclosing function, and the generator/coroutine marks of yield and await.
 */
final class SymbolExprVisitor {
    private final SymbolTable st;

    SymbolExprVisitor(SymbolTable st) {
        this.st = st;
    }

    void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            visitExpr(e);
        }
    }

    void visitOpt(Expr e) {
        if (e != null) {
            visitExpr(e);
        }
    }

    void visitExpr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> namedExpr(n);
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitExprs(l.args().defaults());
                for (Expr d : l.args().kwDefaults()) {
                    visitOpt(d);
                }
                st.enter(Scope.Kind.FUNCTION, "lambda", l);
                st.visitArguments(l.args());
                visitExpr(l.body());
                st.exit();
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    visitOpt(k);
                }
                visitExprs(d.values());
            }
            case Expr.Set s -> visitExprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(g, "genexpr", g.generators(), g.elt(), null,
                    Scope.Comprehension.GENERATOR);
            case Expr.ListComp c -> comprehension(c, "listcomp", c.generators(), c.elt(), null,
                    Scope.Comprehension.LIST);
            case Expr.SetComp c -> comprehension(c, "setcomp", c.generators(), c.elt(), null,
                    Scope.Comprehension.SET);
            case Expr.DictComp c -> comprehension(c, "dictcomp", c.generators(), c.key(), c.value(),
                    Scope.Comprehension.DICT);
            case Expr.Yield y -> {
                visitOpt(y.value());
                markYield(y.loc());
            }
            case Expr.YieldFrom y -> {
                visitExpr(y.value());
                markYield(y.loc());
            }
            case Expr.Await a -> {
                visitExpr(a.value());
                st.cur.coroutine = true;
            }
            case Expr.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Expr.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                for (Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                visitOpt(f.formatSpec());
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> visitExpr(a.value());
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.Slice s -> {
                visitOpt(s.lower());
                visitOpt(s.upper());
                visitOpt(s.step());
            }
            case Expr.Name n -> {
                st.addDef(n.id(), n.ctx() == Ctx.LOAD ? Scope.USE : Scope.DEF_LOCAL, n.loc());
                if (n.ctx() == Ctx.LOAD && st.cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
                    st.addDef("__class__", Scope.USE, n.loc());
                }
            }
            case Expr.ListExpr l -> visitExprs(l.elts());
            case Expr.Tuple t -> visitExprs(t.elts());
        }
    }

    private void markYield(Loc loc) {
        st.cur.generator = true;
        switch (st.cur.comprehension) {
            case NONE -> { }
            case LIST -> throw st.error("'yield' inside list comprehension", loc);
            case SET -> throw st.error("'yield' inside set comprehension", loc);
            case DICT -> throw st.error("'yield' inside dict comprehension", loc);
            case GENERATOR -> throw st.error("'yield' inside generator expression", loc);
        }
    }

    /** CPython's symtable_handle_namedexpr. */
    private void namedExpr(Expr.NamedExpr n) {
        if (st.cur.compIterExpr > 0) {
            throw st.error("assignment expression cannot be used in a comprehension iterable expression", n.loc());
        }
        if (st.cur.comprehension != Scope.Comprehension.NONE) {
            extendNamedExprScope((Expr.Name) n.target());
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    /** A walrus in a comprehension binds in the nearest enclosing function or module. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Scope ste = st.cur;
        java.util.Iterator<Scope> up = st.stack.iterator();
        while (true) {
            if (ste.comprehension != Scope.Comprehension.NONE) {
                if ((ste.flags(name) & Scope.DEF_COMP_ITER) != 0) {
                    throw st.error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target.loc());
                }
            } else if (ste.kind == Scope.Kind.FUNCTION) {
                st.addDef(name, (ste.flags(name) & Scope.DEF_GLOBAL) != 0 ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL,
                        target.loc());
                st.cur.directives.putIfAbsent(name, target.loc());
                st.addDefHelper(name, Scope.DEF_LOCAL, ste, target.loc());
                return;
            } else if (ste.kind == Scope.Kind.MODULE) {
                st.addDef(name, Scope.DEF_GLOBAL, target.loc());
                st.cur.directives.putIfAbsent(name, target.loc());
                st.addDefHelper(name, Scope.DEF_GLOBAL, ste, target.loc());
                return;
            } else {
                throw st.error("assignment expression within a comprehension cannot be used in a class body",
                        target.loc());
            }
            if (!up.hasNext()) {
                return;
            }
            ste = up.next();
        }
    }

    /** CPython's symtable_handle_comprehension. */
    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value,
                               Scope.Comprehension kind) {
        Comprehension outermost = gens.get(0);
        st.cur.compIterExpr++;
        visitExpr(outermost.iter());
        st.cur.compIterExpr--;
        Scope cs = st.enter(Scope.Kind.FUNCTION, name, node);
        cs.comprehension = kind;
        if (outermost.isAsync()) {
            cs.coroutine = true;
        }
        st.addDef(".0", Scope.DEF_PARAM, node.loc());
        cs.compIterTarget = true;
        visitExpr(outermost.target());
        cs.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            cs.compIterTarget = true;
            visitExpr(g.target());
            cs.compIterTarget = false;
            cs.compIterExpr++;
            visitExpr(g.iter());
            cs.compIterExpr--;
            visitExprs(g.ifs());
            if (g.isAsync()) {
                cs.coroutine = true;
            }
        }
        visitOpt(value);
        visitExpr(elt);
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        cs.generator = isGenerator;
        boolean isAsync = cs.coroutine && !isGenerator;
        st.exit();
        if (isAsync) {
            st.cur.coroutine = true;
        }
    }
}
