package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** One tenure of the GIL, from taking it to letting go. */
@Name("gilvm.GilHold")
@Label("GIL Hold")
@Category({"gilvm", "GIL"})
@Description("One tenure of the GIL: from taking it to letting it go")
@StackTrace(false)
public final class GilHoldEvent extends jdk.jfr.Event {
    @Label("Python Thread")
    public String pythonThread;

    @Label("Released Because")
    @Description("interval, blocking, exit or yield")
    public String reason;
}
