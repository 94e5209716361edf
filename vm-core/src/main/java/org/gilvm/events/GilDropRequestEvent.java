package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A waiter that waited a whole switch interval asked the holder to drop the GIL. */
@Name("gilvm.GilDropRequest")
@Label("GIL Drop Request")
@Category({"gilvm", "GIL"})
@Description("A thread waited a whole switch interval and asked the holder to drop the GIL")
@StackTrace(false)
public final class GilDropRequestEvent extends jdk.jfr.Event {
    @Label("Requester")
    public String pythonThread;

    @Label("Holder")
    public String holder;
}
