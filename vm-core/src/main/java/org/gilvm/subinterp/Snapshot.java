package org.gilvm.subinterp;

import java.math.BigInteger;
import org.gilvm.objects.PyObject;

/**
 * A Python value copied out of one interpreter, to be rebuilt in another: what a pickle is
 * to CPython's multiprocessing, kept as plain Java data rather than bytes. A snapshot holds no
 * reference-counted object; the only {@link PyObject}s in it are immortal ones every
 * interpreter shares ({@link Shared}), and the only shared Java state is the cross-interpreter
 * primitives of {@link Handle}. {@link SnapshotWriter} makes one on the sender's thread,
 * {@link SnapshotReader} rebuilds it on the receiver's; in between it is immutable, so any
 * thread may hand it on.
 *
 * <p>Objects that can be referred to twice carry a {@code memo} slot, numbered in the order
 * the writer met them (pickle's memo): a later {@link Ref} to the same slot rebuilds as the
 * same object, so shared references and cycles through lists, dicts, sets and instances
 * survive the copy.
 */
public sealed interface Snapshot {
    /** None, a bool, a small int, an interned str, a builtin type: immortal, shared by all. */
    record Shared(PyObject value) implements Snapshot {}

    record Int(long value) implements Snapshot {}

    record BigInt(BigInteger value) implements Snapshot {}

    record Float(double value) implements Snapshot {}

    record Complex(double real, double imag) implements Snapshot {}

    record Str(int memo, String value) implements Snapshot {}

    record Bytes(int memo, byte[] value) implements Snapshot {}

    record ByteArray(int memo, byte[] value) implements Snapshot {}

    record Tuple(int memo, Snapshot[] items) implements Snapshot {}

    record List(int memo, Snapshot[] items) implements Snapshot {}

    record Dict(int memo, Snapshot[] keys, Snapshot[] values) implements Snapshot {}

    /** A set or frozenset. */
    record Set(int memo, boolean frozen, Snapshot[] items) implements Snapshot {}

    /** An object met before: the one rebuilt for that memo slot. */
    record Ref(int memo) implements Snapshot {}

    /** A module-level function or class, by name: rebuilt by importing, as pickle does. */
    record Global(int memo, String module, String qualname) implements Snapshot {}

    /** {@code getattr(owner, name)}: a bound method, or a method of a builtin type. */
    record Attr(int memo, Snapshot owner, String name) implements Snapshot {}

    /**
     * An instance of a class: made with {@code cls.__new__(cls)} (no {@code __init__}, as
     * pickle does), then given {@code state}: its {@code __dict__} items, or whatever
     * {@code __getstate__} returned, passed to {@code __setstate__} when {@code setState}.
     */
    record Instance(int memo, Snapshot cls, Snapshot state, boolean setState) implements Snapshot {}

    /**
     * An exception: rebuilt by calling its class with its args, then its attributes set
     * (BaseException's {@code __reduce__}).
     */
    record Exception(int memo, Snapshot cls, Snapshot args, Snapshot attrs) implements Snapshot {}

    /** A cross-interpreter primitive ({@link Channel}, {@link SharedLock}, ...) itself. */
    record Handle(Object shared) implements Snapshot {}
}
