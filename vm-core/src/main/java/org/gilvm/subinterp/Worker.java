package org.gilvm.subinterp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gilvm.interp.Calls;
import org.gilvm.interp.ChildMain;
import org.gilvm.interp.ThreadState;
import org.gilvm.interp.TracebackPrinter;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * The main loop of a child interpreter, CPython's {@code multiprocessing.pool.worker}: run
 * the parent's main script, then take calls from the inbox one at a time, rebuild their
 * function and arguments here, run them, and copy back the result, or the exception with its
 * traceback as text. Runs on the child's main thread, attached to the child's strategy.
 */
final class Worker {
    private final ThreadState ts;
    private final Subinterpreters place;
    private final Inbox inbox;
    /** The call being run, if any: failed by the caller of {@link #serve} if the interpreter dies under it. */
    private volatile Call current;

    Worker(ThreadState ts, Subinterpreters place, Inbox inbox) {
        this.ts = ts;
        this.place = place;
        this.inbox = inbox;
    }

    /**
     * Runs the main script, then {@code init} (if any: a pool worker's set-up), then the
     * inbox's calls. When the script or {@code init} fails, the process is broken: each call
     * it takes fails as they did, rather than waiting for ever.
     */
    void serve(ChildMain.Spec spec, Call init) {
        place.setBootstrapping(true);
        PyBaseException startFailed;
        try {
            startFailed = ChildMain.start(ts, spec);
        } finally {
            place.setBootstrapping(false);
        }
        Call broken = null;
        if (startFailed != null) {
            broken = new Call(null, null, null, null, 0);
            fail(broken, startFailed, null);
            ts.decref(startFailed);
        } else if (init != null && init.start(place.id())) {
            run(init);
            broken = init.failed() ? init : null;
        }
        for (;;) {
            Call c = Waits.await(ts, -1, left -> inbox.take());
            if (c == null) {
                return;
            }
            if (!c.start(place.id())) {
                continue;
            }
            if (broken != null) {
                c.fail(broken.error(), broken.traceback(), null);
            } else {
                current = c;
                run(c);
                current = null;
            }
        }
    }

    /** The call that was running when the interpreter stopped, or null. */
    Call current() {
        return current;
    }

    private void run(Call c) {
        PyObject func = null, args = null, kwargs = null, result;
        try {
            func = SnapshotReader.read(ts, c.func);
            args = SnapshotReader.read(ts, c.args);
            kwargs = c.kwargs == null ? null : SnapshotReader.read(ts, c.kwargs);
            result = Calls.callObject(ts, func, (PyTuple) args, (PyDict) kwargs);
        } catch (PyException e) {
            fail(c, e.value, null);
            ts.decref(e.value);
            return;
        } finally {
            ts.decref(func);
            ts.decref(args);
            ts.decref(kwargs);
            ChildMain.flush(ts);
        }
        try {
            c.succeed(SnapshotWriter.write(ts, result));
        } catch (PyException e) {
            // CPython's pool: MaybeEncodingError names the result and why it could not be sent.
            fail(c, e.value, result.repr(ts));
            ts.decref(e.value);
        } finally {
            ts.decref(result);
        }
    }

    /** Completes {@code c} with a copy of {@code exc} (borrowed) and its traceback text. */
    private void fail(Call c, PyBaseException exc, String unsentResult) {
        Snapshot copy;
        try {
            copy = SnapshotWriter.write(ts, exc);
        } catch (PyException e) {
            // The exception itself cannot be copied (an attribute pickle would refuse): send
            // why, which always can be.
            copy = SnapshotWriter.write(ts, e.value);
            ts.decref(e.value);
        }
        c.fail(copy, formatTraceback(exc), unsentResult);
    }

    private String formatTraceback(PyBaseException exc) {
        if (exc.traceback == null) {
            return null;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, false, StandardCharsets.UTF_8);
        TracebackPrinter.print(ts, exc, out);
        out.flush();
        return buf.toString(StandardCharsets.UTF_8);
    }

}
