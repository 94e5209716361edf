package org.gilvm.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** A reference-count error the VM detected. */
@Name("gilvm.RefcountError")
@Label("Refcount Error")
@Category({"gilvm", "Reference Counts"})
@Description("A use of a freed object, a count below zero, or an object leaked at exit")
public final class RefcountErrorEvent extends jdk.jfr.Event {
    public static final String USE_AFTER_FREE = "use-after-free";
    public static final String NEGATIVE_COUNT = "negative-count";
    public static final String LEAK_AT_EXIT = "leak-at-exit";

    @Label("Kind")
    @Description("use-after-free, negative-count or leak-at-exit")
    public String kind;

    @Label("Object Type")
    public String objectType;

    @Label("Python Thread")
    public String pythonThread;

    @Label("Operation")
    @Description("The reference operation that found the error (incref, decref), or exit")
    public String operation;
}
