package org.gilvm.strategies.tracing;

import java.lang.ref.Cleaner;
import java.util.function.Supplier;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyInstance;

/**
 * {@code __del__} under a tracing collector. With no counts nothing notices the moment an
 * object becomes garbage; the JVM's collector notices later, and a {@link Cleaner} then runs
 * {@code __del__} on its own thread, on a stand-in that shares the dead object's class, dict
 * and slots ({@link PyInstance#remains}). As with Java finalizers and CPython's cyclic GC, when
 * (and whether, if the program ends first) it runs is up to the collector.
 *
 * <p>The cleaner thread is a Python thread of this interpreter while it runs finalizers: it
 * has its own ThreadState, attached once.
 */
final class DelFinalizers {
    /** Made with the first object that has a __del__: most programs never need its thread. */
    private volatile Cleaner cleaner;
    /** The cleaner thread's state, made on its first finalizer. */
    private ThreadState finalizerThread;

    void register(ThreadState ts, PyInstance obj) {
        if (obj.hasFinalizer()) {
            cleaner().register(obj, new Del(this, ts.interp, obj.remains()));
        }
    }

    private Cleaner cleaner() {
        Cleaner c = cleaner;
        if (c == null) {
            synchronized (this) {
                c = cleaner;
                if (c == null) {
                    c = Cleaner.create(r -> {
                        Thread t = new Thread(r, "gilvm-finalizer");
                        t.setDaemon(true);
                        return t;
                    });
                    cleaner = c;
                }
            }
        }
        return c;
    }

    /** A finalizer to run; must not reference the object it is registered for. */
    private record Del(DelFinalizers owner, Interpreter interp, Supplier<PyInstance> remains) implements Runnable {
        @Override
        public void run() {
            PyInstance.runDel(owner.threadState(interp), remains.get());
        }
    }

    /** Only the cleaner thread calls this. */
    private ThreadState threadState(Interpreter interp) {
        if (finalizerThread == null) {
            finalizerThread = new ThreadState(interp);
            interp.strategy().attach(finalizerThread);
        }
        return finalizerThread;
    }
}
