package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A thread waited for a container's per-object lock (no GIL: PEP 703's critical sections). */
@Name("gilvm.ObjectLockContention")
@Label("Object Lock Contention")
@Category({"gilvm", "Locks"})
@Description("A thread found a list, dict or set locked by another thread and waited")
@StackTrace(false)
public final class ObjectLockContentionEvent extends jdk.jfr.Event {
    @Label("Python Thread")
    public String pythonThread;

    @Label("Object Type")
    public String objectType;
}
