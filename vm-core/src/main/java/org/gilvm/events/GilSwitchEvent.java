package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** The GIL changed hands. */
@Name("gilvm.GilSwitch")
@Label("GIL Switch")
@Category({"gilvm", "GIL"})
@Description("The GIL passed from one thread to another")
@StackTrace(false)
public final class GilSwitchEvent extends jdk.jfr.Event {
    @Label("From")
    public String from;

    @Label("To")
    public String to;

    @Label("Reason")
    @Description("Why the previous holder let go: interval, blocking, exit or yield")
    public String reason;
}
