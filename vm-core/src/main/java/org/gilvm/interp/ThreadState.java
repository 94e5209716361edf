package org.gilvm.interp;

import java.util.ArrayDeque;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.RefCounts;

/**
 * One Python thread's state, CPython's {@code PyThreadState}: the current frame, the
 * recursion depth, the exception being handled, and the eval-breaker the loop polls.
 *
 * <p>Only its own thread reads or writes it, except {@link #evalBreaker}, which other threads
 * (the GIL's drop request, a signal handler) set to ask this thread to stop at its next
 * switch point.
 */
public final class ThreadState {
    /** Eval-breaker bits. */
    public static final int BREAK_SIGNAL = 1, BREAK_DROP_REQUEST = 2, BREAK_ASYNC_EXC = 4;

    private static final int MAX_DEALLOC_DEPTH = 200;

    public final Interpreter interp;
    private final RefCounts rc;

    /**
     * Non-zero when the loop must leave the fast path at its next switch point: CPython's
     * {@code eval_breaker}. Volatile so a plain read in the loop sees other threads' writes.
     */
    public volatile int evalBreaker;

    /** The innermost executing frame (a linked list through {@link Frame#back}). */
    public Frame frame;
    /** Python call depth, checked against the interpreter's recursion limit. */
    public int depth;
    /**
     * One level of "the exception being handled", CPython's {@code _PyErr_StackItem}: the
     * thread has one, and each running generator links its own in front of it, so a
     * generator suspended inside an except block keeps its exception to itself.
     */
    public static final class ExcState {
        /** The handled exception (owned), or null. */
        public PyObject value;
        public ExcState previous;
    }

    /** The innermost exception-handling state; {@code sys.exc_info()} starts here. */
    public ExcState excInfo = new ExcState();

    /** Containers whose repr is in progress on this thread: CPython's Py_ReprEnter list. */
    private final java.util.ArrayList<PyObject> reprStack = new java.util.ArrayList<>();

    private int deallocDepth;
    private final ArrayDeque<PyObject> deferredDeallocs = new ArrayDeque<>();

    /** CPython's _PyErr_GetTopmostException: the exception being handled, or null. */
    public PyBaseException topmostException() {
        for (ExcState e = excInfo; e != null; e = e.previous) {
            if (e.value instanceof PyBaseException b) {
                return b;
            }
        }
        return null;
    }

    /**
     * Called by the loop at a switch point when {@link #evalBreaker} is non-zero: runs
     * pending signal handlers (Ctrl-C raises KeyboardInterrupt here) and, later, the
     * strategy's drop request.
     */
    public void handleEvalBreaker() {
        int bits = evalBreaker;
        if ((bits & BREAK_SIGNAL) != 0) {
            evalBreaker = bits & ~BREAK_SIGNAL;
            interp.signals().run(this);
        }
    }

    public ThreadState(Interpreter interp) {
        this.interp = interp;
        this.rc = interp.refCounts();
    }

    /** CPython's Py_INCREF, through the strategy; null-safe like Py_XINCREF. */
    public void incref(PyObject o) {
        rc.incref(this, o);
    }

    /** CPython's Py_DECREF, through the strategy; null-safe like Py_XDECREF. */
    public void decref(PyObject o) {
        rc.decref(this, o);
    }

    public RefCounts refCounts() {
        return rc;
    }

    /**
     * Called by the strategy when a count reaches zero: releases what {@code o} owns and
     * poisons it. Deep chains (a long linked list going away) are flattened into a queue, as
     * CPython's trashcan does, so dealloc never overflows the Java stack.
     */
    public void dealloc(PyObject o) {
        // Numbers own nothing and have no __del__: poison them without the general machinery
        // (the count loop frees one int per iteration). Kept this small so that the JIT
        // inlines it into every decref; the rest is out of line.
        Class<?> c = o.getClass();
        if (c == PyInt.class || c == PyFloat.class) {
            o.refcnt = PyObject.FREED;
        } else {
            deallocObject(o);
        }
    }

    private void deallocObject(PyObject o) {
        if (deallocDepth >= MAX_DEALLOC_DEPTH) {
            deferredDeallocs.add(o);
            return;
        }
        deallocDepth++;
        try {
            deallocOne(o);
            if (deallocDepth == 1) {
                PyObject next;
                while ((next = deferredDeallocs.poll()) != null) {
                    deallocOne(next);
                }
            }
        } finally {
            deallocDepth--;
        }
    }

    private void deallocOne(PyObject o) {
        o.dealloc(this);
        if (o.refcnt == 0) {
            o.refcnt = PyObject.FREED;
        }
    }

    /** A use of a freed object: the strategy decides whether it is fatal. */
    public void useAfterFree(PyObject o, String op) {
        interp.useAfterFree(this, o, op);
    }

    /** CPython's Py_ReprEnter: false if o's repr is already in progress (print "..."). */
    public boolean reprEnter(PyObject o) {
        for (int i = reprStack.size() - 1; i >= 0; i--) {
            if (reprStack.get(i) == o) {
                return false;
            }
        }
        reprStack.add(o);
        return true;
    }

    public void reprLeave(PyObject o) {
        for (int i = reprStack.size() - 1; i >= 0; i--) {
            if (reprStack.get(i) == o) {
                reprStack.remove(i);
                return;
            }
        }
    }

    /** Raises RecursionError past the limit; called on every Python call. */
    public void enterCall() {
        if (++depth > interp.recursionLimit()) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }

    public void leaveCall() {
        depth--;
    }
}
