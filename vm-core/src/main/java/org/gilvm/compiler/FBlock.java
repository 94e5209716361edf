package org.gilvm.compiler;

import java.util.List;
import org.gilvm.ast.Stmt;

/**
 * A frame block, CPython's {@code fblockinfo}: what a break, continue or return must undo
 * when it leaves a loop, try, with or except block early.
 */
record FBlock(Kind kind, CodeBuilder.Label loop, CodeBuilder.Label exit, List<Stmt> finalBody, String name) {
    enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP,
        EXCEPTION_HANDLER, POP_VALUE }
}
