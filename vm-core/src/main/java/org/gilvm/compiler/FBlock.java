package org.gilvm.compiler;

/**
 * A frame block, CPython's {@code fblockinfo}: what a break, continue or return must undo when
 * it leaves a loop, try, with or except block early. {@code datum} is the finally body, the
 * with statement, or the name bound by {@code except ... as name}.
 */
record FBlock(Kind kind, Block block, Block exit, Object datum) {
    enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, ASYNC_COMPREHENSION_GENERATOR }
}
