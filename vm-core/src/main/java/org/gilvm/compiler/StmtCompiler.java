package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gilvm.ast.Alias;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.ExceptHandler;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Stmt;
import org.gilvm.ast.WithItem;
import org.gilvm.objects.PyCode;

/** Statements, CPython 3.11's compiler_visit_stmt and friends. */
final class StmtCompiler {
    private final Compiler c;
    /** Location of the last statement compiled: the implicit return takes it. */
    Loc lastLoc = Loc.NONE;

    StmtCompiler(Compiler c) {
        this.c = c;
    }

    private ExprCompiler expr() {
        return c.expr;
    }

    void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    void visit(Stmt s) {
        lastLoc = s.loc();
        Loc loc = s.loc();
        switch (s) {
            case Stmt.ExprStmt e -> {
                if (e.value() instanceof Expr.Constant) {
                    c.emit(NOP, 0, loc);
                    return;
                }
                expr().visit(e.value());
                c.emit(POP_TOP, 0, loc);
            }
            case Stmt.Assign a -> {
                expr().visit(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        c.emit(COPY, 1, loc);
                    }
                    assignTarget(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr().visit(a.value());
                    assignTarget(a.target());
                }
            }
            case Stmt.Pass p -> c.emit(NOP, 0, loc);
            case Stmt.If i -> ifStmt(i);
            case Stmt.While w -> whileStmt(w);
            case Stmt.For f -> forStmt(f);
            case Stmt.Break b -> breakStmt(loc);
            case Stmt.Continue k -> continueStmt(loc);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef k -> classDef(k);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    delete(t);
                }
            }
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr().visit(r.exc());
                    n = 1;
                    if (r.cause() != null) {
                        expr().visit(r.cause());
                        n = 2;
                    }
                }
                c.emit(RAISE_VARARGS, n, loc);
            }
            case Stmt.Assert a -> {
                CodeBuilder.Label end = c.label();
                expr().jumpIf(a.test(), end, true);
                c.emit(LOAD_ASSERTION_ERROR, 0, loc);
                if (a.msg() != null) {
                    expr().visit(a.msg());
                    c.emit(PRECALL, 0, loc);
                    c.emit(CALL, 0, loc);
                }
                c.emit(RAISE_VARARGS, 1, loc);
                c.bind(end);
            }
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> c.emit(NOP, 0, loc);
            case Stmt.Nonlocal n -> c.emit(NOP, 0, loc);
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t);
                } else {
                    tryExcept(t);
                }
            }
            case Stmt.With w -> with(w, 0);
        }
    }

    // ---- assignment -----------------------------------------------------------------

    /** Stores TOS into a target, CPython's compiler_visit_expr in Store context. */
    void assignTarget(Expr t) {
        Loc loc = t.loc();
        switch (t) {
            case Expr.Name n -> c.nameOp(n.id(), Ctx.STORE, loc);
            case Expr.Attribute a -> {
                expr().visit(a.value());
                c.emit(STORE_ATTR, c.u.b.nameIndex(c.mangle(a.attr())), loc);
            }
            case Expr.Subscript s -> {
                expr().visit(s.value());
                expr().visit(s.slice());
                c.emit(STORE_SUBSCR, 0, loc);
            }
            case Expr.Tuple tu -> unpack(tu.elts(), loc);
            case Expr.ListExpr l -> unpack(l.elts(), loc);
            case Expr.Starred st -> throw c.error("starred assignment target must be in a list or tuple", loc);
            default -> throw c.error("cannot assign to " + describe(t), loc);
        }
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Call call -> "function call";
            case Expr.Constant k -> "literal";
            default -> "expression";
        };
    }

    private void unpack(List<Expr> elts, Loc loc) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw c.error("multiple starred expressions in assignment", loc);
                }
                star = i;
            }
        }
        if (star < 0) {
            c.emit(UNPACK_SEQUENCE, elts.size(), loc);
        } else {
            int after = elts.size() - star - 1;
            c.emit(UNPACK_EX, star | (after << 8), loc);
        }
        for (Expr e : elts) {
            assignTarget(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        Loc loc = a.loc();
        int op = a.op().nb() + org.gilvm.ast.Operator.INPLACE_OFFSET;
        switch (a.target()) {
            case Expr.Name n -> {
                c.nameOp(n.id(), Ctx.LOAD, n.loc());
                expr().visit(a.value());
                c.emit(BINARY_OP, op, loc);
                c.nameOp(n.id(), Ctx.STORE, n.loc());
            }
            case Expr.Attribute at -> {
                expr().visit(at.value());
                c.emit(COPY, 1, loc);
                int name = c.u.b.nameIndex(c.mangle(at.attr()));
                c.emit(LOAD_ATTR, name, at.loc());
                expr().visit(a.value());
                c.emit(BINARY_OP, op, loc);
                c.emit(SWAP, 2, loc);
                c.emit(STORE_ATTR, name, at.loc());
            }
            case Expr.Subscript sub -> {
                expr().visit(sub.value());
                expr().visit(sub.slice());
                c.emit(COPY, 2, loc);
                c.emit(COPY, 2, loc);
                c.emit(BINARY_SUBSCR, 0, sub.loc());
                expr().visit(a.value());
                c.emit(BINARY_OP, op, loc);
                c.emit(SWAP, 3, loc);
                c.emit(SWAP, 2, loc);
                c.emit(STORE_SUBSCR, 0, sub.loc());
            }
            default -> throw c.error("'" + describe(a.target()) + "' is an illegal expression for augmented assignment", loc);
        }
    }

    private void delete(Expr t) {
        Loc loc = t.loc();
        switch (t) {
            case Expr.Name n -> c.nameOp(n.id(), Ctx.DEL, loc);
            case Expr.Attribute a -> {
                expr().visit(a.value());
                c.emit(DELETE_ATTR, c.u.b.nameIndex(c.mangle(a.attr())), loc);
            }
            case Expr.Subscript s -> {
                expr().visit(s.value());
                expr().visit(s.slice());
                c.emit(DELETE_SUBSCR, 0, loc);
            }
            case Expr.Tuple tu -> tu.elts().forEach(this::delete);
            case Expr.ListExpr l -> l.elts().forEach(this::delete);
            default -> throw c.error("cannot delete " + describe(t), loc);
        }
    }

    // ---- control flow ---------------------------------------------------------------

    private void ifStmt(Stmt.If i) {
        CodeBuilder.Label end = c.label();
        CodeBuilder.Label next = i.orelse().isEmpty() ? end : c.label();
        expr().jumpIf(i.test(), next, false);
        visitBody(i.body());
        if (!i.orelse().isEmpty()) {
            c.emitJump(StackEffect.JUMP, end, Loc.NONE);
            c.bind(next);
            visitBody(i.orelse());
        }
        c.bind(end);
    }

    private void whileStmt(Stmt.While w) {
        CodeBuilder.Label loop = c.label(), body = c.label(), anchor = c.label(), end = c.label();
        c.bind(loop);
        c.u.fblocks.push(new FBlock(FBlock.Kind.WHILE_LOOP, loop, end, null, null));
        expr().jumpIf(w.test(), anchor, false);
        c.bind(body);
        visitBody(w.body());
        expr().jumpIf(w.test(), body, true);
        c.u.fblocks.pop();
        c.bind(anchor);
        visitBody(w.orelse());
        c.bind(end);
    }

    private void forStmt(Stmt.For f) {
        Loc loc = f.loc();
        CodeBuilder.Label start = c.label(), cleanup = c.label(), end = c.label();
        expr().visit(f.iter());
        c.emit(GET_ITER, 0, loc);
        c.bind(start);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FOR_LOOP, start, end, null, null));
        c.emitJump(FOR_ITER, cleanup, loc);
        assignTarget(f.target());
        visitBody(f.body());
        c.emitJump(StackEffect.JUMP, start, loc);
        c.u.fblocks.pop();
        c.bind(cleanup);
        visitBody(f.orelse());
        c.bind(end);
    }

    private FBlock innermostLoop() {
        for (FBlock b : c.u.fblocks) {
            if (b.kind() == FBlock.Kind.WHILE_LOOP || b.kind() == FBlock.Kind.FOR_LOOP) {
                return b;
            }
        }
        return null;
    }

    private void breakStmt(Loc loc) {
        FBlock loop = innermostLoop();
        if (loop == null) {
            throw c.error("'break' outside loop", loc);
        }
        Deque<CodeBuilder.Handler> saved = c.u.b.saveHandlers();
        List<FBlock> popped = unwindUntil(loop, false, loc);
        unwindOne(loop, false, loc);
        c.emitJump(StackEffect.JUMP, loop.exit(), loc);
        restore(popped, saved);
    }

    private void continueStmt(Loc loc) {
        FBlock loop = innermostLoop();
        if (loop == null) {
            throw c.error("'continue' not properly in loop", loc);
        }
        Deque<CodeBuilder.Handler> saved = c.u.b.saveHandlers();
        List<FBlock> popped = unwindUntil(loop, false, loc);
        c.emitJump(StackEffect.JUMP, loop.loop(), loc);
        restore(popped, saved);
    }

    private void returnStmt(Stmt.Return r) {
        Loc loc = r.loc();
        boolean preserve = r.value() != null && !(r.value() instanceof Expr.Constant);
        if (preserve) {
            expr().visit(r.value());
        }
        Deque<CodeBuilder.Handler> saved = c.u.b.saveHandlers();
        List<FBlock> popped = unwindUntil(null, preserve, loc);
        if (!preserve) {
            if (r.value() != null) {
                expr().visit(r.value());
            } else {
                c.loadNone(loc);
            }
        }
        c.emit(RETURN_VALUE, 0, loc);
        restore(popped, saved);
    }

    /** Emits the unwinding of every frame block above {@code stop} (all when null). */
    private List<FBlock> unwindUntil(FBlock stop, boolean preserveTos, Loc loc) {
        List<FBlock> popped = new ArrayList<>();
        while (!c.u.fblocks.isEmpty() && c.u.fblocks.peek() != stop) {
            FBlock b = c.u.fblocks.pop();
            popped.add(b);
            unwindOne(b, preserveTos, loc);
        }
        return popped;
    }

    private void restore(List<FBlock> popped, Deque<CodeBuilder.Handler> saved) {
        for (int i = popped.size() - 1; i >= 0; i--) {
            c.u.fblocks.push(popped.get(i));
        }
        c.u.b.restoreHandlers(saved);
    }

    /** CPython's compiler_unwind_fblock. */
    private void unwindOne(FBlock b, boolean preserveTos, Loc loc) {
        switch (b.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    c.emit(SWAP, 2, loc);
                }
                c.emit(POP_TOP, 0, loc);
            }
            case TRY_EXCEPT -> c.u.b.popBlock(loc);
            case FINALLY_TRY -> {
                c.u.b.popBlock(loc);
                if (preserveTos) {
                    c.u.fblocks.push(new FBlock(FBlock.Kind.POP_VALUE, null, null, null, null));
                }
                visitBody(b.finalBody());
                if (preserveTos) {
                    c.u.fblocks.pop();
                }
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    c.emit(SWAP, 2, loc);
                }
                c.emit(POP_TOP, 0, loc);
                if (preserveTos) {
                    c.emit(SWAP, 2, loc);
                }
                c.u.b.popBlock(loc);
                c.emit(POP_EXCEPT, 0, loc);
            }
            case WITH -> {
                c.u.b.popBlock(loc);
                if (preserveTos) {
                    c.emit(SWAP, 2, loc);
                }
                callExitWithNones(loc);
                c.emit(POP_TOP, 0, loc);
            }
            case HANDLER_CLEANUP -> {
                if (b.name() != null) {
                    c.u.b.popBlock(loc);
                }
                if (preserveTos) {
                    c.emit(SWAP, 2, loc);
                }
                c.u.b.popBlock(loc);
                c.emit(POP_EXCEPT, 0, loc);
                if (b.name() != null) {
                    c.loadNone(loc);
                    c.nameOp(b.name(), Ctx.STORE, loc);
                    c.nameOp(b.name(), Ctx.DEL, loc);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    c.emit(SWAP, 2, loc);
                }
                c.emit(POP_TOP, 0, loc);
            }
        }
    }

    // ---- try / with -----------------------------------------------------------------

    private void popExceptAndReraise(Loc loc) {
        c.emit(COPY, 3, loc);
        c.emit(POP_EXCEPT, 0, loc);
        c.emit(RERAISE, 1, loc);
    }

    private void tryFinally(Stmt.Try t) {
        Loc loc = t.loc();
        CodeBuilder.Label end = c.label(), exit = c.label(), cleanup = c.label();
        c.u.b.setup(StackEffect.SETUP_FINALLY, end, loc);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FINALLY_TRY, null, null, t.finalbody(), null));
        if (t.handlers().isEmpty()) {
            visitBody(t.body());
        } else {
            tryExcept(t);
        }
        c.u.b.popBlock(Loc.NONE);
        c.u.fblocks.pop();
        visitBody(t.finalbody());
        c.emitJump(StackEffect.JUMP, exit, Loc.NONE);
        c.bind(end);
        c.u.b.setup(StackEffect.SETUP_CLEANUP, cleanup, Loc.NONE);
        c.emit(PUSH_EXC_INFO, 0, Loc.NONE);
        c.u.fblocks.push(new FBlock(FBlock.Kind.FINALLY_END, null, null, null, null));
        visitBody(t.finalbody());
        c.u.fblocks.pop();
        c.u.b.popBlock(Loc.NONE);
        c.emit(RERAISE, 0, Loc.NONE);
        c.bind(cleanup);
        popExceptAndReraise(Loc.NONE);
        c.bind(exit);
    }

    private void tryExcept(Stmt.Try t) {
        Loc loc = t.loc();
        CodeBuilder.Label except = c.label(), orelse = c.label(), end = c.label(), cleanup = c.label();
        c.u.b.setup(StackEffect.SETUP_FINALLY, except, loc);
        c.u.fblocks.push(new FBlock(FBlock.Kind.TRY_EXCEPT, null, null, null, null));
        visitBody(t.body());
        c.u.fblocks.pop();
        c.u.b.popBlock(Loc.NONE);
        c.emitJump(StackEffect.JUMP, orelse, Loc.NONE);
        c.bind(except);
        c.u.b.setup(StackEffect.SETUP_CLEANUP, cleanup, Loc.NONE);
        c.emit(PUSH_EXC_INFO, 0, Loc.NONE);
        c.u.fblocks.push(new FBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, null, null));
        int n = t.handlers().size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = t.handlers().get(i);
            Loc hloc = h.loc();
            if (h.type() == null && i < n - 1) {
                throw c.error("default 'except:' must be last", hloc);
            }
            CodeBuilder.Label next = c.label();
            if (h.type() != null) {
                expr().visit(h.type());
                c.emit(CHECK_EXC_MATCH, 0, hloc);
                c.emitJump(StackEffect.POP_JUMP_IF_FALSE, next, hloc);
            }
            if (h.name() != null) {
                CodeBuilder.Label cleanupEnd = c.label(), cleanupBody = c.label();
                c.nameOp(h.name(), Ctx.STORE, hloc);
                c.u.b.setup(StackEffect.SETUP_CLEANUP, cleanupEnd, hloc);
                c.bind(cleanupBody);
                c.u.fblocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, null, h.name()));
                visitBody(h.body());
                c.u.fblocks.pop();
                c.u.b.popBlock(Loc.NONE);
                c.u.b.popBlock(Loc.NONE);
                c.emit(POP_EXCEPT, 0, Loc.NONE);
                c.loadNone(Loc.NONE);
                c.nameOp(h.name(), Ctx.STORE, Loc.NONE);
                c.nameOp(h.name(), Ctx.DEL, Loc.NONE);
                c.emitJump(StackEffect.JUMP, end, Loc.NONE);
                // Handler raised: clear the name, then re-raise (the outer cleanup restores exc_info).
                Deque<CodeBuilder.Handler> saved = c.u.b.saveHandlers();
                c.bind(cleanupEnd);
                c.loadNone(Loc.NONE);
                c.nameOp(h.name(), Ctx.STORE, Loc.NONE);
                c.nameOp(h.name(), Ctx.DEL, Loc.NONE);
                c.emit(RERAISE, 1, Loc.NONE);
                c.u.b.restoreHandlers(saved);
                reopenCleanupAfterNamedHandler(saved);
            } else {
                CodeBuilder.Label cleanupBody = c.label();
                c.emit(POP_TOP, 0, hloc);
                c.bind(cleanupBody);
                c.u.fblocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, null, null));
                visitBody(h.body());
                c.u.fblocks.pop();
                c.u.b.popBlock(Loc.NONE);
                c.emit(POP_EXCEPT, 0, Loc.NONE);
                c.emitJump(StackEffect.JUMP, end, Loc.NONE);
                reopenCleanup(cleanup);
            }
            c.bind(next);
        }
        c.u.fblocks.pop();
        c.emit(RERAISE, 0, Loc.NONE);
        c.u.b.popBlock(Loc.NONE);
        c.bind(cleanup);
        popExceptAndReraise(Loc.NONE);
        c.bind(orelse);
        visitBody(t.orelse());
        c.bind(end);
    }

    /**
     * After a handler body jumps away, the handler list must again show the SETUP_CLEANUP of
     * the except block for the next clause: the body's POP_BLOCK applied to its path only.
     */
    private void reopenCleanup(CodeBuilder.Label cleanup) {
        c.u.b.reopen(cleanup);
    }

    private void reopenCleanupAfterNamedHandler(Deque<CodeBuilder.Handler> saved) {
        c.u.b.restoreHandlers(saved);
        c.u.b.dropTop();
    }

    private void callExitWithNones(Loc loc) {
        c.loadNone(loc);
        c.loadNone(loc);
        c.loadNone(loc);
        c.emit(PRECALL, 2, loc);
        c.emit(CALL, 2, loc);
    }

    private void with(Stmt.With w, int index) {
        WithItem item = w.items().get(index);
        Loc loc = item.loc();
        CodeBuilder.Label fin = c.label(), exit = c.label(), cleanup = c.label(), suppress = c.label();
        expr().visit(item.contextExpr());
        c.emit(BEFORE_WITH, 0, loc);
        c.u.b.setup(StackEffect.SETUP_WITH, fin, loc);
        c.u.fblocks.push(new FBlock(FBlock.Kind.WITH, null, null, null, null));
        if (item.optionalVars() != null) {
            assignTarget(item.optionalVars());
        } else {
            c.emit(POP_TOP, 0, loc);
        }
        if (index + 1 < w.items().size()) {
            with(w, index + 1);
        } else {
            visitBody(w.body());
        }
        c.u.fblocks.pop();
        c.u.b.popBlock(Loc.NONE);
        callExitWithNones(loc);
        c.emit(POP_TOP, 0, loc);
        c.emitJump(StackEffect.JUMP, exit, loc);
        c.bind(fin);
        c.u.b.setup(StackEffect.SETUP_CLEANUP, cleanup, loc);
        c.emit(PUSH_EXC_INFO, 0, loc);
        c.emit(WITH_EXCEPT_START, 0, loc);
        c.emitJump(StackEffect.POP_JUMP_IF_TRUE, suppress, loc);
        c.emit(RERAISE, 2, loc);
        c.bind(cleanup);
        Deque<CodeBuilder.Handler> saved = c.u.b.saveHandlers();
        c.u.b.dropTop();
        popExceptAndReraise(loc);
        c.u.b.restoreHandlers(saved);
        c.bind(suppress);
        c.emit(POP_TOP, 0, loc);
        c.u.b.popBlock(loc);
        c.emit(POP_EXCEPT, 0, loc);
        c.emit(POP_TOP, 0, loc);
        c.emit(POP_TOP, 0, loc);
        c.bind(exit);
    }

    // ---- definitions ----------------------------------------------------------------

    private void functionDef(Stmt.FunctionDef f) {
        Loc loc = f.loc();
        for (Expr d : f.decoratorList()) {
            expr().visit(d);
        }
        int flags = c.defaults(f.args(), loc);
        int firstLine = f.decoratorList().isEmpty() ? loc.line() : f.decoratorList().get(0).loc().line();
        PyCode code = c.functionCode(f, f.name(), f.args(), f.body(), null,
                new Loc(firstLine, loc.col(), loc.endLine(), loc.endCol()));
        c.makeClosure(code, flags, loc);
        for (int i = 0; i < f.decoratorList().size(); i++) {
            c.emit(PRECALL, 0, loc);
            c.emit(CALL, 0, loc);
        }
        c.storeName(f.name(), loc);
    }

    private void classDef(Stmt.ClassDef k) {
        Loc loc = k.loc();
        for (Expr d : k.decoratorList()) {
            expr().visit(d);
        }
        Scope scope = c.st.scopeOf(k);
        String qualname = c.qualnameFor(k.name());
        c.enterUnit(scope, k.name(), qualname, loc.line(), List.of());
        c.prologue(loc);
        c.loadName("__name__", loc);
        c.storeName("__module__", loc);
        c.loadConst(new ConstantValue.StrValue(qualname), loc);
        c.storeName("__qualname__", loc);
        String doc = Compiler.docstring(k.body());
        if (doc != null) {
            c.loadConst(new ConstantValue.StrValue(doc), loc);
            c.storeName("__doc__", loc);
        }
        for (int i = doc != null ? 1 : 0; i < k.body().size(); i++) {
            visit(k.body().get(i));
        }
        if (scope.needsClassCell) {
            c.emit(LOAD_CLOSURE, c.u.localsPlus.get("__class__"), Loc.NONE);
            c.emit(COPY, 1, Loc.NONE);
            c.storeName("__classcell__", Loc.NONE);
            c.emit(RETURN_VALUE, 0, Loc.NONE);
        } else {
            c.returnNone(Loc.NONE);
        }
        PyCode code = c.leaveUnit(0, 0, 0, 0);
        c.emit(PUSH_NULL, 0, loc);
        c.emit(LOAD_BUILD_CLASS, 0, loc);
        c.makeClosure(code, 0, loc);
        c.loadConst(new ConstantValue.StrValue(k.name()), loc);
        expr().callHelper(2, k.bases(), k.keywords(), loc);
        for (int i = 0; i < k.decoratorList().size(); i++) {
            c.emit(PRECALL, 0, loc);
            c.emit(CALL, 0, loc);
        }
        c.storeName(k.name(), loc);
    }

    // ---- imports ------------------------------------------------------------------

    private void importStmt(Stmt.Import i) {
        for (Alias a : i.names()) {
            Loc loc = a.loc() == null ? i.loc() : a.loc();
            c.loadConst(new ConstantValue.IntValue(java.math.BigInteger.ZERO), loc);
            c.loadNone(loc);
            c.emit(IMPORT_NAME, c.u.b.nameIndex(a.name()), loc);
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                for (int p = 1; p < parts.length; p++) {
                    c.emit(IMPORT_FROM, c.u.b.nameIndex(parts[p]), loc);
                    c.emit(SWAP, 2, loc);
                    c.emit(POP_TOP, 0, loc);
                }
                c.storeName(a.asname(), loc);
            } else {
                c.storeName(a.name().split("\\.")[0], loc);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom i) {
        Loc loc = i.loc();
        c.loadConst(new ConstantValue.IntValue(java.math.BigInteger.valueOf(i.level())), loc);
        List<String> names = new ArrayList<>();
        for (Alias a : i.names()) {
            names.add(a.name());
        }
        c.emit(LOAD_CONST, c.constIndexOfStrTuple(names), loc);
        c.emit(IMPORT_NAME, c.u.b.nameIndex(i.module() == null ? "" : i.module()), loc);
        if (names.size() == 1 && names.get(0).equals("*")) {
            c.emit(IMPORT_STAR, 0, loc);
            return;
        }
        for (Alias a : i.names()) {
            c.emit(IMPORT_FROM, c.u.b.nameIndex(a.name()), loc);
            c.storeName(a.asname() != null ? a.asname() : a.name(), loc);
        }
        c.emit(POP_TOP, 0, loc);
    }
}
