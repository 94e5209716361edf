package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/** What is running: the program, the strategy and its settings. Every second, and at the end. */
@Name("gilvm.RunInfo")
@Label("Run Information")
@Category({"gilvm"})
@Description("The program being run, the execution strategy and its settings")
@Period("1 s")
@StackTrace(false)
public final class RunInfoEvent extends jdk.jfr.Event {
    @Label("Run")
    public String run;

    @Label("Program")
    public String program;

    @Label("Strategy")
    public String strategy;

    @Label("GIL")
    public boolean gilEnabled;

    @Label("Switch Interval")
    @Timespan(Timespan.NANOSECONDS)
    public long switchInterval;

    @Label("Switch Points")
    @Description("backward-jumps or every-instruction")
    public String switchPoints;

    @Label("GIL Policy")
    @Description("interval (CPython 3.2+) or legacy-ticks")
    public String gilPolicy;

    @Label("Python Threads")
    @Description("Python threads alive now")
    public int pythonThreads;

    @Label("Uses After Free")
    @Description("Uses of freed objects detected so far")
    public long useAfterFree;

    @Label("Ended")
    @Description("True in the last snapshot, written when the program has finished")
    public boolean ended;
}
