package org.gilvm.interp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.jfr.FlightRecorder;
import org.gilvm.events.RefcountErrorEvent;
import org.gilvm.events.RunInfoEvent;
import org.gilvm.events.ThreadStatsEvent;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.ExecutionStrategy;

/**
 * Turns the counters every interpreter keeps into the periodic {@code gilvm.ThreadStats} and
 * {@code gilvm.RunInfo} events: one snapshot per Python thread and per run every second
 * while a recording wants them, and a last one when a thread or a run ends, so a consumer
 * sees final totals even for a run shorter than the period.
 *
 * <p>JFR's periodic hooks belong to the process, not to an interpreter, so the set of
 * running programs they report on is process-wide too. The hooks are registered only once
 * JFR is in use (a recording was started on the command line, by the agent, or by
 * {@code --jfr}): registering them initialises JFR, which would cost every plain run start-up
 * time.
 */
public final class RunEvents {
    private static final Set<Interpreter> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RunEvents() {}

    /** Registers the periodic hooks; called by whoever starts a recording, before the program. */
    public static void registerHooks() {
        if (HOOKED.compareAndSet(false, true)) {
            FlightRecorder.addPeriodicEvent(ThreadStatsEvent.class, RunEvents::threadSnapshots);
            FlightRecorder.addPeriodicEvent(RunInfoEvent.class, RunEvents::runSnapshots);
        }
    }

    static void started(Interpreter interp) {
        LIVE.add(interp);
        if (FlightRecorder.isInitialized()) {
            registerHooks();
        }
        runSnapshot(interp, false);
    }

    static void ended(Interpreter interp) {
        runSnapshot(interp, true);
        LIVE.remove(interp);
    }

    static void threadEnded(Interpreter interp, ThreadState ts) {
        threadSnapshot(interp, ts);
    }

    static void refcountError(ThreadState ts, PyObject o, String op) {
        RefcountErrorEvent e = new RefcountErrorEvent();
        if (e.shouldCommit()) {
            // A count still near zero is a count that went below it without the object being
            // poisoned yet (a lost update); the poison value means the object was freed.
            e.kind = o.refcnt > PyObject.FREED / 2 ? RefcountErrorEvent.NEGATIVE_COUNT
                    : RefcountErrorEvent.USE_AFTER_FREE;
            e.objectType = o.type().name();
            e.pythonThread = ts.name();
            e.operation = op;
            e.commit();
        }
    }

    /** One event per object still alive at exit under {@code --check-refs}. */
    static void leakAtExit(String typeName) {
        RefcountErrorEvent e = new RefcountErrorEvent();
        if (e.shouldCommit()) {
            e.kind = RefcountErrorEvent.LEAK_AT_EXIT;
            e.objectType = typeName;
            e.pythonThread = "";
            e.operation = "exit";
            e.commit();
        }
    }

    private static void threadSnapshots() {
        for (Interpreter interp : LIVE) {
            for (ThreadState ts : interp.threads()) {
                threadSnapshot(interp, ts);
            }
        }
    }

    private static void runSnapshots() {
        for (Interpreter interp : LIVE) {
            runSnapshot(interp, false);
        }
    }

    private static void threadSnapshot(Interpreter interp, ThreadState ts) {
        ThreadStatsEvent e = new ThreadStatsEvent();
        if (!e.shouldCommit()) {
            return;
        }
        ThreadStats st = ts.stats;
        e.run = interp.runId();
        e.strategy = interp.strategy().id();
        e.pythonThread = ts.name();
        e.ident = ts.ident();
        e.state = st.state.name().toLowerCase(Locale.ROOT);
        e.instructions = ts.instructions;
        e.increfs = ts.increfs;
        e.decrefs = ts.decrefs;
        e.refcountMode = ts.refCounts().mode();
        e.gilWait = st.gilWaitNanos;
        e.gilHold = st.gilHoldNanos;
        e.gilAcquisitions = st.gilAcquisitions;
        e.wastedCpu = st.wastedCpuNanos;
        e.futileWakeups = st.futileWakeups;
        e.dropRequests = st.dropRequests;
        e.switchesInterval = st.switchesInterval;
        e.switchesBlocking = st.switchesBlocking;
        e.switchesExit = st.switchesExit;
        e.switchesYield = st.switchesYield;
        e.objectLockContended = st.objectLockContended;
        e.objectLockWait = st.objectLockWaitNanos;
        long[] cs = contextSwitches(ts.nativeId());
        e.voluntaryContextSwitches = cs[0];
        e.involuntaryContextSwitches = cs[1];
        e.cpuTime = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(ts.thread().threadId()) : -1;
        e.commit();
    }

    private static void runSnapshot(Interpreter interp, boolean ended) {
        RunInfoEvent e = new RunInfoEvent();
        if (!e.shouldCommit()) {
            return;
        }
        ExecutionStrategy s = interp.strategy();
        e.run = interp.runId();
        e.program = interp.program();
        e.strategy = s.id();
        e.gilEnabled = s.gilEnabled();
        e.switchInterval = s.switchInterval().toNanos();
        e.switchPoints = s.settings().effectiveSwitchPoints().configName();
        e.gilPolicy = s.settings().policy().configName();
        e.pythonThreads = interp.threads().size();
        e.useAfterFree = interp.useAfterFreeCount();
        e.ended = ended;
        e.commit();
    }

    /**
     * The thread's voluntary and involuntary context switches from
     * {@code /proc/self/task/TID/status}, or -1 each where the OS does not keep them.
     */
    static long[] contextSwitches(long tid) {
        long[] r = {-1, -1};
        if (tid <= 0) {
            return r;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/task/" + tid + "/status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    r[0] = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    r[1] = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException absent) {
            // No /proc (not Linux) or the thread has gone: the figures are simply unknown.
        }
        return r;
    }
}
