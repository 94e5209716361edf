package org.gilvm.compiler;

import java.util.ArrayList;

/**
 * A basic block, CPython 3.11's {@code basicblock}: a run of instructions entered only at the
 * top. Blocks are chained twice: {@link #list} links every block of a unit in reverse order of
 * allocation (CPython's {@code b_list}, which some passes iterate), {@link #next} links them in
 * code order, the fall-through successor.
 */
final class Block {
    /** The block allocated just before this one (CPython's b_list). */
    final Block list;
    final ArrayList<Instr> instrs = new ArrayList<>();
    /** The block reached by falling off the end of this one, in layout order. */
    Block next;
    int predecessors;
    int startDepth;
    /** Offset in code units, once laid out. */
    int offset;
    /** Ends with a return, raise or unconditional jump. */
    boolean nofallthrough;
    /** An exception handler that keeps the offset of the raising instruction (lasti). */
    boolean preserveLasti;
    boolean visited;
    /** Ends with a return or raise. */
    boolean exit;
    /** A RETURN_VALUE was added to this block. */
    boolean hasReturn;
    /** The handler stack on entry, while label_exception_targets walks the graph. */
    ExceptStack exceptStack;

    Block(Block list) {
        this.list = list;
    }

    int size() {
        return instrs.size();
    }

    boolean isEmpty() {
        return instrs.isEmpty();
    }

    Instr last() {
        return instrs.get(instrs.size() - 1);
    }

    /** CPython's ExceptStack: the handlers active at a point, innermost at {@code depth}. */
    static final class ExceptStack {
        Block[] handlers;
        int depth;

        ExceptStack(int capacity) {
            handlers = new Block[capacity];
        }

        ExceptStack copy() {
            ExceptStack c = new ExceptStack(handlers.length);
            System.arraycopy(handlers, 0, c.handlers, 0, handlers.length);
            c.depth = depth;
            return c;
        }

        Block top() {
            return handlers[depth];
        }

        Block push(Block handler) {
            if (depth + 1 >= handlers.length) {
                handlers = java.util.Arrays.copyOf(handlers, handlers.length * 2);
            }
            handlers[++depth] = handler;
            return handler;
        }

        Block pop() {
            return handlers[--depth];
        }
    }
}
