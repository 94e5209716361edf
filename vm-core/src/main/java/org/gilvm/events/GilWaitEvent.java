package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** One wait for the GIL, from wanting it to holding it (CPython's take_gil). */
@Name("gilvm.GilWait")
@Label("GIL Wait")
@Category({"gilvm", "GIL"})
@Description("Time from a thread wanting the GIL to holding it")
@StackTrace(false)
public final class GilWaitEvent extends jdk.jfr.Event {
    /** The GIL was free at the first look. */
    public static final String IMMEDIATE = "immediate";
    /** The thread waited and was handed the GIL without asking. */
    public static final String WAITED = "waited";
    /** The thread waited a whole interval and asked the holder to drop it. */
    public static final String DROP_REQUEST = "drop-request";

    @Label("Python Thread")
    public String pythonThread;

    @Label("Outcome")
    @Description("immediate, waited, or drop-request (the waiter had to ask the holder to let go)")
    public String outcome;

    @Label("Futile Wake-ups")
    @Description("Times the waiter woke and found the GIL still taken")
    public int futileWakeups;
}
