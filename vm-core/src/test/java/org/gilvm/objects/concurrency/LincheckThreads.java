package org.gilvm.objects.concurrency;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;

/**
 * The interpreter the Lincheck tests share, and a thread state for each thread Lincheck runs
 * operations on. The states are all made up front, before Lincheck starts: making one reads
 * the strategy's settings, a record with static fields, and code that Lincheck 2.39 has
 * instrumented fails on those ("can't get base address on a record class": JDK 25's
 * {@code Unsafe} refuses records).
 */
final class LincheckThreads {
    private LincheckThreads() {}

    /** More than the threads all the Lincheck runs of one JVM ever start. */
    private static final int POOL = 256;

    static final Interpreter INTERP = TestStrategy.mutexInterpreter();
    private static final ThreadState[] STATES = new ThreadState[POOL];
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Map<Thread, ThreadState> BY_THREAD = new ConcurrentHashMap<>();

    static {
        for (int i = 0; i < POOL; i++) {
            STATES[i] = new ThreadState(INTERP);
        }
    }

    /** Makes the interpreter and the states: call before Lincheck starts. */
    static void ready() {
        if (STATES[POOL - 1] == null) {
            throw new IllegalStateException("thread states not made");
        }
    }

    /** The calling thread's state, handed out once per thread. */
    static ThreadState current() {
        return BY_THREAD.computeIfAbsent(Thread.currentThread(), t -> STATES[NEXT.getAndIncrement()]);
    }

    /** {@code self.name(*args)} as Python calls it; the result as a Java value, an exception as its Python name. */
    static Object call(PyObject self, String name, PyObject... args) {
        ThreadState ts = current();
        PyObject[] argv = new PyObject[args.length + 1];
        argv[0] = self;
        System.arraycopy(args, 0, argv, 1, args.length);
        try {
            PyObject r = self.type().lookup(name).call(ts, argv, 0, argv.length, null);
            Object v = r instanceof PyInt i ? (Object) i.longValue() : r.repr(ts);
            ts.decref(r);
            return v;
        } catch (org.gilvm.objects.PyException e) {
            return e.value.type().name();
        }
    }
}
