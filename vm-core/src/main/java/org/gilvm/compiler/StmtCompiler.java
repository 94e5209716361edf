package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.List;
import org.gilvm.ast.Alias;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.ExceptHandler;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Stmt;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyStr;

/** Statements, CPython 3.11's compiler_visit_stmt and the simple statement compilers. */
final class StmtCompiler {
    private final Compiler c;

    StmtCompiler(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    void visitSeq(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    void visit(Stmt s) {
        // Always assign a line number to the next instruction of a statement.
        u().setLoc(s.loc());
        switch (s) {
            case Stmt.FunctionDef f -> c.defs.function(f);
            case Stmt.ClassDef k -> c.defs.classDef(k);
            case Stmt.Return r -> c.unwind.returnStmt(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    c.expr.visit(t);
                }
            }
            case Stmt.Assign a -> {
                c.expr.visit(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) {
                        u().addopI(COPY, 1);
                    }
                    c.expr.visit(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                if (f.isAsync()) {
                    c.tries.asyncFor(f);
                } else {
                    forStmt(f);
                }
            }
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    c.expr.visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        c.expr.visit(r.cause());
                        n++;
                    }
                }
                u().addopI(RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    c.tries.tryFinally(t);
                } else {
                    c.tries.tryExcept(t);
                }
            }
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> exprStmt(e.value());
            case Stmt.Pass p -> u().addop(NOP);
            case Stmt.Break b -> c.unwind.breakStmt();
            case Stmt.Continue k -> c.unwind.continueStmt();
            case Stmt.With w -> {
                if (w.isAsync()) {
                    c.tries.asyncWith(w, 0);
                } else {
                    c.tries.with(w, 0);
                }
            }
        }
    }

    private void exprStmt(Expr value) {
        if (c.opt.isConst(c.opt.resolve(value))) {
            // A constant statement (a docstring elsewhere, a bare literal) does nothing.
            u().addop(NOP);
            return;
        }
        c.expr.visit(value);
        u().unsetLoc();
        u().addop(POP_TOP);
    }

    // ---- assignment -----------------------------------------------------------------

    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Unit.SavedLoc saved = u().saveLoc();
        u().setLoc(e.loc());
        switch (e) {
            case Expr.Attribute a -> {
                c.expr.visit(a.value());
                u().addopI(COPY, 1);
                c.expr.updateStartLocationToMatchAttr(a);
                c.addopName(LOAD_ATTR, a.attr());
            }
            case Expr.Subscript sub -> {
                c.expr.visit(sub.value());
                c.expr.visit(sub.slice());
                u().addopI(COPY, 2);
                u().addopI(COPY, 2);
                u().addop(BINARY_SUBSCR);
            }
            case Expr.Name n -> c.nameop(n.id(), Ctx.LOAD);
            default -> throw c.error("invalid node type for augmented assignment");
        }
        u().restoreLoc(saved);
        c.expr.visit(s.value());
        u().addopI(BINARY_OP, s.op().nb() + org.gilvm.ast.Operator.INPLACE_OFFSET);
        u().setLoc(e.loc());
        switch (e) {
            case Expr.Attribute a -> {
                c.expr.updateStartLocationToMatchAttr(a);
                u().addopI(SWAP, 2);
                c.addopName(STORE_ATTR, a.attr());
            }
            case Expr.Subscript sub -> {
                u().addopI(SWAP, 3);
                u().addopI(SWAP, 2);
                u().addop(STORE_SUBSCR);
            }
            case Expr.Name n -> c.nameop(n.id(), Ctx.STORE);
            default -> throw new IllegalStateException();
        }
    }

    private void checkAnnExpr(Expr e) {
        c.expr.visit(e);
        u().addop(POP_TOP);
    }

    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    checkAnnExpr(s.lower());
                }
                if (s.upper() != null) {
                    checkAnnExpr(s.upper());
                }
                if (s.step() != null) {
                    checkAnnExpr(s.step());
                }
            }
            case Expr.Tuple t -> {
                for (Expr elt : t.elts()) {
                    checkAnnSubscr(elt);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    private boolean moduleOrClass() {
        return u().scopeType == Unit.ScopeType.MODULE || u().scopeType == Unit.ScopeType.CLASS;
    }

    private void annAssign(Stmt.AnnAssign s) {
        Expr targ = s.target();
        if (s.value() != null) {
            c.expr.visit(s.value());
            c.expr.visit(targ);
        }
        switch (targ) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw c.error("cannot assign to __debug__");
                }
                if (s.simple() && moduleOrClass()) {
                    c.expr.visit(s.annotation());
                    c.addopName(LOAD_NAME, "__annotations__");
                    c.loadConst(PyStr.intern(c.mangle(n.id())));
                    u().addop(STORE_SUBSCR);
                }
            }
            case Expr.Attribute a -> {
                if (a.attr().equals("__debug__")) {
                    throw c.error("cannot assign to __debug__");
                }
                if (s.value() == null) {
                    checkAnnExpr(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw c.error("invalid node type for annotated assignment");
        }
        if (!s.simple() && moduleOrClass()) {
            checkAnnExpr(s.annotation());
        }
    }

    /** CPython's find_ann: whether a body holds an annotated assignment (not in nested defs). */
    static boolean findAnn(List<Stmt> stmts) {
        for (Stmt st : stmts) {
            boolean res = switch (st) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Stmt.If i -> findAnn(i.body()) || findAnn(i.orelse());
                case Stmt.With w -> findAnn(w.body());
                case Stmt.Try t -> {
                    for (ExceptHandler h : t.handlers()) {
                        if (findAnn(h.body())) {
                            yield true;
                        }
                    }
                    yield findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse());
                }
                default -> false;
            };
            if (res) {
                return true;
            }
        }
        return false;
    }

    // ---- control flow ---------------------------------------------------------------

    private void ifStmt(Stmt.If s) {
        Block end = u().newBlock();
        Block next = s.orelse().isEmpty() ? end : u().newBlock();
        c.expr.jumpIf(s.test(), next, false);
        visitSeq(s.body());
        if (!s.orelse().isEmpty()) {
            u().addopJNoLine(StackEffect.JUMP, end);
            u().useNextBlock(next);
            visitSeq(s.orelse());
        }
        u().useNextBlock(end);
    }

    private void forStmt(Stmt.For s) {
        Block start = u().newBlock(), body = u().newBlock(), cleanup = u().newBlock(), end = u().newBlock();
        c.pushFblock(FBlock.Kind.FOR_LOOP, start, end, null);
        c.expr.visit(s.iter());
        u().addop(GET_ITER);
        u().useNextBlock(start);
        u().addopJ(FOR_ITER, cleanup);
        u().useNextBlock(body);
        c.expr.visit(s.target());
        visitSeq(s.body());
        // The jump back is artificial.
        u().unsetLoc();
        u().addopJ(StackEffect.JUMP, start);
        u().useNextBlock(cleanup);
        c.popFblock();
        visitSeq(s.orelse());
        u().useNextBlock(end);
    }

    private void whileStmt(Stmt.While s) {
        Block loop = u().newBlock(), body = u().newBlock(), anchor = u().newBlock(), end = u().newBlock();
        u().useNextBlock(loop);
        c.pushFblock(FBlock.Kind.WHILE_LOOP, loop, end, null);
        c.expr.jumpIf(s.test(), anchor, false);
        u().useNextBlock(body);
        visitSeq(s.body());
        u().setLoc(s.loc());
        c.expr.jumpIf(s.test(), body, true);
        c.popFblock();
        u().useNextBlock(anchor);
        visitSeq(s.orelse());
        u().useNextBlock(end);
    }

    private void assertStmt(Stmt.Assert s) {
        Block end = u().newBlock();
        c.expr.jumpIf(s.test(), end, true);
        u().addop(LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            c.expr.visit(s.msg());
            u().addopI(PRECALL, 0);
            u().addopI(CALL, 0);
        }
        // 3.11.7 raises with the position left by the test or message (3.12 uses the test's).
        u().addopI(RAISE_VARARGS, 1);
        u().useNextBlock(end);
    }

    // ---- imports ------------------------------------------------------------------

    private void importStmt(Stmt.Import s) {
        for (Alias alias : s.names()) {
            c.loadConst(PyInt.ZERO);
            c.loadConst(PyNone.None);
            c.addopName(IMPORT_NAME, alias.name());
            if (alias.asname() != null) {
                importAs(alias.name(), alias.asname());
            } else {
                int dot = alias.name().indexOf('.');
                c.nameop(dot >= 0 ? alias.name().substring(0, dot) : alias.name(), Ctx.STORE);
            }
        }
    }

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            c.nameop(asname, Ctx.STORE);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            c.u.addopI(IMPORT_FROM, Unit.addName(u().names, name.substring(pos, dot >= 0 ? dot : name.length())));
            if (dot < 0) {
                break;
            }
            u().addopI(SWAP, 2);
            u().addop(POP_TOP);
        }
        c.nameop(asname, Ctx.STORE);
        u().addop(POP_TOP);
    }

    private void importFrom(Stmt.ImportFrom s) {
        c.loadConst(PyInt.of(s.level()));
        List<String> names = new java.util.ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        c.loadConst(Compiler.strTuple(names));
        c.addopName(IMPORT_NAME, s.module() != null ? s.module() : "");
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                u().addop(IMPORT_STAR);
                return;
            }
            c.addopName(IMPORT_FROM, alias.name());
            c.nameop(alias.asname() != null ? alias.asname() : alias.name(), Ctx.STORE);
        }
        u().addop(POP_TOP);
    }
}
