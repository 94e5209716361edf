package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gilvm.bytecode.Opcode;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyObject;

/**
 * Turns a compiled {@link Unit} into a code object, CPython 3.11's {@code assemble()}: the
 * prefix (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR), cell and free-variable numbering, the
 * graph optimisations ({@link CfgOptimizer}), line-number and stack-depth passes and the
 * exception table ({@link CfgAnalysis}), then layout: virtual jumps get their direction,
 * jump arguments are computed until EXTENDED_ARG prefixes stop changing offsets, and the code,
 * locations and exception table are written.
 */
final class Assembler {
    private static final int CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200;

    private final Unit u;
    private final String filename;
    private final ThreadState ts;

    Assembler(Unit u, String filename, ThreadState ts) {
        this.u = u;
        this.filename = filename;
        this.ts = ts;
    }

    PyCode assemble() {
        for (Block b = u.blocks; b != null; b = b.list) {
            CfgAnalysis.normalizeBasicBlock(b);
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            CfgOptimizer.extendBlock(b);
        }
        Block entry = null;
        for (Block b = u.blocks; b != null; b = b.list) {
            entry = b;
        }
        int nlocals = u.varnames.size();
        int ncells = u.cellvars.size();
        int nfrees = u.freevars.size();
        int[] fixed = cellFixedOffsets(nlocals, ncells, nfrees);
        int flags = codeFlags();
        insertPrefixInstructions(entry, fixed, nfrees, flags);
        int numDropped = fixCellOffsets(entry, fixed, nlocals, ncells + nfrees);
        int nlocalsPlus = nlocals + ncells + nfrees - numDropped;

        CfgOptimizer.ConstTable consts = new CfgOptimizer.ConstTable(ts, u.consts);
        new CfgOptimizer(ts, consts).optimize(entry, u);
        CfgAnalysis.duplicateExitsWithoutLineno(u);
        trimUnusedConsts(entry, consts.values);
        CfgAnalysis.propagateLineNumbers(entry);
        CfgAnalysis.guaranteeLinenoForExits(entry, u.firstLineno);
        int maxDepth = CfgAnalysis.stackDepth(u, entry);
        CfgAnalysis.labelExceptionTargets(entry);
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (StackEffect.isBlockPush(i.opcode) || i.opcode == StackEffect.POP_BLOCK) {
                    i.opcode = NOP;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            CfgOptimizer.cleanBasicBlock(b);
        }
        normalizeJumps(entry);
        int units = assembleJumpOffsets(entry);

        char[] code = new char[units];
        int[] locations = new int[4 * units];
        int pos = 0;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                pos = emit(code, locations, pos, i);
            }
        }
        PyCode.ExceptionEntry[] table = exceptionTable(entry);

        // PyCode makes the constants immortal, with the items of tuples and frozensets.
        PyObject[] constArray = consts.values.toArray(new PyObject[0]);
        String[] localsPlusNames = new String[nlocalsPlus];
        byte[] localsPlusKinds = new byte[nlocalsPlus];
        localsPlusInfo(localsPlusNames, localsPlusKinds, nlocals);
        // Immortal like its constants: functions, frames and tracebacks hold their code without
        // counting it, so a module's code, the one code no constant holds, must never be freed.
        return new PyCode(u.name, u.qualname != null ? u.qualname : u.name, filename, u.firstLineno,
                u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, flags, code, constArray,
                u.names.keySet().toArray(new String[0]), localsPlusNames, localsPlusKinds, maxDepth, locations,
                table).immortal();
    }

    /** CPython's compute_code_flags. */
    private int codeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.kind == Scope.Kind.FUNCTION) {
            flags |= PyCode.CO_NEWLOCALS | PyCode.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= PyCode.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= CO_GENERATOR;
            }
            if (!ste.generator && ste.coroutine) {
                flags |= CO_COROUTINE;
            }
            if (ste.generator && ste.coroutine) {
                flags |= CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= PyCode.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= PyCode.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    // ---- cells and the prefix ----------------------------------------------------------

    /** Where each cell/free index lands in locals-plus; a cell that is an argument shares its slot. */
    private int[] cellFixedOffsets(int nlocals, int ncells, int nfrees) {
        int[] fixed = new int[ncells + nfrees];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> cell : u.cellvars.entrySet()) {
            Integer varIndex = u.varnames.get(cell.getKey());
            if (varIndex != null) {
                fixed[cell.getValue()] = varIndex;
            }
        }
        return fixed;
    }

    private static Instr prefix(int opcode, int oparg, int lineno) {
        return new Instr(opcode, oparg, null, lineno, lineno, -1, -1);
    }

    private void insertPrefixInstructions(Block entry, int[] fixed, int nfrees, int flags) {
        if ((flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0) {
            entry.instrs.add(0, prefix(RETURN_GENERATOR, 0, u.firstLineno));
            entry.instrs.add(1, prefix(POP_TOP, 0, -1));
        }
        int ncells = u.cellvars.size();
        if (ncells > 0) {
            int[] sorted = new int[ncells + u.varnames.size()];
            for (int i = 0; i < ncells; i++) {
                sorted[fixed[i]] = i + 1;
            }
            for (int i = 0, used = 0; used < ncells; i++) {
                int oldIndex = sorted[i] - 1;
                if (oldIndex == -1) {
                    continue;
                }
                entry.instrs.add(used, prefix(MAKE_CELL, oldIndex, -1));
                used++;
            }
        }
        if (nfrees > 0) {
            entry.instrs.add(0, prefix(COPY_FREE_VARS, nfrees, -1));
        }
    }

    /** Renumbers deref opargs from cell/free indices to locals-plus slots; returns the cells dropped. */
    private static int fixCellOffsets(Block entry, int[] fixed, int nlocals, int noffsets) {
        int numDropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixed[i] == i + nlocals) {
                fixed[i] -= numDropped;
            } else {
                numDropped++;
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            for (Instr inst : b.instrs) {
                switch (inst.opcode) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF ->
                            inst.oparg = fixed[inst.oparg];
                    default -> { }
                }
            }
        }
        return numDropped;
    }

    /** CPython's compute_localsplus_info: locals (arguments first), then other cells, then frees. */
    private void localsPlusInfo(String[] names, byte[] kinds, int nlocals) {
        for (Map.Entry<String, Integer> v : u.varnames.entrySet()) {
            int offset = v.getValue();
            names[offset] = v.getKey();
            kinds[offset] = u.cellvars.containsKey(v.getKey())
                    ? (byte) (PyCode.KIND_LOCAL | PyCode.KIND_CELL) : PyCode.KIND_LOCAL;
        }
        int numDropped = 0;
        for (Map.Entry<String, Integer> c : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(c.getKey())) {
                numDropped++;
                continue;
            }
            int offset = c.getValue() + nlocals - numDropped;
            names[offset] = c.getKey();
            kinds[offset] = PyCode.KIND_CELL;
        }
        for (Map.Entry<String, Integer> f : u.freevars.entrySet()) {
            int offset = f.getValue() + nlocals - numDropped;
            names[offset] = f.getKey();
            kinds[offset] = PyCode.KIND_FREE;
        }
    }

    /** Drops constants after the last one any instruction uses (the first is kept: a docstring). */
    private static void trimUnusedConsts(Block entry, List<PyObject> consts) {
        int max = 0;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if ((i.opcode == LOAD_CONST || i.opcode == KW_NAMES) && i.oparg > max) {
                    max = i.oparg;
                }
            }
        }
        while (consts.size() > max + 1) {
            consts.remove(consts.size() - 1);
        }
    }

    // ---- layout ------------------------------------------------------------------

    /** Virtual jumps become forward or backward by where their target lies. */
    private static void normalizeJumps(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            if (b.isEmpty()) {
                continue;
            }
            Instr last = b.last();
            if (!StackEffect.isJump(last.opcode)) {
                continue;
            }
            boolean forward = !last.target.visited;
            switch (last.opcode) {
                case StackEffect.JUMP -> last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
                case StackEffect.JUMP_NO_INTERRUPT -> last.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                case StackEffect.POP_JUMP_IF_NOT_NONE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_NOT_NONE
                        : POP_JUMP_BACKWARD_IF_NOT_NONE;
                case StackEffect.POP_JUMP_IF_NONE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_NONE
                        : POP_JUMP_BACKWARD_IF_NONE;
                case StackEffect.POP_JUMP_IF_FALSE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_FALSE
                        : POP_JUMP_BACKWARD_IF_FALSE;
                case StackEffect.POP_JUMP_IF_TRUE -> last.opcode = forward ? POP_JUMP_FORWARD_IF_TRUE
                        : POP_JUMP_BACKWARD_IF_TRUE;
                case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> {
                    if (!forward) {
                        throw new IllegalStateException("unexpected " + Opcode.of(last.opcode) + " jumping backwards");
                    }
                }
                default -> { }
            }
        }
    }

    private static boolean isBackward(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == POP_JUMP_BACKWARD_IF_NONE
                || op == POP_JUMP_BACKWARD_IF_NOT_NONE || op == POP_JUMP_BACKWARD_IF_TRUE
                || op == POP_JUMP_BACKWARD_IF_FALSE;
    }

    private static int argOf(Instr i) {
        return i.opcode >= HAVE_ARGUMENT ? i.oparg : 0;
    }

    private static final int HAVE_ARGUMENT = 90;

    /** Code units of an instruction: EXTENDED_ARG prefixes, the instruction, its caches. */
    static int instrSize(Instr i) {
        int oparg = argOf(i);
        int ext = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return ext + 1 + Opcode.of(i.opcode).caches;
    }

    /** Lays blocks out and sets jump arguments, until EXTENDED_ARGs stop moving offsets. */
    private int assembleJumpOffsets(Block entry) {
        int total;
        boolean recompile;
        do {
            total = 0;
            for (Block b = entry; b != null; b = b.next) {
                b.offset = total;
                for (Instr i : b.instrs) {
                    total += instrSize(i);
                }
            }
            recompile = false;
            for (Block b = u.blocks; b != null; b = b.list) {
                int bsize = b.offset;
                for (Instr instr : b.instrs) {
                    int isize = instrSize(instr);
                    bsize += isize;
                    if (StackEffect.isJump(instr.opcode)) {
                        int target = instr.target.offset;
                        instr.oparg = target < bsize ? bsize - target : target - bsize;
                        if (target < bsize != isBackward(instr.opcode)) {
                            throw new IllegalStateException("jump direction mismatch in " + u.name);
                        }
                        if (instrSize(instr) != isize) {
                            recompile = true;
                        }
                    }
                }
            }
        } while (recompile);
        return total;
    }

    private static int emit(char[] code, int[] locations, int pos, Instr i) {
        int oparg = argOf(i);
        int size = instrSize(i);
        int caches = Opcode.of(i.opcode).caches;
        int ext = size - 1 - caches;
        int start = pos;
        for (int e = ext; e > 0; e--) {
            code[pos++] = (char) (EXTENDED_ARG | (((oparg >>> (8 * e)) & 0xFF) << 8));
        }
        code[pos++] = (char) (i.opcode | ((oparg & 0xFF) << 8));
        for (int c = 0; c < caches; c++) {
            code[pos++] = (char) CACHE;
        }
        for (int unit = start; unit < pos; unit++) {
            setLocation(locations, unit, i);
        }
        return pos;
    }

    /** The position CPython's location table would give back for this instruction (co_positions). */
    private static void setLocation(int[] locations, int unit, Instr i) {
        int base = 4 * unit;
        if (i.lineno < 0) {
            locations[base] = locations[base + 1] = locations[base + 2] = locations[base + 3] = -1;
            return;
        }
        locations[base] = i.lineno;
        if (i.colOffset < 0 || i.endColOffset < 0) {
            boolean sameLine = i.endLineno == i.lineno || i.endLineno == -1;
            locations[base + 1] = sameLine ? i.lineno : i.endLineno;
            locations[base + 2] = -1;
            locations[base + 3] = -1;
        } else {
            locations[base + 1] = i.endLineno;
            locations[base + 2] = i.colOffset;
            locations[base + 3] = i.endColOffset;
        }
    }

    /** Ranges of consecutive instructions with the same handler (assemble_exception_table). */
    private static PyCode.ExceptionEntry[] exceptionTable(Block entry) {
        List<PyCode.ExceptionEntry> table = new ArrayList<>();
        Block handler = null;
        int start = -1;
        int offset = 0;
        for (Block b = entry; b != null; b = b.next) {
            offset = b.offset;
            for (Instr i : b.instrs) {
                if (i.except != handler) {
                    if (handler != null) {
                        table.add(entryFor(start, offset, handler));
                    }
                    start = offset;
                    handler = i.except;
                }
                offset += instrSize(i);
            }
        }
        if (handler != null) {
            table.add(entryFor(start, offset, handler));
        }
        return table.toArray(new PyCode.ExceptionEntry[0]);
    }

    private static PyCode.ExceptionEntry entryFor(int start, int end, Block handler) {
        int depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
        return new PyCode.ExceptionEntry(start, end, handler.offset, depth, handler.preserveLasti);
    }
}
