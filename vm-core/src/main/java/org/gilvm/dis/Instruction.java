package org.gilvm.dis;

/**
 * One decoded instruction, CPython's {@code dis.Instruction} without positions.
 *
 * @param offset     byte offset (two per code unit), as CPython reports it
 * @param opcode     the opcode byte
 * @param opname     its name, or {@code <N>} for an unused number
 * @param arg        the full argument (EXTENDED_ARG prefixes applied), or -1 for none
 * @param argrepr    the parenthesised description, empty when there is none
 * @param startsLine the source line this instruction starts, or -1
 * @param jumpTarget whether a jump or an exception handler lands here ({@code >>})
 */
public record Instruction(int offset, int opcode, String opname, int arg, String argrepr, int startsLine,
                          boolean jumpTarget) {
    static final int OPNAME_WIDTH = 20;
    static final int OPARG_WIDTH = 5;

    /**
     * CPython's {@code Instruction._disassemble}: one listing line, trailing blanks stripped;
     * {@code current} marks the instruction a traceback stopped at with {@code -->}.
     */
    void format(StringBuilder out, int linenoWidth, int offsetWidth, boolean current) {
        int start = out.length();
        if (linenoWidth > 0) {
            if (startsLine >= 0) {
                padLeft(out, Integer.toString(startsLine), linenoWidth);
            } else {
                out.repeat(' ', linenoWidth);
            }
            out.append(' ');
        }
        out.append(current ? "-->" : "   ").append(' ');
        out.append(jumpTarget ? ">>" : "  ").append(' ');
        padLeft(out, Integer.toString(offset), offsetWidth);
        out.append(' ').append(opname);
        if (arg >= 0) {
            out.repeat(' ', Math.max(0, OPNAME_WIDTH - opname.length()));
            out.append(' ');
            padLeft(out, Integer.toString(arg), OPARG_WIDTH);
            if (!argrepr.isEmpty()) {
                out.append(" (").append(argrepr).append(')');
            }
        }
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }

    private static void padLeft(StringBuilder out, String s, int width) {
        out.repeat(' ', Math.max(0, width - s.length()));
        out.append(s);
    }
}
