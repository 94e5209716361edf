package org.gilvm.subinterp;

/**
 * The storage of a {@code multiprocessing.Value}: one copied value that every interpreter
 * holding the cell reads and replaces (each read rebuilds it, as reading shared memory
 * would). Reads and writes are atomic; read-modify-write needs the value's lock, as in CPython.
 */
final class SharedCell {
    private volatile Snapshot value;

    SharedCell(Snapshot value) {
        this.value = value;
    }

    Snapshot get() {
        return value;
    }

    void set(Snapshot v) {
        value = v;
    }
}
