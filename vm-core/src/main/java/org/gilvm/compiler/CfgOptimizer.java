package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;
import static org.gilvm.compiler.StackEffect.JUMP;
import static org.gilvm.compiler.StackEffect.JUMP_NO_INTERRUPT;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_FALSE;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_NONE;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_NOT_NONE;
import static org.gilvm.compiler.StackEffect.POP_JUMP_IF_TRUE;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * The peephole optimiser on the control-flow graph, CPython 3.11's {@code optimize_cfg} and
 * {@code optimize_basic_block}: constant conditions, tuple folding, jump threading, SWAP
 * simplification, NOP removal that keeps one instruction per line, small exit blocks copied
 * into their predecessors, and unreachable blocks removed. Every transformation keeps the
 * code the same size or smaller, leaving NOPs that {@link #cleanBasicBlock} removes.
 */
final class CfgOptimizer {
    /** Blocks at most this long are copied to remove a jump (MAX_COPY_SIZE). */
    private static final int MAX_COPY_SIZE = 4;
    private static final Instr NOP_INSTR = new Instr(NOP, 0, null, -1, -1, -1, -1);

    private final ThreadState ts;
    private final ConstTable consts;

    CfgOptimizer(ThreadState ts, ConstTable consts) {
        this.ts = ts;
        this.consts = consts;
    }

    /** The constants of the code object as a list that folding may append to. */
    static final class ConstTable {
        final List<PyObject> values;
        private final java.util.Map<Object, Integer> index = new java.util.HashMap<>();

        ConstTable(ThreadState ts, List<PyObject> initial) {
            values = new ArrayList<>(initial);
            for (int i = 0; i < values.size(); i++) {
                index.putIfAbsent(Constants.key(ts, values.get(i)), i);
            }
        }

        int indexOf(ThreadState ts, PyObject value) {
            Object key = Constants.key(ts, value);
            Integer i = index.get(key);
            if (i == null) {
                i = values.size();
                values.add(value);
                index.put(key, i);
            }
            return i;
        }
    }

    void optimize(Block entry, Unit u) {
        for (Block b = entry; b != null; b = b.next) {
            optimizeBasicBlock(b);
            cleanBasicBlock(b);
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            extendBlock(b);
        }
        CfgAnalysis.markReachable(entry);
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.nofallthrough = false;
            }
        }
        CfgAnalysis.eliminateEmptyBasicBlocks(entry);
        for (Block b = entry; b != null; b = b.next) {
            cleanBasicBlock(b);
        }
        // A jump to the block that follows anyway is redundant.
        boolean maybeEmptyBlocks = false;
        for (Block b = entry; b != null; b = b.next) {
            if (!b.isEmpty()) {
                Instr last = b.last();
                if ((last.opcode == JUMP || last.opcode == JUMP_NO_INTERRUPT) && last.target == b.next) {
                    b.nofallthrough = false;
                    last.opcode = NOP;
                    maybeEmptyBlocks = true;
                }
            }
        }
        if (maybeEmptyBlocks) {
            CfgAnalysis.eliminateEmptyBasicBlocks(entry);
        }
    }

    private boolean isTrue(int constIndex) {
        return Abstract.isTrue(ts, consts.values.get(constIndex));
    }

    /** Retargets {@code inst} past a jump to a jump (same line only); whether it changed. */
    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    private void optimizeBasicBlock(Block bb) {
        List<Instr> in = bb.instrs;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            int oparg = inst.oparg;
            int nextop = i + 1 < in.size() ? in.get(i + 1).opcode : 0;
            Instr target;
            if (StackEffect.isJump(inst.opcode) || StackEffect.isBlockPush(inst.opcode)) {
                while (inst.target.isEmpty()) {
                    inst.target = inst.target.next;
                }
                target = inst.target.instrs.get(0);
            } else {
                target = NOP_INSTR;
            }
            switch (inst.opcode) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean isTrue = isTrue(oparg);
                            inst.opcode = NOP;
                            if (isTrue == (nextop == POP_JUMP_IF_TRUE)) {
                                in.get(i + 1).opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                in.get(i + 1).opcode = NOP;
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                            boolean isTrue = isTrue(oparg);
                            if (isTrue == (nextop == JUMP_IF_TRUE_OR_POP)) {
                                in.get(i + 1).opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                inst.opcode = NOP;
                                in.get(i + 1).opcode = NOP;
                            }
                        }
                        case IS_OP -> {
                            int jumpOp = i + 2 < in.size() ? in.get(i + 2).opcode : 0;
                            if (consts.values.get(oparg) == PyNone.None
                                    && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
                                int nextarg = in.get(i + 1).oparg;
                                inst.opcode = NOP;
                                in.get(i + 1).opcode = NOP;
                                boolean notNone = (nextarg ^ (jumpOp == POP_JUMP_IF_FALSE ? 1 : 0)) != 0;
                                in.get(i + 2).opcode = notNone ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                            }
                        }
                        default -> { }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == in.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.opcode = NOP;
                            in.get(i + 1).opcode = NOP;
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.opcode = NOP;
                            in.get(i + 1).opcode = SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(in, i - oparg, oparg);
                    }
                }
                case JUMP_IF_FALSE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_FALSE -> i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                        case JUMP, JUMP_IF_FALSE_OR_POP ->
                                i -= jumpThread(inst, target, JUMP_IF_FALSE_OR_POP) ? 1 : 0;
                        case JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_FALSE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> { }
                    }
                }
                case JUMP_IF_TRUE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_TRUE -> i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                        case JUMP, JUMP_IF_TRUE_OR_POP -> i -= jumpThread(inst, target, JUMP_IF_TRUE_OR_POP) ? 1 : 0;
                        case JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_TRUE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> { }
                    }
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, inst.opcode) ? 1 : 0;
                    }
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.opcode = NOP;
                    } else {
                        i = SwapOptimizer.swaptimize(bb, i);
                        SwapOptimizer.applyStaticSwaps(bb, i);
                    }
                }
                case PUSH_NULL -> {
                    // CPython tests the opcode (always even for LOAD_GLOBAL), not the oparg.
                    if (nextop == LOAD_GLOBAL) {
                        inst.opcode = NOP;
                        inst.oparg = 0;
                        in.get(i + 1).oparg |= 1;
                    }
                }
                default -> { }
            }
        }
    }

    /** LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n becomes LOAD_CONST (c1, ..., cn). */
    private void foldTupleOnConstants(List<Instr> in, int start, int n) {
        for (int i = 0; i < n; i++) {
            int op = in.get(start + i).opcode;
            if (op != LOAD_CONST && op != KW_NAMES) {
                return;
            }
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            Instr k = in.get(start + i);
            if (k.opcode != LOAD_CONST) {
                throw new IllegalStateException("Internal error: failed to get value of a constant");
            }
            items[i] = consts.values.get(k.oparg);
        }
        int index = consts.indexOf(ts, PyTuple.of(items));
        for (int i = 0; i < n; i++) {
            in.get(start + i).opcode = NOP;
        }
        Instr build = in.get(start + n);
        build.opcode = LOAD_CONST;
        build.oparg = index;
    }

    /** If {@code bb} ends with a jump to a small exit block without line numbers, copy the block in. */
    static void extendBlock(Block bb) {
        if (bb.isEmpty()) {
            return;
        }
        Instr last = bb.last();
        if (last.opcode != JUMP && last.opcode != JUMP_FORWARD && last.opcode != JUMP_BACKWARD) {
            return;
        }
        Block toCopy = last.target;
        if (toCopy.exit && toCopy.size() <= MAX_COPY_SIZE) {
            for (Instr i : toCopy.instrs) {
                if (i.lineno > 0) {
                    return;
                }
            }
            last.opcode = NOP;
            for (Instr i : toCopy.instrs) {
                bb.instrs.add(i.copy());
            }
            bb.exit = true;
        }
    }

    /** Removes the NOPs that carry no line of their own (clean_basic_block). */
    static void cleanBasicBlock(Block bb) {
        List<Instr> in = bb.instrs;
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < in.size(); src++) {
            Instr instr = in.get(src);
            int lineno = instr.lineno;
            if (instr.opcode == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < in.size() - 1) {
                    int nextLineno = in.get(src + 1).lineno;
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        in.get(src + 1).copyLocFrom(instr);
                        continue;
                    }
                } else {
                    Block next = bb.next;
                    while (next != null && next.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instrs.get(0).lineno) {
                        continue;
                    }
                }
            }
            in.set(dest++, instr);
            prevLineno = lineno;
        }
        while (in.size() > dest) {
            in.remove(in.size() - 1);
        }
    }
}
