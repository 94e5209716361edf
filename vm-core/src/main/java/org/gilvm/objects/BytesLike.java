package org.gilvm.objects;

/**
 * What {@code bytes} and {@code bytearray} share: the methods of both read an object's
 * bytes through {@link #bytes()} and build results of the same kind with {@link #make}, as
 * CPython's {@code Objects/bytes_methods.c} serves both types. Arguments documented as
 * "bytes-like" accept either.
 */
public abstract class BytesLike extends PyObject {
    /**
     * The contents as an array of exactly {@link #size()} bytes. For bytes it is the object's
     * own array; for a bytearray a copy, so callers can hold it while Python code runs.
     * Never modify it.
     */
    public abstract byte[] bytes();

    public abstract int size();

    /** Byte i (0 <= i < size) as 0..255. */
    public abstract int byteAt(int i);

    /** A new object of this one's kind (bytes or bytearray) that takes over {@code b}. */
    abstract BytesLike make(byte[] b);

    /** Whether this is a bytearray, whose methods always return new objects. */
    final boolean isMutable() {
        return this instanceof PyByteArray;
    }
}
