package org.gilvm.objects;

/**
 * A container whose storage changes in place (list, dict, set, bytearray) and so may need
 * a per-object lock when no GIL serialises threads: CPython 3.13t's {@code ob_mutex}.
 */
public interface Lockable {
    /** This object's mutex, made on first use (objects under a GIL never pay for one). */
    ObjectMutex mutex();
}
