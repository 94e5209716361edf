package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.List;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Stmt;
import org.gilvm.objects.PyNone;

/**
 * {@code return}, {@code break} and {@code continue}, CPython 3.11's compiler_return,
 * compiler_break, compiler_continue and compiler_unwind_fblock: leaving a block early emits
 * the cleanup of every frame block left (popping a for loop's iterator, running a finally
 * body, calling a with statement's __exit__, clearing an except clause's name).
 */
final class UnwindCompiler {
    private final Compiler c;

    UnwindCompiler(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    void returnStmt(Stmt.Return s) {
        Expr value = s.value() == null ? null : c.opt.resolve(s.value());
        boolean preserveTos = value != null && !c.opt.isConst(value);
        if (!u().isFunctionBlock()) {
            throw c.error("'return' outside function");
        }
        if (value != null && u().ste.coroutine && u().ste.generator) {
            throw c.error("'return' with value in async generator");
        }
        if (preserveTos) {
            c.expr.visit(value);
        } else if (value != null) {
            // An instruction with the line of the return value.
            u().setLoc(value.loc());
            u().addop(NOP);
        }
        if (value == null || value.loc().line() != s.loc().line()) {
            u().setLoc(s.loc());
            u().addop(NOP);
        }
        unwindFblockStack(preserveTos, false);
        if (value == null) {
            c.loadConst(PyNone.None);
        } else if (!preserveTos) {
            c.loadConst(c.opt.constValue(value));
        }
        u().addop(RETURN_VALUE);
    }

    void breakStmt() {
        Unit.SavedLoc saved = u().saveLoc();
        u().addop(NOP);
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) {
            u().restoreLoc(saved);
            throw c.error("'break' outside loop");
        }
        unwindFblock(loop, false);
        u().addopJ(StackEffect.JUMP, loop.exit());
    }

    void continueStmt() {
        Unit.SavedLoc saved = u().saveLoc();
        u().addop(NOP);
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) {
            u().restoreLoc(saved);
            throw c.error("'continue' not properly in loop");
        }
        u().addopJ(StackEffect.JUMP, loop.block());
    }

    /**
     * CPython's compiler_unwind_fblock_stack: emits the unwinding of every frame block (down to
     * the innermost loop when {@code toLoop}, which is returned) and restores the stack after.
     */
    FBlock unwindFblockStack(boolean preserveTos, boolean toLoop) {
        if (u().fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u().fblocks.peek();
        if (toLoop && (top.kind() == FBlock.Kind.WHILE_LOOP || top.kind() == FBlock.Kind.FOR_LOOP)) {
            return top;
        }
        u().fblocks.pop();
        unwindFblock(top, preserveTos);
        FBlock loop = unwindFblockStack(preserveTos, toLoop);
        u().fblocks.push(top);
        return loop;
    }

    /** CPython's compiler_unwind_fblock. */
    void unwindFblock(FBlock info, boolean preserveTos) {
        switch (info.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    u().addopI(SWAP, 2);
                }
                u().addop(POP_TOP);
            }
            case TRY_EXCEPT -> u().addop(StackEffect.POP_BLOCK);
            case FINALLY_TRY -> {
                // This POP_BLOCK gets the line number of the unwinding statement.
                u().addop(StackEffect.POP_BLOCK);
                if (preserveTos) {
                    c.pushFblock(FBlock.Kind.POP_VALUE, null, null, null);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) info.datum();
                c.stmt.visitSeq(finalBody);
                if (preserveTos) {
                    c.popFblock();
                }
                // The finally body appears to run after the unwinding statement.
                u().unsetLoc();
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    u().addopI(SWAP, 2);
                }
                u().addop(POP_TOP);
                if (preserveTos) {
                    u().addopI(SWAP, 2);
                }
                u().addop(StackEffect.POP_BLOCK);
                u().addop(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                u().setLoc(((Stmt) info.datum()).loc());
                u().addop(StackEffect.POP_BLOCK);
                if (preserveTos) {
                    u().addopI(SWAP, 2);
                }
                c.tries.callExitWithNones();
                if (info.kind() == FBlock.Kind.ASYNC_WITH) {
                    u().addopI(GET_AWAITABLE, 2);
                    c.loadConst(PyNone.None);
                    c.expr.addYieldFrom(true);
                }
                u().addop(POP_TOP);
                u().unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    u().addop(StackEffect.POP_BLOCK);
                }
                if (preserveTos) {
                    u().addopI(SWAP, 2);
                }
                u().addop(StackEffect.POP_BLOCK);
                u().addop(POP_EXCEPT);
                if (info.datum() != null) {
                    c.loadConst(PyNone.None);
                    c.nameop((String) info.datum(), Ctx.STORE);
                    c.nameop((String) info.datum(), Ctx.DEL);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    u().addopI(SWAP, 2);
                }
                u().addop(POP_TOP);
            }
        }
    }
}
