package org.gilvm.interp;

import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;

/**
 * Signal delivery, CPython's signalmodule.c in miniature: the OS handler only records the
 * signal and trips the main thread's eval-breaker; the main thread raises KeyboardInterrupt
 * at its next switch point, so Python code never sees a half-done instruction.
 */
public final class Signals {
    private volatile boolean sigintPending;
    private volatile ThreadState main;
    private volatile Thread mainThread;

    /** Declares the thread that runs {@code __main__}: only it receives KeyboardInterrupt. */
    void setMain(ThreadState ts, Thread t) {
        main = ts;
        mainThread = t;
    }

    /** Installs the Ctrl-C handler for this process (a no-op where the JVM does not allow it). */
    public void installSigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> trip());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // The signal is reserved (e.g. -Xrs) or unavailable: Ctrl-C keeps the JVM's default behaviour.
        }
    }

    /** Records a SIGINT; the main thread raises it at its next eval-breaker check. */
    public void trip() {
        sigintPending = true;
        ThreadState ts = main;
        if (ts != null) {
            ts.requestBreak(ThreadState.BREAK_SIGNAL);
            Thread t = mainThread;
            if (t != null) {
                t.interrupt();
            }
        }
    }

    /** Runs pending handlers on {@code ts}: KeyboardInterrupt in the main thread. */
    void run(ThreadState ts) {
        if (ts == main && sigintPending) {
            sigintPending = false;
            Thread.interrupted();
            throw Errors.of(ExceptionTypes.KEYBOARD_INTERRUPT);
        }
    }

    /** For blocking calls (sleep) woken by the interrupt: raise now if a signal is pending. */
    public void checkAfterInterrupt(ThreadState ts) {
        run(ts);
    }
}
