package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gilvm.ast.Loc;
import org.gilvm.bytecode.Opcode;
import org.gilvm.compiler.CodeBuilder.Instr;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyObject;

/**
 * Turns a {@link CodeBuilder}'s instructions into a code object, as CPython 3.11's
 * {@code assemble()}: computes stack depths (dropping unreachable code), resolves pseudo
 * jumps to their forward/backward forms, lays out EXTENDED_ARG prefixes and inline caches
 * until jump offsets are stable, and writes the location and exception tables.
 */
final class Assembler {
    private Assembler() {}

    static boolean isTerminal(int op) {
        return op == RETURN_VALUE || op == RERAISE || op == RAISE_VARARGS || op == StackEffect.JUMP
                || op == StackEffect.JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    private static boolean isJump(int op) {
        return switch (op) {
            case StackEffect.JUMP, StackEffect.JUMP_NO_INTERRUPT, StackEffect.POP_JUMP_IF_FALSE,
                 StackEffect.POP_JUMP_IF_TRUE, StackEffect.POP_JUMP_IF_NONE, StackEffect.POP_JUMP_IF_NOT_NONE,
                 FOR_ITER, SEND, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> true;
            default -> false;
        };
    }

    private static boolean isPseudo(int op) {
        return op == StackEffect.SETUP_FINALLY || op == StackEffect.SETUP_CLEANUP
                || op == StackEffect.SETUP_WITH || op == StackEffect.POP_BLOCK;
    }

    record Spec(String name, String qualname, String filename, int firstLineNo, int argCount,
                int posOnlyArgCount, int kwOnlyArgCount, int flags, String[] localsPlusNames,
                byte[] localsPlusKinds) {}

    static PyCode assemble(CodeBuilder b, Spec spec) {
        List<Instr> all = b.instrs;
        int n = all.size();
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        int maxDepth = computeDepths(all, depth);
        CodeBuilder.Handler[] handlerAt = labelExceptionTargets(all);

        // Keep reachable real instructions; map every instruction index to its kept successor.
        List<Instr> kept = new ArrayList<>();
        List<CodeBuilder.Handler> keptHandlers = new ArrayList<>();
        int[] keptIndexAt = new int[n + 1];
        for (int i = n; i >= 0; i--) {
            keptIndexAt[i] = Integer.MAX_VALUE;
        }
        for (int i = 0; i < n; i++) {
            Instr in = all.get(i);
            if (depth[i] >= 0 && !isPseudo(in.op)) {
                kept.add(in);
                keptHandlers.add(handlerAt[i]);
            }
        }
        int k = kept.size();
        for (int i = n; i >= 0; i--) {
            if (i == n) {
                keptIndexAt[i] = k;
            } else {
                Instr in = all.get(i);
                boolean isKept = depth[i] >= 0 && !isPseudo(in.op);
                if (isKept) {
                    k--;
                }
                keptIndexAt[i] = isKept ? k : keptIndexAt[i + 1];
            }
        }
        int m = kept.size();
        int[] opcodes = new int[m];
        int[] targets = new int[m];
        int[] args = new int[m];
        for (int i = 0; i < m; i++) {
            Instr in = kept.get(i);
            args[i] = in.arg;
            targets[i] = in.target == null ? -1 : keptIndexAt[in.target.index];
        }
        for (int i = 0; i < m; i++) {
            Instr in = kept.get(i);
            boolean backward = targets[i] >= 0 && targets[i] <= i;
            opcodes[i] = switch (in.op) {
                case StackEffect.JUMP -> backward ? JUMP_BACKWARD : JUMP_FORWARD;
                case StackEffect.JUMP_NO_INTERRUPT -> backward ? JUMP_BACKWARD_NO_INTERRUPT : JUMP_FORWARD;
                case StackEffect.POP_JUMP_IF_FALSE -> backward ? POP_JUMP_BACKWARD_IF_FALSE : POP_JUMP_FORWARD_IF_FALSE;
                case StackEffect.POP_JUMP_IF_TRUE -> backward ? POP_JUMP_BACKWARD_IF_TRUE : POP_JUMP_FORWARD_IF_TRUE;
                case StackEffect.POP_JUMP_IF_NONE -> backward ? POP_JUMP_BACKWARD_IF_NONE : POP_JUMP_FORWARD_IF_NONE;
                case StackEffect.POP_JUMP_IF_NOT_NONE -> backward ? POP_JUMP_BACKWARD_IF_NOT_NONE
                        : POP_JUMP_FORWARD_IF_NOT_NONE;
                default -> in.op;
            };
        }

        // Lay out until stable: a jump's EXTENDED_ARGs change the offsets it is computed from.
        int[] offsets = new int[m + 1];
        boolean changed = true;
        while (changed) {
            changed = false;
            int off = 0;
            for (int i = 0; i < m; i++) {
                offsets[i] = off;
                off += size(opcodes[i], args[i]);
            }
            offsets[m] = off;
            for (int i = 0; i < m; i++) {
                if (targets[i] < 0) {
                    continue;
                }
                int end = offsets[i] + size(opcodes[i], args[i]);
                int rel = targets[i] > i ? offsets[targets[i]] - end : end - offsets[targets[i]];
                if (rel != args[i]) {
                    args[i] = rel;
                    changed = true;
                }
            }
        }

        int units = offsets[m];
        char[] code = new char[units];
        int[] locations = new int[units * 4];
        for (int i = 0; i < m; i++) {
            int op = opcodes[i], arg = args[i];
            int pos = offsets[i];
            Loc loc = kept.get(i).loc;
            int ext = extendedArgs(arg);
            for (int e = ext; e > 0; e--) {
                code[pos] = (char) (EXTENDED_ARG | (((arg >>> (8 * e)) & 0xFF) << 8));
                setLoc(locations, pos++, loc);
            }
            code[pos] = (char) (op | ((arg & 0xFF) << 8));
            setLoc(locations, pos++, loc);
            for (int c = Opcode.of(op).caches; c > 0; c--) {
                code[pos] = (char) CACHE;
                setLoc(locations, pos++, loc);
            }
        }

        List<PyCode.ExceptionEntry> table = new ArrayList<>();
        for (int i = 0; i < m; ) {
            CodeBuilder.Handler h = keptHandlers.get(i);
            int j = i + 1;
            while (j < m && keptHandlers.get(j) == h) {
                j++;
            }
            if (h != null) {
                int target = offsets[keptIndexAt[h.target.index]];
                table.add(new PyCode.ExceptionEntry(offsets[i], offsets[j], target, h.entryDepth, h.lasti));
            }
            i = j;
        }

        PyObject[] consts = b.consts.toArray(new PyObject[0]);
        for (PyObject c : consts) {
            c.immortal();
        }
        return new PyCode(spec.name, spec.qualname, spec.filename, spec.firstLineNo, spec.argCount,
                spec.posOnlyArgCount, spec.kwOnlyArgCount, spec.flags, code, consts,
                b.names.toArray(new String[0]), spec.localsPlusNames, spec.localsPlusKinds, maxDepth,
                locations, table.toArray(new PyCode.ExceptionEntry[0]));
    }

    private static void setLoc(int[] locations, int unit, Loc loc) {
        Loc l = loc == null ? Loc.NONE : loc;
        locations[4 * unit] = l.line() == 0 ? -1 : l.line();
        locations[4 * unit + 1] = l.endLine() == 0 ? -1 : l.endLine();
        locations[4 * unit + 2] = l.line() == 0 ? -1 : l.col();
        locations[4 * unit + 3] = l.line() == 0 ? -1 : l.endCol();
    }

    private static int extendedArgs(int arg) {
        if (arg < 0) {
            throw new IllegalStateException("negative oparg " + arg);
        }
        return arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0;
    }

    private static int size(int op, int arg) {
        return extendedArgs(arg) + 1 + Opcode.of(op).caches;
    }

    /** An immutable stack of the handlers open at a point of the code. */
    private record HandlerStack(CodeBuilder.Handler top, HandlerStack rest) {}

    /**
     * The innermost exception handler of every reachable instruction: CPython 3.11's
     * label_exception_targets. The open handlers follow control flow (SETUP_* pushes,
     * POP_BLOCK pops, a jump target inherits the stack at the jump, a SETUP's handler the
     * stack before it), so a path that leaves a block early leaves it on that path only.
     */
    private static CodeBuilder.Handler[] labelExceptionTargets(List<Instr> instrs) {
        int n = instrs.size();
        CodeBuilder.Handler[] handlerAt = new CodeBuilder.Handler[n];
        HandlerStack[] entry = new HandlerStack[n];
        boolean[] seen = new boolean[n];
        HandlerStack empty = new HandlerStack(null, null);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (n > 0) {
            entry[0] = empty;
            seen[0] = true;
            work.push(0);
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            HandlerStack st = entry[i];
            while (i < n) {
                Instr in = instrs.get(i);
                handlerAt[i] = st.top;
                if (in.opens != null) {
                    visit(work, entry, seen, in.target.index, st);
                    st = new HandlerStack(in.opens, st);
                } else if (in.op == StackEffect.POP_BLOCK) {
                    st = st.rest == null ? empty : st.rest;
                } else if (isJump(in.op)) {
                    visit(work, entry, seen, in.target.index, st);
                }
                if (isTerminal(in.op)) {
                    break;
                }
                i++;
                if (i < n) {
                    if (seen[i]) {
                        break;
                    }
                    seen[i] = true;
                    entry[i] = st;
                }
            }
        }
        return handlerAt;
    }

    private static void visit(ArrayDeque<Integer> work, HandlerStack[] entry, boolean[] seen, int index,
                              HandlerStack st) {
        if (index < entry.length && !seen[index]) {
            seen[index] = true;
            entry[index] = st;
            work.push(index);
        }
    }

    /** Stack depth before each instruction (-1 if unreachable); returns the maximum. */
    private static int computeDepths(List<Instr> instrs, int[] depth) {
        int n = instrs.size();
        int max = 0;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (n > 0) {
            depth[0] = 0;
            work.push(0);
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            while (i < n) {
                Instr in = instrs.get(i);
                if (in.opens != null) {
                    int target = d + StackEffect.of(in.op, in.arg, true);
                    in.opens.entryDepth = target - 1 - (in.opens.lasti ? 1 : 0);
                    max = Math.max(max, target);
                    push(work, depth, in.target.index, target, in);
                }
                int after = d + StackEffect.of(in.op, in.arg, false);
                if (isJump(in.op)) {
                    int target = d + StackEffect.of(in.op, in.arg, true);
                    max = Math.max(max, target);
                    push(work, depth, in.target.index, target, in);
                }
                max = Math.max(max, after);
                if (after < 0) {
                    throw new IllegalStateException("stack underflow at instruction " + i + " op " + in.op);
                }
                if (isTerminal(in.op)) {
                    break;
                }
                i++;
                if (i < n) {
                    if (depth[i] >= 0) {
                        if (depth[i] != after) {
                            throw new IllegalStateException("inconsistent stack depth at " + i + ": "
                                    + depth[i] + " vs " + after);
                        }
                        break;
                    }
                    depth[i] = after;
                }
                d = after;
            }
        }
        return max;
    }

    private static void push(ArrayDeque<Integer> work, int[] depth, int index, int d, Instr from) {
        if (index >= depth.length - 1) {
            return;
        }
        if (depth[index] < 0) {
            depth[index] = d;
            work.push(index);
        } else if (depth[index] != d) {
            throw new IllegalStateException("inconsistent stack depth at jump target " + index + ": "
                    + depth[index] + " vs " + d + " (from op " + from.op + ")");
        }
    }
}
