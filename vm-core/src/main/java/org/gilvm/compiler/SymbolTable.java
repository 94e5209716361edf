package org.gilvm.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.ast.Alias;
import org.gilvm.ast.Arg;
import org.gilvm.ast.Arguments;
import org.gilvm.ast.ExceptHandler;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Keyword;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Mod;
import org.gilvm.ast.Node;
import org.gilvm.ast.Stmt;
import org.gilvm.ast.WithItem;

/**
 * The symbol table pass, CPython 3.11's {@code Python/symtable.c}: the first walk records the
 * DEF_* flags of every name in every block; {@link SymbolAnalysis} then decides each name's
 * scope (local, global, free, cell).
 */
final class SymbolTable {
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    /** The blocks enclosing the current one, innermost first (st_stack). */
    final Deque<Scope> stack = new ArrayDeque<>();
    Scope cur;
    private final SymbolExprVisitor exprs = new SymbolExprVisitor(this);
    /** The module block: {@code global} statements anywhere also mark names here. */
    Scope top;
    /** The class whose body or methods are being visited, for name mangling (st_private). */
    private String privateName;

    private SymbolTable(String filename) {
        this.filename = filename;
    }

    static SymbolTable build(Mod mod, String filename) {
        SymbolTable st = new SymbolTable(filename);
        st.top = st.enter(Scope.Kind.MODULE, "top", mod);
        for (Stmt s : mod.body()) {
            st.visitStmt(s);
        }
        st.exit();
        new SymbolAnalysis(st).analyze(st.top);
        return st;
    }

    /** An expression compiled for eval(): a module block around it. */
    static SymbolTable buildExpression(Expr e, Node key, String filename) {
        SymbolTable st = new SymbolTable(filename);
        st.top = st.enter(Scope.Kind.MODULE, "top", key);
        st.visitExpr(e);
        st.exit();
        new SymbolAnalysis(st).analyze(st.top);
        return st;
    }

    Scope scopeOf(Node n) {
        return scopes.get(n);
    }

    // ---- blocks and definitions -----------------------------------------------------

    Scope enter(Scope.Kind kind, String name, Node node) {
        Scope s = new Scope(kind, name, node, cur);
        scopes.put(node, s);
        if (cur != null) {
            // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable.
            s.compIterExpr = cur.compIterExpr;
            stack.push(cur);
        }
        cur = s;
        return s;
    }

    void exit() {
        cur = stack.isEmpty() ? null : stack.pop();
    }

    private String mangle(String name) {
        return Mangler.mangle(privateName, name);
    }

    void addDef(String name, int flag, Loc loc) {
        addDefHelper(name, flag, cur, loc);
    }

    /** CPython's symtable_add_def_helper. */
    void addDefHelper(String name, int flag, Scope ste, Loc loc) {
        String mangled = mangle(name);
        int val = flag;
        Integer old = ste.symbols.get(mangled);
        if (old != null) {
            if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            val |= old;
        }
        if (ste.compIterTarget) {
            if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", loc);
            }
            val |= Scope.DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & Scope.DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & Scope.DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    // ---- statements -----------------------------------------------------------------

    private void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), Scope.DEF_LOCAL, f.loc());
                visitExprs(f.args().defaults());
                for (Expr d : f.args().kwDefaults()) {
                    visitOpt(d);
                }
                visitAnnotations(f.args(), f.returns());
                visitExprs(f.decoratorList());
                Scope fs = enter(Scope.Kind.FUNCTION, f.name(), f);
                if (f.isAsync()) {
                    fs.coroutine = true;
                }
                visitArguments(f.args());
                visitBody(f.body());
                exit();
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, c.loc());
                visitExprs(c.bases());
                for (Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
                visitExprs(c.decoratorList());
                enter(Scope.Kind.CLASS, c.name(), c);
                String savedPrivate = privateName;
                privateName = c.name();
                visitBody(c.body());
                privateName = savedPrivate;
                exit();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Stmt.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitBody(f.body());
                visitBody(f.orelse());
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                visitBody(w.body());
                visitBody(w.orelse());
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                visitBody(i.body());
                visitBody(i.orelse());
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    visitOpt(r.cause());
                }
            }
            case Stmt.Try t -> {
                visitBody(t.body());
                visitBody(t.orelse());
                for (ExceptHandler h : t.handlers()) {
                    visitOpt(h.type());
                    if (h.name() != null) {
                        addDef(h.name(), Scope.DEF_LOCAL, h.loc());
                    }
                    visitBody(h.body());
                }
                visitBody(t.finalbody());
            }
            case Stmt.Assert a -> {
                visitExpr(a.test());
                visitOpt(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    visitAlias(a, i.loc());
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    visitAlias(a, i.loc());
                }
            }
            case Stmt.Global g -> declare(g.names(), Scope.DEF_GLOBAL, "global", g.loc());
            case Stmt.Nonlocal n -> declare(n.names(), Scope.DEF_NONLOCAL, "nonlocal", n.loc());
            case Stmt.ExprStmt e -> visitExpr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    visitExpr(item.contextExpr());
                    visitOpt(item.optionalVars());
                }
                visitBody(w.body());
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int curFlags = cur.flags(mangle(n.id()));
            if ((curFlags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top && a.simple()) {
                String what = (curFlags & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + what, a.loc());
            }
            if (a.simple()) {
                addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.loc());
            } else if (a.value() != null) {
                addDef(n.id(), Scope.DEF_LOCAL, n.loc());
            }
        } else {
            visitExpr(a.target());
        }
        visitExpr(a.annotation());
        visitOpt(a.value());
    }

    /** {@code global} / {@code nonlocal}, with CPython's errors for names already seen. */
    private void declare(List<String> names, int flag, String what, Loc loc) {
        for (String name : names) {
            int f = cur.flags(mangle(name));
            if ((f & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((f & Scope.DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((f & Scope.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((f & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, loc);
            }
            if (flag == Scope.DEF_NONLOCAL && cur.kind == Scope.Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", loc);
            }
            addDef(name, flag, loc);
            cur.directives.putIfAbsent(mangle(name), loc);
        }
    }

    private void visitAlias(Alias a, Loc stmtLoc) {
        String name = a.asname() != null ? a.asname() : a.name();
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        Loc loc = a.loc() != null ? a.loc() : stmtLoc;
        if (!name.equals("*")) {
            addDef(storeName, Scope.DEF_IMPORT, loc);
        } else if (cur.kind != Scope.Kind.MODULE) {
            throw error("import * only allowed at module level", loc);
        }
    }

    void visitArguments(Arguments a) {
        for (Arg p : a.posonlyargs()) {
            addDef(p.arg(), Scope.DEF_PARAM, p.loc());
        }
        for (Arg p : a.args()) {
            addDef(p.arg(), Scope.DEF_PARAM, p.loc());
        }
        for (Arg p : a.kwonlyargs()) {
            addDef(p.arg(), Scope.DEF_PARAM, p.loc());
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg().loc());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg().loc());
            cur.varkeywords = true;
        }
    }

    /** Annotations are evaluated in the enclosing block in 3.11 (without PEP 563). */
    private void visitAnnotations(Arguments a, Expr returns) {
        for (List<Arg> l : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg p : l) {
                visitOpt(p.annotation());
            }
        }
        if (a.vararg() != null) {
            visitOpt(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitOpt(a.kwarg().annotation());
        }
        visitOpt(returns);
    }

    // ---- expressions (SymbolExprVisitor) ------------------------------------------------

    private void visitExprs(List<Expr> es) {
        exprs.visitExprs(es);
    }

    private void visitOpt(Expr e) {
        exprs.visitOpt(e);
    }

    private void visitExpr(Expr e) {
        exprs.visitExpr(e);
    }

    CompileError error(String msg, Loc loc) {
        return new CompileError(msg, filename, loc);
    }
}
