package org.gilvm.objects;

/**
 * A bound on the open-addressing probe loops of dict and set tables. A consistent table always
 * has an empty slot and a slot for each entry, so a probe sequence ends: once {@code perturb}
 * has shifted down to zero (13 jumps for a 64-bit hash), {@code i = 5*i + 1 mod 2**k} visits
 * every slot within {@code 2**k} jumps. Written by racing threads with no lock (the
 * {@code unsafe-refcount} design), a table can lose all its empty slots, or the slot of an
 * entry; its probes would then never end. Past the bound the table is corrupt, and the caller
 * gets a SystemError where it would have hung.
 */
final class HashProbes {
    private HashProbes() {}

    /** Whether {@code jumps} probe jumps in a table of {@code mask + 1} slots prove it corrupt. */
    static boolean exceeded(int jumps, int mask) {
        return jumps > mask + 64;
    }

    /**
     * The next table size up from {@code size}, or a MemoryError past 2**30 slots (more than a
     * Java array of entries can hold): only a count corrupted by unguarded racing threads, or
     * memory no JVM has, asks for that.
     */
    static int doubled(int size, String type) {
        if (size >= 1 << 30) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, type + " too large: its hash table would need more than 2**30 slots");
        }
        return size << 1;
    }

    static PyException corrupt(String type) {
        return Errors.of(ExceptionTypes.SYSTEM_ERROR, type + " hash table is corrupt: threads changed it at once without a lock");
    }
}
