package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.List;

/**
 * SWAP simplification, CPython 3.11's {@code swaptimize} and {@code apply_static_swaps}: a run
 * of SWAPs is replaced by the fewest SWAPs with the same effect, and a SWAP before
 * instructions that only consume the top of the stack (STORE_FAST, POP_TOP) is applied by
 * reordering those instructions instead.
 */
final class SwapOptimizer {
    private SwapOptimizer() {}

    /**
     * Replaces a run of SWAPs and NOPs starting at {@code ix} with an optimal run of the same
     * effect; returns the index of the run's last instruction.
     */
    static int swaptimize(Block block, int ix) {
        List<Instr> in = block.instrs;
        int depth = in.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            int opcode = in.get(ix + len).opcode;
            if (opcode == SWAP) {
                depth = Math.max(depth, in.get(ix + len).oparg);
                more = true;
            } else if (opcode != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr s = in.get(ix + i);
            if (s.opcode == SWAP) {
                int top = stack[0];
                stack[0] = stack[s.oparg - 1];
                stack[s.oparg - 1] = top;
            }
        }
        // Un-shuffle cycle by cycle, writing the SWAPs from the end of the run backwards.
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr s = in.get(ix + current--);
                    s.opcode = SWAP;
                    s.oparg = j + 1;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (0 <= current) {
            in.get(ix + current--).opcode = NOP;
        }
        return ix + len - 1;
    }

    private static boolean swappable(int opcode) {
        return opcode == STORE_FAST || opcode == POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.opcode == STORE_FAST ? i.oparg : -1;
    }

    private static int nextSwappableInstruction(Block block, int i, int lineno) {
        while (++i < block.size()) {
            Instr instruction = block.instrs.get(i);
            if (0 <= lineno && instruction.lineno != lineno) {
                // Reordering across lines would change the names bound between line events.
                return -1;
            }
            if (instruction.opcode == NOP) {
                continue;
            }
            if (swappable(instruction.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** SWAP 2, POP_TOP, STORE_FAST x becomes NOP, STORE_FAST x, POP_TOP, and the like. */
    static void applyStaticSwaps(Block block, int i) {
        List<Instr> in = block.instrs;
        for (; 0 <= i; i--) {
            Instr swap = in.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappableInstruction(block, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = in.get(j).lineno;
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappableInstruction(block, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(in.get(idx));
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.opcode = NOP;
            Instr temp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, temp);
        }
    }
}
