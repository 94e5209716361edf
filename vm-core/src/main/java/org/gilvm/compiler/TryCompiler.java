package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.ast.Ctx;
import org.gilvm.ast.ExceptHandler;
import org.gilvm.ast.Stmt;
import org.gilvm.ast.WithItem;
import org.gilvm.objects.PyNone;

/**
 * Statements with exception handlers, CPython 3.11's compiler_try_finally,
 * compiler_try_except, compiler_with and their async forms. Handlers are opened with the
 * SETUP_* pseudo-instructions and closed with POP_BLOCK; the assembler turns them into the
 * exception table. Cleanup code is marked artificial (no line) as CPython marks it.
 */
final class TryCompiler {
    private final Compiler c;

    TryCompiler(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    void callExitWithNones() {
        c.loadConst(PyNone.None);
        c.loadConst(PyNone.None);
        c.loadConst(PyNone.None);
        u().addopI(PRECALL, 2);
        u().addopI(CALL, 2);
    }

    /** [exc_info, lasti, exc] COPY 3; POP_EXCEPT; RERAISE 1. */
    private void popExceptAndReraise() {
        u().addopI(COPY, 3);
        u().addop(POP_EXCEPT);
        u().addopI(RERAISE, 1);
    }

    void tryFinally(Stmt.Try s) {
        Block body = u().newBlock(), end = u().newBlock(), exit = u().newBlock(), cleanup = u().newBlock();
        // `try` block
        u().addopJ(StackEffect.SETUP_FINALLY, end);
        u().useNextBlock(body);
        c.pushFblock(FBlock.Kind.FINALLY_TRY, body, end, s.finalbody());
        if (!s.handlers().isEmpty()) {
            tryExcept(s);
        } else {
            c.stmt.visitSeq(s.body());
        }
        u().addopNoLine(StackEffect.POP_BLOCK);
        c.popFblock();
        c.stmt.visitSeq(s.finalbody());
        u().addopJNoLine(StackEffect.JUMP, exit);
        // `finally` block
        u().useNextBlock(end);
        u().unsetLoc();
        u().addopJ(StackEffect.SETUP_CLEANUP, cleanup);
        u().addop(PUSH_EXC_INFO);
        c.pushFblock(FBlock.Kind.FINALLY_END, end, null, null);
        c.stmt.visitSeq(s.finalbody());
        c.popFblock();
        u().addopI(RERAISE, 0);
        u().useNextBlock(cleanup);
        popExceptAndReraise();
        u().useNextBlock(exit);
    }

    void tryExcept(Stmt.Try s) {
        Block body = u().newBlock(), except = u().newBlock(), end = u().newBlock(), cleanup = u().newBlock();
        u().addopJ(StackEffect.SETUP_FINALLY, except);
        u().useNextBlock(body);
        c.pushFblock(FBlock.Kind.TRY_EXCEPT, body, null, null);
        c.stmt.visitSeq(s.body());
        c.popFblock();
        u().addopNoLine(StackEffect.POP_BLOCK);
        c.stmt.visitSeq(s.orelse());
        u().addopJNoLine(StackEffect.JUMP, end);
        int n = s.handlers().size();
        u().useNextBlock(except);
        u().unsetLoc();
        u().addopJ(StackEffect.SETUP_CLEANUP, cleanup);
        u().addop(PUSH_EXC_INFO);
        // The runtime pushes a block here, so account for it.
        c.pushFblock(FBlock.Kind.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = s.handlers().get(i);
            u().setLoc(handler.loc());
            if (handler.type() == null && i < n - 1) {
                throw c.error("default 'except:' must be last");
            }
            except = u().newBlock();
            if (handler.type() != null) {
                c.expr.visit(handler.type());
                u().addop(CHECK_EXC_MATCH);
                u().addopJ(StackEffect.POP_JUMP_IF_FALSE, except);
            }
            if (handler.name() != null) {
                Block cleanupEnd = u().newBlock(), cleanupBody = u().newBlock();
                c.nameop(handler.name(), Ctx.STORE);
                // try: body finally: name = None; del name   (in case the body deletes it)
                u().addopJ(StackEffect.SETUP_CLEANUP, cleanupEnd);
                u().useNextBlock(cleanupBody);
                c.pushFblock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, handler.name());
                c.stmt.visitSeq(handler.body());
                c.popFblock();
                u().unsetLoc();
                u().addop(StackEffect.POP_BLOCK);
                u().addop(StackEffect.POP_BLOCK);
                u().addop(POP_EXCEPT);
                c.loadConst(PyNone.None);
                c.nameop(handler.name(), Ctx.STORE);
                c.nameop(handler.name(), Ctx.DEL);
                u().addopJ(StackEffect.JUMP, end);
                // except:
                u().useNextBlock(cleanupEnd);
                u().unsetLoc();
                c.loadConst(PyNone.None);
                c.nameop(handler.name(), Ctx.STORE);
                c.nameop(handler.name(), Ctx.DEL);
                u().addopI(RERAISE, 1);
            } else {
                Block cleanupBody = u().newBlock();
                u().addop(POP_TOP);
                u().useNextBlock(cleanupBody);
                c.pushFblock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, null);
                c.stmt.visitSeq(handler.body());
                c.popFblock();
                u().unsetLoc();
                u().addop(StackEffect.POP_BLOCK);
                u().addop(POP_EXCEPT);
                u().addopJ(StackEffect.JUMP, end);
            }
            u().useNextBlock(except);
        }
        u().unsetLoc();
        c.popFblock();
        u().addopI(RERAISE, 0);
        u().useNextBlock(cleanup);
        popExceptAndReraise();
        u().useNextBlock(end);
    }

    /** CPython's compiler_with_except_finish: after WITH_EXCEPT_START, re-raise unless suppressed. */
    private void withExceptFinish(Block cleanup) {
        u().unsetLoc();
        Block exit = u().newBlock();
        u().addopJ(StackEffect.POP_JUMP_IF_TRUE, exit);
        u().addopI(RERAISE, 2);
        u().useNextBlock(cleanup);
        popExceptAndReraise();
        u().useNextBlock(exit);
        u().addop(POP_TOP);
        u().addop(StackEffect.POP_BLOCK);
        u().addop(POP_EXCEPT);
        u().addop(POP_TOP);
        u().addop(POP_TOP);
    }

    void with(Stmt.With s, int pos) {
        Block block = u().newBlock(), fin = u().newBlock(), exit = u().newBlock(), cleanup = u().newBlock();
        WithItem item = s.items().get(pos);
        c.expr.visit(item.contextExpr());
        // Pushes the bound __exit__.
        u().addop(BEFORE_WITH);
        u().addopJ(StackEffect.SETUP_WITH, fin);
        u().useNextBlock(block);
        c.pushFblock(FBlock.Kind.WITH, block, fin, s);
        if (item.optionalVars() != null) {
            c.expr.visit(item.optionalVars());
        } else {
            u().addop(POP_TOP);
        }
        pos++;
        if (pos == s.items().size()) {
            c.stmt.visitSeq(s.body());
        } else {
            with(s, pos);
        }
        // All the following code is artificial.
        u().unsetLoc();
        u().addop(StackEffect.POP_BLOCK);
        c.popFblock();
        // Successful outcome: __exit__(None, None, None).
        u().setLoc(s.loc());
        callExitWithNones();
        u().addop(POP_TOP);
        u().addopJ(StackEffect.JUMP, exit);
        // Exceptional outcome.
        u().useNextBlock(fin);
        u().addopJ(StackEffect.SETUP_CLEANUP, cleanup);
        u().addop(PUSH_EXC_INFO);
        u().addop(WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        u().useNextBlock(exit);
    }

    private void checkAsync(String what) {
        if (u().scopeType != Unit.ScopeType.ASYNC_FUNCTION) {
            throw c.error("'" + what + "' outside async function");
        }
    }

    void asyncWith(Stmt.With s, int pos) {
        checkAsync("async with");
        Block block = u().newBlock(), fin = u().newBlock(), exit = u().newBlock(), cleanup = u().newBlock();
        WithItem item = s.items().get(pos);
        c.expr.visit(item.contextExpr());
        u().addop(BEFORE_ASYNC_WITH);
        u().addopI(GET_AWAITABLE, 1);
        c.loadConst(PyNone.None);
        c.expr.addYieldFrom(true);
        u().addopJ(StackEffect.SETUP_WITH, fin);
        u().useNextBlock(block);
        c.pushFblock(FBlock.Kind.ASYNC_WITH, block, fin, s);
        if (item.optionalVars() != null) {
            c.expr.visit(item.optionalVars());
        } else {
            u().addop(POP_TOP);
        }
        pos++;
        if (pos == s.items().size()) {
            c.stmt.visitSeq(s.body());
        } else {
            asyncWith(s, pos);
        }
        c.popFblock();
        u().addop(StackEffect.POP_BLOCK);
        u().setLoc(s.loc());
        callExitWithNones();
        u().addopI(GET_AWAITABLE, 2);
        c.loadConst(PyNone.None);
        c.expr.addYieldFrom(true);
        u().addop(POP_TOP);
        u().addopJ(StackEffect.JUMP, exit);
        u().useNextBlock(fin);
        u().addopJ(StackEffect.SETUP_CLEANUP, cleanup);
        u().addop(PUSH_EXC_INFO);
        u().addop(WITH_EXCEPT_START);
        u().addopI(GET_AWAITABLE, 2);
        c.loadConst(PyNone.None);
        c.expr.addYieldFrom(true);
        withExceptFinish(cleanup);
        u().useNextBlock(exit);
    }

    void asyncFor(Stmt.For s) {
        checkAsync("async for");
        Block start = u().newBlock(), except = u().newBlock(), end = u().newBlock();
        c.expr.visit(s.iter());
        u().addop(GET_AITER);
        u().useNextBlock(start);
        c.pushFblock(FBlock.Kind.FOR_LOOP, start, end, null);
        // SETUP_FINALLY guards the __anext__ call.
        u().addopJ(StackEffect.SETUP_FINALLY, except);
        u().addop(GET_ANEXT);
        c.loadConst(PyNone.None);
        c.expr.addYieldFrom(true);
        u().addop(StackEffect.POP_BLOCK);
        c.expr.visit(s.target());
        c.stmt.visitSeq(s.body());
        u().unsetLoc();
        u().addopJ(StackEffect.JUMP, start);
        c.popFblock();
        u().useNextBlock(except);
        // END_ASYNC_FOR takes the line of the iterator: it follows the `for`, not the body.
        u().setLoc(s.iter().loc());
        u().addop(END_ASYNC_FOR);
        c.stmt.visitSeq(s.orelse());
        u().useNextBlock(end);
    }
}
