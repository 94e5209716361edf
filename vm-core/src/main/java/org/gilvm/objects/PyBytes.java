package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code bytes}: an immutable sequence of 0..255. */
public class PyBytes extends PyObject {
    private final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() { return BuiltinTypes.BYTES; }

    /** The backing array: callers must not modify it. */
    public final byte[] value() { return value; }

    @Override
    public long len(ThreadState ts) { return value.length; }

    @Override
    public boolean isTrue(ThreadState ts) { return value.length != 0; }
}
