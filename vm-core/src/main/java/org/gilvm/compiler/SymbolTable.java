package org.gilvm.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.gilvm.ast.Alias;
import org.gilvm.ast.Arg;
import org.gilvm.ast.Arguments;
import org.gilvm.ast.Comprehension;
import org.gilvm.ast.ExceptHandler;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Keyword;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Mod;
import org.gilvm.ast.Node;
import org.gilvm.ast.Stmt;
import org.gilvm.ast.WithItem;

/**
 * The symbol table pass, CPython's {@code Python/symtable.c}: collects the names each block
 * binds and uses, then decides for every name whether it is local, global, free (from an
 * enclosing function) or a cell (captured by an inner function).
 */
final class SymbolTable {
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final String filename;
    private Scope current;

    private SymbolTable(String filename) {
        this.filename = filename;
    }

    static SymbolTable build(Mod mod, String filename) {
        SymbolTable st = new SymbolTable(filename);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", mod, null);
        st.scopes.put(mod, top);
        st.current = top;
        for (Stmt s : mod.body()) {
            st.visitStmt(s);
        }
        st.analyze(top, Set.of());
        return st;
    }

    /** An expression compiled for eval(): a module-kind scope around it. */
    static SymbolTable buildExpression(Expr e, Node key, String filename) {
        SymbolTable st = new SymbolTable(filename);
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", key, null);
        st.scopes.put(key, top);
        st.current = top;
        st.visitExpr(e);
        st.analyze(top, Set.of());
        return st;
    }

    Scope scopeOf(Node n) {
        return scopes.get(n);
    }

    // ---- collection ----------------------------------------------------------------

    private Scope enter(Scope.Kind kind, String name, Node node) {
        Scope s = new Scope(kind, name, node, current);
        scopes.put(node, s);
        current = s;
        return s;
    }

    private void leave() {
        current = current.parent;
    }

    private void bind(String name) {
        current.assigned.add(mangle(name));
    }

    private void use(String name) {
        current.used.add(mangle(name));
    }

    /** CPython's private name mangling: __x inside class C becomes _C__x. */
    String mangle(String name) {
        return Mangler.mangle(classNameFor(current), name);
    }

    static String classNameFor(Scope s) {
        for (Scope c = s; c != null; c = c.parent) {
            if (c.kind == Scope.Kind.CLASS) {
                return c.name;
            }
        }
        return null;
    }

    private void visitBody(java.util.List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                visitExprs(f.decoratorList());
                visitDefaults(f.args());
                visitAnnotations(f.args(), f.returns());
                bind(f.name());
                Scope fs = enter(Scope.Kind.FUNCTION, f.name(), f);
                declareParams(fs, f.args());
                visitBody(f.body());
                leave();
            }
            case Stmt.ClassDef c -> {
                visitExprs(c.decoratorList());
                visitExprs(c.bases());
                for (Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
                bind(c.name());
                enter(Scope.Kind.CLASS, c.name(), c);
                visitBody(c.body());
                leave();
            }
            case Stmt.Return r -> {
                if (current.kind != Scope.Kind.FUNCTION) {
                    throw error("'return' outside function", r.loc());
                }
                visitOpt(r.value());
            }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                if (a.target() instanceof Expr.Name n) {
                    use(n.id());
                }
                visitExpr(a.value());
            }
            case Stmt.AnnAssign a -> {
                visitExpr(a.target());
                if (current.kind != Scope.Kind.FUNCTION) {
                    visitExpr(a.annotation());
                }
                visitOpt(a.value());
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
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    visitExpr(item.contextExpr());
                    visitOpt(item.optionalVars());
                }
                visitBody(w.body());
            }
            case Stmt.Raise r -> {
                visitOpt(r.exc());
                visitOpt(r.cause());
            }
            case Stmt.Try t -> {
                visitBody(t.body());
                for (ExceptHandler h : t.handlers()) {
                    visitOpt(h.type());
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    visitBody(h.body());
                }
                visitBody(t.orelse());
                visitBody(t.finalbody());
            }
            case Stmt.Assert a -> {
                visitExpr(a.test());
                visitOpt(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    String name = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                    bind(name);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind != Scope.Kind.MODULE) {
                            throw error("import * only allowed at module level", i.loc());
                        }
                        continue;
                    }
                    bind(a.asname() != null ? a.asname() : a.name());
                }
            }
            case Stmt.Global g -> {
                for (String n : g.names()) {
                    checkDeclaredBefore(n, "global", g.loc());
                    current.globals.add(n);
                }
            }
            case Stmt.Nonlocal n -> {
                if (current.kind == Scope.Kind.MODULE) {
                    throw error("nonlocal declaration not allowed at module level", n.loc());
                }
                for (String name : n.names()) {
                    checkDeclaredBefore(name, "nonlocal", n.loc());
                    current.nonlocals.add(name);
                }
            }
            case Stmt.ExprStmt e -> visitExpr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void checkDeclaredBefore(String name, String what, Loc loc) {
        if (current.params.contains(name) && current.kind == Scope.Kind.FUNCTION) {
            throw error("name '" + name + "' is parameter and " + what, loc);
        }
        if (current.assigned.contains(name)) {
            throw error("name '" + name + "' is assigned to before " + what + " declaration", loc);
        }
        if (current.used.contains(name)) {
            throw error("name '" + name + "' is used prior to " + what + " declaration", loc);
        }
    }

    private void declareParams(Scope fs, Arguments a) {
        for (Arg p : a.posonlyargs()) {
            fs.params.add(p.arg());
        }
        for (Arg p : a.args()) {
            fs.params.add(p.arg());
        }
        for (Arg p : a.kwonlyargs()) {
            fs.params.add(p.arg());
        }
        if (a.vararg() != null) {
            fs.params.add(a.vararg().arg());
        }
        if (a.kwarg() != null) {
            fs.params.add(a.kwarg().arg());
        }
        Set<String> seen = new HashSet<>();
        for (String p : fs.params) {
            if (!seen.add(p)) {
                throw error("duplicate argument '" + p + "' in function definition", a.loc());
            }
            fs.assigned.add(p);
        }
    }

    private void visitDefaults(Arguments a) {
        visitExprs(a.defaults());
        for (Expr e : a.kwDefaults()) {
            visitOpt(e);
        }
    }

    private void visitAnnotations(Arguments a, Expr returns) {
        for (java.util.List<Arg> l : java.util.List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
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

    private void visitExprs(java.util.List<Expr> es) {
        for (Expr e : es) {
            visitExpr(e);
        }
    }

    private void visitOpt(Expr e) {
        if (e != null) {
            visitExpr(e);
        }
    }

    private void visitExpr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                if (n.ctx() == org.gilvm.ast.Ctx.LOAD) {
                    use(n.id());
                    if (n.id().equals("super") && current.kind == Scope.Kind.FUNCTION) {
                        current.used.add("__class__");
                    }
                } else {
                    bind(n.id());
                }
            }
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.NamedExpr n -> {
                visitExpr(n.value());
                bindNamedExprTarget((Expr.Name) n.target());
            }
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitDefaults(l.args());
                Scope ls = enter(Scope.Kind.FUNCTION, "<lambda>", l);
                ls.isLambda = true;
                declareParams(ls, l.args());
                visitExpr(l.body());
                leave();
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
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            case Expr.Await a -> visitExpr(a.value());
            case Expr.Yield y -> {
                markGenerator(y.loc());
                visitOpt(y.value());
            }
            case Expr.YieldFrom y -> {
                markGenerator(y.loc());
                visitExpr(y.value());
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
            case Expr.ListExpr l -> visitExprs(l.elts());
            case Expr.Tuple t -> visitExprs(t.elts());
            case Expr.Slice s -> {
                visitOpt(s.lower());
                visitOpt(s.upper());
                visitOpt(s.step());
            }
        }
    }

    private void markGenerator(Loc loc) {
        if (current.kind != Scope.Kind.FUNCTION) {
            throw error("'yield' outside function", loc);
        }
        current.generator = true;
    }

    /** A walrus in a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void bindNamedExprTarget(Expr.Name target) {
        String name = target.id();
        if (!current.isComprehension) {
            bind(name);
            return;
        }
        Scope s = current;
        while (s.isComprehension) {
            s.nonlocals.add(name);
            s = s.parent;
        }
        if (s.kind == Scope.Kind.MODULE) {
            for (Scope c = current; c != s; c = c.parent) {
                c.nonlocals.remove(name);
                c.globals.add(name);
            }
        }
        s.assigned.add(name);
    }

    private void comprehension(Expr node, String name, java.util.List<Comprehension> gens, Expr elt, Expr value) {
        // The first iterable is evaluated in the enclosing scope (CPython does the same).
        visitExpr(gens.get(0).iter());
        Scope cs = enter(Scope.Kind.FUNCTION, name, node);
        cs.isComprehension = true;
        cs.generator = node instanceof Expr.GeneratorExp;
        cs.params.add(".0");
        cs.assigned.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            visitExpr(g.target());
            if (i > 0) {
                visitExpr(g.iter());
            }
            visitExprs(g.ifs());
        }
        visitExpr(elt);
        visitOpt(value);
        leave();
    }

    // ---- analysis ------------------------------------------------------------------

    /**
     * CPython's analyze_block: resolves the names of {@code s} given the names bound in
     * enclosing function scopes, and returns the names {@code s} needs from outside
     * (its free variables).
     */
    private Set<String> analyze(Scope s, Set<String> enclosingBound) {
        Set<String> local = new HashSet<>();
        for (String n : s.assigned) {
            if (!s.globals.contains(n) && !s.nonlocals.contains(n)) {
                local.add(n);
            }
        }
        for (String n : s.nonlocals) {
            if (!enclosingBound.contains(n)) {
                throw error("no binding for nonlocal '" + n + "' found", s.node.loc());
            }
        }
        Set<String> childBound = new HashSet<>(enclosingBound);
        if (s.kind == Scope.Kind.FUNCTION) {
            childBound.addAll(local);
        } else if (s.kind == Scope.Kind.CLASS) {
            childBound.add("__class__");
        }
        Set<String> childFree = new HashSet<>();
        for (Scope c : s.children) {
            childFree.addAll(analyze(c, childBound));
        }
        Set<String> free = new HashSet<>();
        for (String n : s.globals) {
            s.bindings.put(n, Scope.Binding.GLOBAL_EXPLICIT);
        }
        for (String n : s.nonlocals) {
            s.bindings.put(n, Scope.Binding.FREE);
            free.add(n);
        }
        for (String n : local) {
            s.bindings.put(n, Scope.Binding.LOCAL);
        }
        for (String n : s.used) {
            if (s.bindings.containsKey(n)) {
                continue;
            }
            if (n.equals("__class__") && s.kind == Scope.Kind.FUNCTION && !enclosingBound.contains(n)) {
                continue;
            }
            if (enclosingBound.contains(n) && s.kind != Scope.Kind.MODULE) {
                s.bindings.put(n, Scope.Binding.FREE);
                free.add(n);
            } else {
                s.bindings.put(n, Scope.Binding.GLOBAL_IMPLICIT);
            }
        }
        for (String n : childFree) {
            if (s.kind == Scope.Kind.FUNCTION && local.contains(n)) {
                s.bindings.put(n, Scope.Binding.CELL);
            } else if (s.kind == Scope.Kind.CLASS && n.equals("__class__")) {
                s.needsClassCell = true;
            } else if (s.kind != Scope.Kind.MODULE) {
                if (s.bindings.get(n) != Scope.Binding.LOCAL || s.kind == Scope.Kind.FUNCTION) {
                    if (s.kind == Scope.Kind.FUNCTION) {
                        s.bindings.put(n, Scope.Binding.FREE);
                    } else if (!s.bindings.containsKey(n)) {
                        s.bindings.put(n, Scope.Binding.FREE);
                    }
                }
                s.freeThroughClass.add(n);
                free.add(n);
            }
        }
        return free;
    }

    CompileError error(String msg, Loc loc) {
        return new CompileError(msg, filename, loc);
    }
}
