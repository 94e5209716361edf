package org.gilvm.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.ast.Loc;
import org.gilvm.objects.PyObject;

/**
 * The instruction list of one code object under construction: instructions with symbolic jump
 * targets, the active exception handlers, constants and names. {@link Assembler} turns it into
 * a {@link org.gilvm.objects.PyCode}.
 *
 * <p>Exception handlers are tracked as CPython 3.11 does with SETUP_* / POP_BLOCK
 * pseudo-instructions: every real instruction emitted while a handler is active is covered by
 * it in the exception table. Code that leaves a block early (break, return) pops handlers for
 * its own path only and restores them afterwards ({@link #saveHandlers}).
 */
final class CodeBuilder {
    static final class Label {
        int index = -1;
    }

    static final class Handler {
        final Label target;
        final boolean lasti;
        final int setupOp;
        int entryDepth = -1;

        Handler(Label target, int setupOp) {
            this.target = target;
            this.setupOp = setupOp;
            this.lasti = setupOp != StackEffect.SETUP_FINALLY;
        }
    }

    static final class Instr {
        final int op;
        int arg;
        final Label target;
        final Loc loc;
        final Handler handler;
        /** For SETUP_* pseudo-instructions: the handler they open. */
        final Handler opens;

        Instr(int op, int arg, Label target, Loc loc, Handler handler, Handler opens) {
            this.op = op;
            this.arg = arg;
            this.target = target;
            this.loc = loc;
            this.handler = handler;
            this.opens = opens;
        }
    }

    final List<Instr> instrs = new ArrayList<>();
    private Deque<Handler> handlers = new ArrayDeque<>();
    final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();

    void emit(int op, int arg, Loc loc) {
        instrs.add(new Instr(op, arg, null, loc, handlers.peek(), null));
    }

    void emit(int op, Loc loc) {
        emit(op, 0, loc);
    }

    void emitJump(int op, Label target, Loc loc) {
        instrs.add(new Instr(op, 0, target, loc, handlers.peek(), null));
    }

    void bind(Label l) {
        l.index = instrs.size();
    }

    /** SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH: opens a handler at {@code target}. */
    void setup(int setupOp, Label target, Loc loc) {
        Handler h = new Handler(target, setupOp);
        instrs.add(new Instr(setupOp, 0, target, loc, handlers.peek(), h));
        handlers.push(h);
    }

    void popBlock(Loc loc) {
        handlers.poll();
        instrs.add(new Instr(StackEffect.POP_BLOCK, 0, null, loc, handlers.peek(), null));
    }

    /** Drops the innermost handler without emitting anything (for a path that already left it). */
    void dropTop() {
        handlers.poll();
    }

    /**
     * Re-activates the handler whose target is {@code target} after a path that popped it
     * jumped away: the code that follows is reached only with that handler still open.
     */
    void reopen(Label target) {
        for (Instr in : instrs) {
            if (in.opens != null && in.opens.target == target) {
                handlers.push(in.opens);
                return;
            }
        }
        throw new IllegalStateException("no handler opened for label");
    }

    /** A copy of the active handlers, for code paths that leave blocks early. */
    Deque<Handler> saveHandlers() {
        return new ArrayDeque<>(handlers);
    }

    void restoreHandlers(Deque<Handler> saved) {
        handlers = saved;
    }

    /**
     * Index of a constant, deduplicated by type and value as CPython's compiler does (so
     * 1, 1.0 and True stay distinct, and -0.0 is not 0.0).
     */
    int constIndex(Object key, PyObject value) {
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    int nameIndex(String name) {
        Integer i = nameIndex.get(name);
        if (i == null) {
            i = names.size();
            names.add(name);
            nameIndex.put(name, i);
        }
        return i;
    }

    /** Whether the last emitted instruction ends the flow (no fall-through). */
    boolean lastIsTerminal() {
        if (instrs.isEmpty()) {
            return false;
        }
        int op = instrs.get(instrs.size() - 1).op;
        return Assembler.isTerminal(op);
    }
}
