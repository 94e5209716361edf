package org.gilvm.interp;

/**
 * The fields of {@link ThreadState} its thread writes on nearly every instruction or call,
 * with 64 bytes of padding on each side, so that no other thread's hot fields can share their
 * cache line.
 *
 * <p>Two threads' states are allocated far apart, but the collector copies long-lived objects
 * side by side; two running threads would then write the same line on every instruction and
 * each would run at a fraction of its speed (what happened to frame arrays, see
 * {@link Frame}). The JVM lays a superclass's fields out before its subclass's, so a chain of
 * classes is how Java code pads without {@code @Contended}.
 */
final class ThreadStatePadding {
    private ThreadStatePadding() {}

    abstract static class Before {
        long p00, p01, p02, p03, p04, p05, p06, p07;
    }

    abstract static class Hot extends Before {
        /**
         * Instructions executed, and reference-count writes (immortal objects excluded), for
         * the metrics: written only by this thread, read by the periodic snapshot without a
         * lock.
         */
        public long instructions, increfs, decrefs;
        /** The innermost executing frame (a linked list through {@link Frame#back}). */
        public Frame frame;
        /** Python call depth, checked against the interpreter's recursion limit. */
        public int depth;
    }

    public abstract static class After extends Hot {
        long p10, p11, p12, p13, p14, p15, p16, p17;
    }
}
