package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;
import static org.gilvm.compiler.StackEffect.JUMP;
import static org.gilvm.compiler.StackEffect.JUMP_NO_INTERRUPT;
import static org.gilvm.compiler.StackEffect.POP_BLOCK;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_FALSE;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_NONE;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_NOT_NONE;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_TRUE;

import java.util.ArrayDeque;

/**
 * Whole-graph passes of CPython 3.11's assembler: reachability, empty-block removal, the
 * line-number passes that give every exit a line (PEP 626), the stack-depth walk, and the
 * walk that assigns each instruction the exception handler covering it.
 */
final class CfgAnalysis {
    private CfgAnalysis() {}

    /** Marks exits and no-fall-through blocks; skips empty jump targets (normalize_basic_block). */
    static void normalizeBasicBlock(Block bb) {
        for (int i = 0; i < bb.size(); i++) {
            Instr instr = bb.instrs.get(i);
            switch (instr.opcode) {
                case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                    bb.exit = true;
                    bb.nofallthrough = true;
                }
                case JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE,
                     POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER -> {
                    if (instr.opcode == JUMP || instr.opcode == JUMP_NO_INTERRUPT) {
                        bb.nofallthrough = true;
                    }
                    if (i != bb.size() - 1) {
                        throw new IllegalStateException("malformed control flow graph.");
                    }
                    while (instr.target.isEmpty()) {
                        instr.target = instr.target.next;
                    }
                }
                default -> { }
            }
        }
    }

    static void markReachable(Block entry) {
        ArrayDeque<Block> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.next != null && !b.nofallthrough) {
                if (b.next.predecessors == 0) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr instr : b.instrs) {
                if (StackEffect.isJump(instr.opcode) || StackEffect.isBlockPush(instr.opcode)) {
                    Block target = instr.target;
                    if (target.predecessors == 0) {
                        stack.push(target);
                    }
                    target.predecessors++;
                }
            }
        }
    }

    static void eliminateEmptyBasicBlocks(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            Block next = b.next;
            if (next != null) {
                while (next.isEmpty() && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instr last = b.last();
            if (StackEffect.isJump(last.opcode)) {
                Block target = last.target;
                while (target.isEmpty()) {
                    target = target.next;
                }
                last.target = target;
            }
        }
    }

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.exit) {
            return false;
        }
        for (Instr i : b.instrs) {
            if (i.lineno >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies exit blocks without a line number that several jumps reach, so each copy can take
     * the line of its one predecessor (PEP 626: a returning frame's line must be right).
     */
    static void duplicateExitsWithoutLineno(Unit u) {
        for (Block b = u.blocks; b != null; b = b.list) {
            if (!b.isEmpty() && StackEffect.isJump(b.last().opcode)) {
                Block target = b.last().target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    Block copy = u.newBlock();
                    for (Instr i : target.instrs) {
                        copy.instrs.add(i.copy());
                    }
                    copy.exit = target.exit;
                    copy.nofallthrough = true;
                    copy.instrs.get(0).copyLocFrom(b.last());
                    b.last().target = copy;
                    target.predecessors--;
                    copy.predecessors = 1;
                    copy.next = target.next;
                    target.next = copy;
                }
            }
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            while (b.next != null && b.next.isEmpty()) {
                b.next = b.next.next;
            }
        }
        // Remaining exits without a line are reached only by falling through.
        for (Block b = u.blocks; b != null; b = b.list) {
            if (!b.nofallthrough && b.next != null && !b.isEmpty() && isExitWithoutLineno(b.next)) {
                b.next.instrs.get(0).copyLocFrom(b.last());
            }
        }
    }

    /**
     * Instructions without a line take the line of the one before them in the block; a
     * successor block with one predecessor takes the line its predecessor ended on.
     */
    static void propagateLineNumbers(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instr prev = new Instr(NOP, 0, null, -1, -1, -1, -1);
            for (Instr i : b.instrs) {
                if (i.lineno < 0) {
                    i.copyLocFrom(prev);
                } else {
                    prev.copyLocFrom(i);
                }
            }
            if (!b.nofallthrough && b.next.predecessors == 1 && b.next.instrs.get(0).lineno < 0) {
                b.next.instrs.get(0).copyLocFrom(prev);
            }
            Instr last = b.last();
            if (StackEffect.isJump(last.opcode)) {
                Block target = last.target;
                if (target.predecessors == 1 && target.instrs.get(0).lineno < 0) {
                    target.instrs.get(0).copyLocFrom(prev);
                }
            }
        }
    }

    /** A return still without a line takes the last line seen before it. */
    static void guaranteeLinenoForExits(Block entry, int firstLineno) {
        int lineno = firstLineno;
        for (Block b = entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instr last = b.last();
            if (last.lineno < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (Instr i : b.instrs) {
                        i.lineno = lineno;
                    }
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    /** The deepest stack any path needs; sets each block's start depth (stackdepth()). */
    static int stackDepth(Unit u, Block entry) {
        for (Block b = u.blocks; b != null; b = b.list) {
            b.startDepth = Integer.MIN_VALUE;
        }
        ArrayDeque<Block> stack = new ArrayDeque<>();
        int maxDepth = 0;
        push(stack, entry, u.ste.generator || u.ste.coroutine ? 1 : 0);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr instr : b.instrs) {
                int newDepth = depth + StackEffect.of(instr.opcode, instr.oparg, false);
                maxDepth = Math.max(maxDepth, newDepth);
                if (newDepth < 0) {
                    throw new IllegalStateException("stack underflow in " + u.name + " at opcode " + instr.opcode);
                }
                if (StackEffect.isJump(instr.opcode) || StackEffect.isBlockPush(instr.opcode)) {
                    int targetDepth = depth + StackEffect.of(instr.opcode, instr.oparg, true);
                    maxDepth = Math.max(maxDepth, targetDepth);
                    push(stack, instr.target, targetDepth);
                }
                depth = newDepth;
                int op = instr.opcode;
                if (op == JUMP_NO_INTERRUPT || op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS
                        || op == RERAISE) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return maxDepth;
    }

    private static void push(ArrayDeque<Block> stack, Block b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    /**
     * Walks the graph with the stack of open handlers, recording on each instruction the
     * handler that covers it (label_exception_targets). SETUP_* and POP_BLOCK themselves are
     * covered by none: they become NOPs.
     */
    static void labelExceptionTargets(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        ArrayDeque<Block> todo = new ArrayDeque<>();
        entry.visited = true;
        entry.exceptStack = new Block.ExceptStack(Unit.MAX_FBLOCKS + 1);
        todo.push(entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            Block.ExceptStack exceptStack = b.exceptStack;
            b.exceptStack = null;
            Block handler = exceptStack.top();
            for (int i = 0; i < b.size(); i++) {
                Instr instr = b.instrs.get(i);
                if (StackEffect.isBlockPush(instr.opcode)) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = exceptStack.copy();
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                    if (instr.opcode == StackEffect.SETUP_WITH || instr.opcode == StackEffect.SETUP_CLEANUP) {
                        instr.target.preserveLasti = true;
                    }
                    handler = exceptStack.push(instr.target);
                } else if (instr.opcode == POP_BLOCK) {
                    handler = exceptStack.pop();
                } else if (StackEffect.isJump(instr.opcode)) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        if (!b.nofallthrough) {
                            instr.target.exceptStack = exceptStack.copy();
                        } else {
                            instr.target.exceptStack = exceptStack;
                            exceptStack = null;
                        }
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                } else {
                    instr.except = handler;
                }
            }
            if (!b.nofallthrough && !b.next.visited) {
                b.next.exceptStack = exceptStack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }
}
