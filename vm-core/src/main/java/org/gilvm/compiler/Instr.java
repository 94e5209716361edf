package org.gilvm.compiler;

/**
 * One instruction in a basic block, CPython 3.11's {@code struct instr}: an opcode (real or
 * one of the pseudo-opcodes in {@link StackEffect}), its argument, the jump target for jumps and
 * SETUP_* pseudo-instructions, the handler that covers it (set by the assembler) and its source
 * position. A line of -1 marks an artificial instruction that inherits a line later.
 */
final class Instr {
    int opcode;
    int oparg;
    Block target;
    /** The exception handler block that covers this instruction (assembler only). */
    Block except;
    int lineno;
    int endLineno;
    int colOffset;
    int endColOffset;

    Instr(int opcode, int oparg, Block target, int lineno, int endLineno, int colOffset, int endColOffset) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.target = target;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.colOffset = colOffset;
        this.endColOffset = endColOffset;
    }

    /** A copy, as CPython copies {@code struct instr} by value. */
    Instr copy() {
        Instr i = new Instr(opcode, oparg, target, lineno, endLineno, colOffset, endColOffset);
        i.except = except;
        return i;
    }

    /** CPython's COPY_INSTR_LOC(from, this). */
    void copyLocFrom(Instr from) {
        lineno = from.lineno;
        endLineno = from.endLineno;
        colOffset = from.colOffset;
        endColOffset = from.endColOffset;
    }

    @Override
    public String toString() {
        return opcode + "(" + oparg + ")@" + lineno;
    }
}
