package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A snapshot of one Python thread's running totals, every second and once more when the
 * thread ends. Totals, not deltas: a consumer that misses one snapshot loses nothing.
 */
@Name("gilvm.ThreadStats")
@Label("Python Thread Statistics")
@Category({"gilvm", "Threads"})
@Description("Running totals of one Python thread: instructions, reference counting, GIL waits and wasted CPU")
@Period("1 s")
@StackTrace(false)
public final class ThreadStatsEvent extends jdk.jfr.Event {
    @Label("Run")
    public String run;

    @Label("Strategy")
    public String strategy;

    @Label("Python Thread")
    public String pythonThread;

    @Label("Thread Ident")
    @Description("threading.get_ident() of the thread")
    public long ident;

    @Label("State")
    @Description("running, waiting_for_gil, blocked or exited")
    public String state;

    @Label("Instructions")
    @Description("Bytecode instructions executed (a superinstruction counts as the instructions it replaces)")
    public long instructions;

    @Label("Increfs")
    public long increfs;

    @Label("Decrefs")
    public long decrefs;

    @Label("Refcount Mode")
    @Description("plain, atomic, or none (no reference counts)")
    public String refcountMode;

    @Label("GIL Wait")
    @Timespan(Timespan.NANOSECONDS)
    public long gilWait;

    @Label("GIL Hold")
    @Timespan(Timespan.NANOSECONDS)
    public long gilHold;

    @Label("GIL Acquisitions")
    public long gilAcquisitions;

    @Label("Wasted Time Slice")
    @Description("CPU time spent while unable to run Python code because another thread held the GIL")
    @Timespan(Timespan.NANOSECONDS)
    public long wastedCpu;

    @Label("Futile Wake-ups")
    public long futileWakeups;

    @Label("Drop Requests")
    public long dropRequests;

    @Label("Switches In (Interval)")
    public long switchesInterval;

    @Label("Switches In (Blocking)")
    public long switchesBlocking;

    @Label("Switches In (Exit)")
    public long switchesExit;

    @Label("Switches In (Yield)")
    public long switchesYield;

    @Label("Object Locks Contended")
    public long objectLockContended;

    @Label("Object Lock Wait")
    @Timespan(Timespan.NANOSECONDS)
    public long objectLockWait;

    @Label("Voluntary Context Switches")
    @Description("From /proc; -1 where the OS does not say")
    public long voluntaryContextSwitches;

    @Label("Involuntary Context Switches")
    @Description("From /proc; -1 where the OS does not say")
    public long involuntaryContextSwitches;

    @Label("Thread CPU Time")
    @Timespan(Timespan.NANOSECONDS)
    public long cpuTime;

}
