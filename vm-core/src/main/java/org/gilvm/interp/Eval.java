package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.bytecode.Opcode;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.RefCounts;

/**
 * The interpreter loop: CPython 3.11's {@code _PyEval_EvalFrameDefault}.
 *
 * <h2>Shape</h2>
 * One Java invocation of {@link #loop} per Python frame; a Python call is a Java call, and the
 * thread's Java stack is sized so the recursion limit is reached long before it overflows
 * (a {@link StackOverflowError} still becomes RecursionError). {@link #loop} must stay under
 * HotSpot's 8000-byte limit for compiling a method ({@code DispatchSizeTest} checks): only
 * the hot instructions are written inline, the rest call {@link EvalOps} and friends, which
 * take the stack array and pointer and return the new pointer.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>The value stack lives above the fast locals in {@code s = frame.localsPlus}, from
 *     {@code code.nLocalsPlus} up to {@code sp}; every slot below {@code sp} holds an owned
 *     reference (or null, CPython's NULL marker for calls).
 * <li>An instruction's inputs stay on the stack until the operation has succeeded, so when
 *     it throws the unwinder releases exactly what the stack owns (CPython's rule).
 * <li>{@code here} is the index of the executing instruction (CPython's prev_instr): the
 *     exception table and the traceback are looked up with it.
 * <li>The eval-breaker is polled at RESUME (function entry), on backward jumps and after
 *     CALL, where CPython 3.11 polls, or before every instruction when the strategy's
 *     switch points say so (CPython <= 3.9); the strategy gets control only there.
 * </ul>
 */
public final class Eval {
    private Eval() {}

    private static final int C_BINARY_SUBSCR = 4, C_STORE_SUBSCR = 1, C_UNPACK_SEQUENCE = 1, C_ATTR = 4,
            C_COMPARE_OP = 2, C_LOAD_GLOBAL = 5, C_BINARY_OP = 1, C_LOAD_METHOD = 10, C_PRECALL = 1, C_CALL = 4;

    /** Runs a new frame to completion and returns its result (a new reference). */
    public static PyObject run(ThreadState ts, Frame f) {
        return resume(ts, f, null);
    }

    /**
     * Runs or resumes {@code f}. With {@code throwing} non-null the frame resumes by raising it
     * at its current instruction (generator.throw). Returns the returned or yielded value;
     * {@link Frame#yielded} tells which.
     */
    public static PyObject resume(ThreadState ts, Frame f, PyException throwing) {
        try {
            ts.enterCall();
        } catch (PyException e) {
            // Never entered: a new frame's arguments, and an exception to raise in it, go here.
            if (f.lasti < 0) {
                f.clear(ts);
            }
            if (throwing != null) {
                ts.decref(throwing.value);
            }
            throw e;
        }
        f.back = ts.frame;
        ts.frame = f;
        f.executing = true;
        f.yielded = false;
        try {
            return loop(ts, f, throwing);
        } finally {
            f.executing = false;
            ts.frame = f.back;
            f.back = null;
            ts.leaveCall();
        }
    }

    /** LOAD_FAST alone, the generic way; returns the new stack pointer. */
    private static int pushFast(ThreadState ts, PyCode co, PyObject[] s, int sp, int local) {
        PyObject v = local(co, s, local);
        ts.refCounts().incref(ts, v);
        s[sp++] = v;
        return sp;
    }

    /** LOAD_FAST then LOAD_CONST, the generic way; returns the new stack pointer. */
    private static int pushFastAndConst(ThreadState ts, PyCode co, PyObject[] s, int sp, int local, PyObject c) {
        PyObject v = local(co, s, local);
        RefCounts rc = ts.refCounts();
        rc.incref(ts, v);
        s[sp++] = v;
        rc.incref(ts, c);
        s[sp++] = c;
        return sp;
    }

    /**
     * The POP_JUMP_IF_TRUE/FALSE at {@code code[pc]} given the comparison's outcome {@code t};
     * returns where execution goes on. A backward jump polls the eval-breaker.
     */
    private static int branch(ThreadState ts, char[] code, int pc, boolean t) {
        int jw = code[pc++];
        int jop = jw & 0xff;
        if (t == (jop == POP_JUMP_FORWARD_IF_TRUE || jop == POP_JUMP_BACKWARD_IF_TRUE)) {
            if (jop >= POP_JUMP_BACKWARD_IF_FALSE) {
                pc -= jw >>> 8;
                if (ts.evalBreaker != 0) {
                    ts.handleEvalBreaker();
                }
            } else {
                pc += jw >>> 8;
            }
        }
        return pc;
    }

    /** A fast local's value (borrowed); UnboundLocalError when it has none yet. */
    private static PyObject local(PyCode co, PyObject[] s, int i) {
        PyObject v = s[i];
        if (v == null) {
            throw Errors.unboundLocalError(co.localsPlusNames[i]);
        }
        return v;
    }

    private static PyObject loop(ThreadState ts, Frame f, PyException throwing) {
        final PyCode co = f.code;
        // Polling before every instruction (CPython <= 3.9) runs CPython's own instructions:
        // a superinstruction would hide the switch point inside it.
        final boolean pollAll = ts.pollsEveryInstruction;
        final char[] code = pollAll ? co.code : co.quickened();
        final PyObject[] s = f.localsPlus;
        final PyObject[] consts = co.consts;
        final RefCounts rc = ts.refCounts();
        int pc = f.lasti + 1;
        int sp = f.stackTop;
        int here = f.lasti;
        boolean reraise = false;
        int reraiseLasti = -1;
        String[] kwnames = null;
        PyException pending = throwing;
        for (;;) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                for (;;) {
                    int word = code[pc++];
                    int op = word & 0xff;
                    int arg = word >>> 8;
                    while (op == EXTENDED_ARG) {
                        word = code[pc++];
                        op = word & 0xff;
                        arg = arg << 8 | word >>> 8;
                    }
                    here = pc - 1;
                    ts.instructions++;
                    if (pollAll) {
                        ts.instructionCheckpoint();
                    }
                    switch (op) {
                        case NOP, CACHE -> { }
                        case RESUME -> {
                            if (ts.evalBreaker != 0) {
                                ts.handleEvalBreaker();
                            }
                        }
                        case LOAD_FAST -> {
                            // [] -> [value]
                            PyObject v = local(co, s, arg);
                            rc.incref(ts, v);
                            s[sp++] = v;
                        }
                        case STORE_FAST -> {
                            // [value] -> []
                            PyObject old = s[arg];
                            s[arg] = s[--sp];
                            s[sp] = null;
                            rc.decref(ts, old);
                        }
                        case LOAD_CONST -> {
                            PyObject v = consts[arg];
                            rc.incref(ts, v);
                            s[sp++] = v;
                        }
                        case Quickening.LOAD_FAST__COMPARE_CONST_JUMP -> {
                            // LOAD_FAST, LOAD_CONST, COMPARE_OP, POP_JUMP_IF_*: a small-int local
                            // compared with a small-int constant, read without touching a count
                            PyObject v = s[arg];
                            if (v instanceof PyInt iv && iv.isSmall() && consts[code[pc] >>> 8] instanceof PyInt ic
                                    && ic.isSmall()) {
                                boolean t = IntFast.compare(iv.value, ic.value, code[pc + 1] >>> 8);
                                ts.instructions += 3;
                                pc = branch(ts, code, pc + 2 + C_COMPARE_OP, t);
                            } else {
                                sp = pushFastAndConst(ts, co, s, sp, arg, consts[code[pc++] >>> 8]);
                            }
                        }
                        case Quickening.LOAD_FAST__COMPARE_FAST_JUMP -> {
                            // LOAD_FAST, LOAD_FAST, COMPARE_OP, POP_JUMP_IF_*: two small-int locals
                            // compared without touching a count (while i < n)
                            PyObject v = s[arg], w = s[code[pc] >>> 8];
                            if (v instanceof PyInt iv && iv.isSmall() && w instanceof PyInt iw && iw.isSmall()) {
                                boolean t = IntFast.compare(iv.value, iw.value, code[pc + 1] >>> 8);
                                ts.instructions += 3;
                                pc = branch(ts, code, pc + 2 + C_COMPARE_OP, t);
                            } else {
                                sp = pushFast(ts, co, s, sp, arg);
                            }
                        }
                        case Quickening.LOAD_FAST__INPLACE_CONST_STORE -> {
                            // LOAD_FAST x, LOAD_CONST, BINARY_OP (+ or -), STORE_FAST x: the local
                            // replaced by its sum, with one count change (the old value's)
                            PyObject v = s[arg];
                            PyObject r = v instanceof PyInt iv && consts[code[pc] >>> 8] instanceof PyInt ic
                                    ? IntFast.binaryOp(iv, ic, code[pc + 1] >>> 8) : null;
                            if (r != null) {
                                s[arg] = r;
                                rc.decref(ts, v);
                                ts.instructions += 3;
                                pc += 3 + C_BINARY_OP;
                            } else {
                                sp = pushFastAndConst(ts, co, s, sp, arg, consts[code[pc++] >>> 8]);
                            }
                        }
                        case Quickening.LOAD_FAST__LOAD_CONST -> {
                            PyObject v = local(co, s, arg);
                            rc.incref(ts, v);
                            s[sp++] = v;
                            PyObject c = consts[code[pc++] >>> 8];
                            rc.incref(ts, c);
                            s[sp++] = c;
                            ts.instructions++;
                        }
                        case Quickening.LOAD_FAST__LOAD_FAST, Quickening.STORE_FAST__LOAD_FAST -> {
                            if (op == Quickening.STORE_FAST__LOAD_FAST) {
                                PyObject old = s[arg];
                                s[arg] = s[--sp];
                                s[sp] = null;
                                rc.decref(ts, old);
                            } else {
                                PyObject v = local(co, s, arg);
                                rc.incref(ts, v);
                                s[sp++] = v;
                            }
                            here = pc;
                            ts.instructions++;
                            int a2 = code[pc++] >>> 8;
                            PyObject v = local(co, s, a2);
                            rc.incref(ts, v);
                            s[sp++] = v;
                        }
                        case Quickening.COMPARE_OP_JUMP -> {
                            // COMPARE_OP + POP_JUMP_IF_*: two small ints compare and jump in one step
                            PyObject b = s[sp - 1], a = s[sp - 2];
                            if (a instanceof PyInt ia && b instanceof PyInt ib && ia.isSmall() && ib.isSmall()) {
                                boolean t = IntFast.compare(ia.value, ib.value, arg);
                                s[--sp] = null;
                                s[--sp] = null;
                                rc.decref(ts, a);
                                rc.decref(ts, b);
                                ts.instructions++;
                                pc = branch(ts, code, pc + C_COMPARE_OP, t);
                            } else {
                                PyObject r = EvalOps.compare(ts, a, b, arg);
                                s[--sp] = null;
                                s[sp - 1] = r;
                                rc.decref(ts, a);
                                rc.decref(ts, b);
                                pc += C_COMPARE_OP;
                            }
                        }
                        case POP_TOP -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            rc.decref(ts, v);
                        }
                        case PUSH_NULL -> s[sp++] = null;
                        case COPY -> {
                            PyObject v = s[sp - arg];
                            rc.incref(ts, v);
                            s[sp++] = v;
                        }
                        case SWAP -> {
                            PyObject v = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = v;
                        }
                        case BINARY_OP, Quickening.BINARY_OP__STORE_FAST -> {
                            // [a, b] -> [a op b]
                            PyObject b = s[sp - 1], a = s[sp - 2];
                            PyObject r = a instanceof PyInt ia && b instanceof PyInt ib ? IntFast.binaryOp(ia, ib, arg) : null;
                            if (r == null) {
                                r = EvalOps.binaryOp(ts, a, b, arg);
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                            rc.decref(ts, a);
                            rc.decref(ts, b);
                            pc += C_BINARY_OP;
                            if (op == Quickening.BINARY_OP__STORE_FAST) {
                                here = pc;
                                ts.instructions++;
                                int a2 = code[pc++] >>> 8;
                                PyObject old = s[a2];
                                s[a2] = s[--sp];
                                s[sp] = null;
                                rc.decref(ts, old);
                            }
                        }
                        case COMPARE_OP -> {
                            // [a, b] -> [a cmp b]
                            PyObject b = s[sp - 1], a = s[sp - 2];
                            PyObject r;
                            if (a instanceof PyInt ia && b instanceof PyInt ib && ia.isSmall() && ib.isSmall()) {
                                r = PyBool.of(IntFast.compare(ia.value, ib.value, arg));
                            } else if (a instanceof PyFloat fa && b instanceof PyFloat fb) {
                                r = PyBool.of(IntFast.compare(fa.value, fb.value, arg));
                            } else {
                                r = EvalOps.compare(ts, a, b, arg);
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                            rc.decref(ts, a);
                            rc.decref(ts, b);
                            pc += C_COMPARE_OP;
                        }
                        case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_FALSE,
                             POP_JUMP_BACKWARD_IF_TRUE -> {
                            PyObject v = s[sp - 1];
                            boolean t = v == PyBool.True || (v != PyBool.False && EvalOps.isTrue(ts, v));
                            s[--sp] = null;
                            rc.decref(ts, v);
                            if (t == (op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE)) {
                                if (op >= POP_JUMP_BACKWARD_IF_FALSE) {
                                    pc -= arg;
                                    if (ts.evalBreaker != 0) {
                                        ts.handleEvalBreaker();
                                    }
                                } else {
                                    pc += arg;
                                }
                            }
                        }
                        case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE,
                             POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            rc.decref(ts, v);
                            if ((v == PyNone.None) == (op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NONE)) {
                                if (op >= POP_JUMP_BACKWARD_IF_NOT_NONE) {
                                    pc -= arg;
                                    if (ts.evalBreaker != 0) {
                                        ts.handleEvalBreaker();
                                    }
                                } else {
                                    pc += arg;
                                }
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                            PyObject v = s[sp - 1];
                            boolean t = v == PyBool.True || (v != PyBool.False && EvalOps.isTrue(ts, v));
                            if (t == (op == JUMP_IF_TRUE_OR_POP)) {
                                pc += arg;
                            } else {
                                s[--sp] = null;
                                rc.decref(ts, v);
                            }
                        }
                        case JUMP_FORWARD -> pc += arg;
                        case JUMP_BACKWARD -> {
                            pc -= arg;
                            if (ts.evalBreaker != 0) {
                                ts.handleEvalBreaker();
                            }
                        }
                        case JUMP_BACKWARD_NO_INTERRUPT -> pc -= arg;
                        case LOAD_GLOBAL -> {
                            // [] -> [NULL?, value]
                            PyObject v = EvalNames.loadGlobalCached(ts, f, here, co.names[arg >> 1]);
                            if ((arg & 1) != 0) {
                                s[sp++] = null;
                            }
                            s[sp++] = v;
                            pc += C_LOAD_GLOBAL;
                        }
                        case LOAD_ATTR -> {
                            // [obj] -> [obj.name]
                            PyObject o = s[sp - 1];
                            PyObject v = AttrCache.getAttr(ts, co, here, o, co.names[arg]);
                            s[sp - 1] = v;
                            rc.decref(ts, o);
                            pc += C_ATTR;
                        }
                        case LOAD_METHOD -> {
                            // [obj] -> [meth, obj] or [NULL, obj.name]
                            sp = AttrCache.loadMethod(ts, co, here, s, sp, co.names[arg]);
                            pc += C_LOAD_METHOD;
                        }
                        case PRECALL -> pc += C_PRECALL;
                        case KW_NAMES -> kwnames = co.kwNames(arg);
                        case CALL -> {
                            // [NULL|meth, callable|self, args...] -> [result]
                            String[] kw = kwnames;
                            kwnames = null;
                            sp = EvalCalls.call(ts, s, sp, arg, kw);
                            pc += C_CALL;
                            // CPython 3.11 polls after a call too (CHECK_EVAL_BREAKER in CALL):
                            // a loop of builtin calls must still hand over the GIL.
                            if (ts.evalBreaker != 0) {
                                ts.handleEvalBreaker();
                            }
                        }
                        case RETURN_VALUE -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            f.stackTop = sp;
                            f.lasti = here;
                            EvalGen.finish(ts, f);
                            return r;
                        }
                        case FOR_ITER -> {
                            // [iter] -> [iter, next] or [] and jump when exhausted
                            PyObject it = s[sp - 1];
                            PyObject v = EvalOps.forIterNext(ts, it);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                rc.decref(ts, it);
                                pc += arg;
                            }
                        }
                        case BINARY_SUBSCR -> {
                            // [container, key] -> [container[key]]
                            PyObject k = s[sp - 1], o = s[sp - 2];
                            PyObject r = EvalOps.getItem(ts, o, k);
                            s[--sp] = null;
                            s[sp - 1] = r;
                            rc.decref(ts, o);
                            rc.decref(ts, k);
                            pc += C_BINARY_SUBSCR;
                        }
                        case STORE_SUBSCR -> {
                            sp = EvalOps.storeSubscr(ts, s, sp);
                            pc += C_STORE_SUBSCR;
                        }
                        case STORE_ATTR -> {
                            sp = EvalOps.storeAttr(ts, s, sp, co.names[arg]);
                            pc += C_ATTR;
                        }
                        case UNPACK_SEQUENCE -> {
                            sp = EvalOps.unpackSequence(ts, s, sp, arg);
                            pc += C_UNPACK_SEQUENCE;
                        }
                        case LOAD_DEREF, LOAD_CLASSDEREF -> sp = EvalNames.loadDeref(ts, f, s, sp, arg, op == LOAD_CLASSDEREF);
                        case STORE_DEREF -> sp = EvalNames.storeDeref(ts, s, sp, arg);
                        case LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL, DELETE_FAST,
                             DELETE_DEREF, LOAD_CLOSURE, MAKE_CELL, COPY_FREE_VARS ->
                            sp = EvalNames.execute(ts, f, s, sp, op, arg);
                        case RETURN_GENERATOR, YIELD_VALUE -> {
                            f.lasti = here;
                            PyObject r = EvalGen.suspend(ts, f, s, sp, op);
                            return r;
                        }
                        case SEND -> {
                            int r = EvalGen.send(ts, s, sp);
                            if (r < 0) {
                                sp = -r;
                                pc += arg;
                            } else {
                                sp = r;
                            }
                        }
                        case RAISE_VARARGS -> {
                            PyException e = EvalExceptions.raise(ts, s, sp, arg);
                            sp -= arg;
                            reraise = arg == 0;
                            reraiseLasti = here;
                            throw e;
                        }
                        case RERAISE -> {
                            // The handler is looked up at this instruction, but a handler that wants
                            // lasti gets the original one (CPython sets prev_instr, not next_instr).
                            reraiseLasti = arg != 0 && s[sp - 1 - arg] instanceof PyInt lasti ? lasti.intValue() : here;
                            PyException e = EvalExceptions.reraise(s, --sp);
                            reraise = true;
                            throw e;
                        }
                        default -> sp = EvalOps.execute(ts, f, s, sp, op, arg);
                    }
                }
            } catch (PyException e) {
                pc = EvalExceptions.unwind(ts, f, e, here, reraise ? reraiseLasti : here, sp, reraise);
                reraise = false;
                kwnames = null;
                sp = f.stackTop;
            } catch (FatalError e) {
                Opcode failed = Opcode.of(co.code[here] & 0xff);
                e.locate(failed == null ? "?" : failed.name(), co.qualname, co.lineAt(here));
                ts.interp.fatal(e);
                throw e;
            } catch (StackOverflowError e) {
                pc = EvalExceptions.unwind(ts, f, Errors.recursionError("maximum recursion depth exceeded"), here,
                        here, sp, false);
                kwnames = null;
                sp = f.stackTop;
            }
        }
    }
}
