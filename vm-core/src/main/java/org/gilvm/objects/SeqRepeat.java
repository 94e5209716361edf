package org.gilvm.objects;

import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * {@code seq * n} for the builtin sequences (list, tuple, str, bytes, bytearray): their sq_repeat, and
 * where CPython's PyNumber_Multiply and PyNumber_InPlaceMultiply try it
 * ({@code Objects/abstract.c}).
 *
 * <p>In CPython these types have no nb_multiply, only sq_repeat, which is tried once both
 * operands' nb_multiply have declined; the count is anything with {@code __index__}. Here the
 * sequences' binaryOp and reflectedOp do the repeat (they also serve as {@code __mul__} and
 * {@code __rmul__}), so {@link #multiply} keeps CPython's order by asking the other operand
 * first: {@code [1] * x} is {@code x.__rmul__([1])} when x defines it.
 */
final class SeqRepeat {
    private SeqRepeat() {}

    private static final int MAX_ITEMS = Integer.MAX_VALUE - 8;

    /** Whether o's type has CPython's sq_repeat. */
    static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof BytesLike;
    }

    /** The count {@code o.__index__()}; past 64 bits an OverflowError, as sequence_repeat. */
    static long count(ThreadState ts, PyObject o) {
        return Abstract.asSsize(ts, o, false);
    }

    /** {@code a * b} where at least one operand is a builtin sequence. */
    static PyObject multiply(ThreadState ts, PyObject a, PyObject b) {
        if (isSequence(a)) {
            PyObject r = countFirst(ts, a, b);
            return r != PyNotImplemented.NotImplemented ? r : sequenceRepeat(ts, a, b);
        }
        PyObject r = a.binaryOp(ts, BinaryOps.MULTIPLY, b);
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        return sequenceRepeat(ts, b, a);
    }

    /**
     * {@code a *= b} where at least one operand is a builtin sequence. A list repeats itself;
     * a sequence on the right is only repeated when the left operand's type has no sequence
     * slots at all, so {@code C() *= [1]} is an "unsupported operand" error for a class C.
     */
    static PyObject inplaceMultiply(ThreadState ts, PyObject a, PyObject b) {
        if (isSequence(a)) {
            PyObject r = countFirst(ts, a, b);
            if (r != PyNotImplemented.NotImplemented) {
                return r;
            }
            requireCount(b);
            r = a.inplaceOp(ts, BinaryOps.MULTIPLY, b);
            return r != PyNotImplemented.NotImplemented ? r : a.binaryOp(ts, BinaryOps.MULTIPLY, b);
        }
        PyObject r = a.inplaceOp(ts, BinaryOps.MULTIPLY, b);
        if (r == PyNotImplemented.NotImplemented) {
            r = a.binaryOp(ts, BinaryOps.MULTIPLY, b);
        }
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        if (hasSequenceSlots(a)) {
            throw Errors.unsupportedOperands("*=", a, b);
        }
        return sequenceRepeat(ts, b, a);
    }

    /** {@code n.__rmul__(seq)}, which comes before the repeat; an int's always declines. */
    private static PyObject countFirst(ThreadState ts, PyObject seq, PyObject n) {
        return n instanceof PyInt ? PyNotImplemented.NotImplemented : n.reflectedOp(ts, BinaryOps.MULTIPLY, seq);
    }

    /** CPython's sequence_repeat: the count must have __index__. */
    private static PyObject sequenceRepeat(ThreadState ts, PyObject seq, PyObject n) {
        requireCount(n);
        return seq.binaryOp(ts, BinaryOps.MULTIPLY, n);
    }

    private static void requireCount(PyObject n) {
        if (!Abstract.hasIndex(n)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
    }

    /** Whether CPython's type of o has tp_as_sequence (every class does, so heap types too). */
    private static boolean hasSequenceSlots(PyObject o) {
        return o.type().isHeapType() || isSequence(o) || o instanceof PyDict || o instanceof PyAnySet
                || o instanceof PyRange || o instanceof PyDictView;
    }

    // ---- the repeats --------------------------------------------------------------------

    /** CPython's list_repeat: the items {@code count} times over, read under the list's lock. */
    static PyList list(ThreadState ts, PyList l, long count) {
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            int n = l.size;
            if (count <= 0 || n == 0) {
                return new PyList();
            }
            int total = total(n, count);
            PyObject[] items = new PyObject[total];
            fillRepeated(l.items, n, items, total);
            increfEach(ts, items, n, count);
            return new PyList(items, total);
        } finally {
            g.unlock(ts, l);
        }
    }

    /** CPython's list_inplace_repeat. */
    static void listInPlace(ThreadState ts, PyList l, long count) {
        if (count < 1) {
            ListMethods.clear(ts, l);
            return;
        }
        ObjectLocks g = ts.locks();
        g.lock(ts, l);
        try {
            int n = l.size;
            if (count == 1 || n == 0) {
                return;
            }
            int total = total(n, count);
            PyObject[] items = new PyObject[total];
            fillRepeated(l.items, n, items, total);
            increfEach(ts, items, n, count - 1);
            l.items = items;
            l.size = total;
        } finally {
            g.unlock(ts, l);
        }
    }

    /** CPython's tuplerepeat: an exact tuple repeated once is itself. */
    static PyTuple tuple(ThreadState ts, PyTuple t, long count) {
        int n = t.size();
        if (count == 1 && t.getClass() == PyTuple.class) {
            ts.incref(t);
            return t;
        }
        if (count <= 0 || n == 0) {
            return PyTuple.EMPTY;
        }
        int total = total(n, count);
        PyObject[] items = new PyObject[total];
        fillRepeated(t.array(), n, items, total);
        increfEach(ts, items, n, count);
        return PyTuple.of(items);
    }

    /** CPython's unicode_repeat: an exact str repeated once is itself. */
    static PyStr str(ThreadState ts, PyStr s, long count) {
        String v = s.value();
        if (count <= 0 || v.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (count == 1 && s.getClass() == PyStr.class) {
            ts.incref(s);
            return s;
        }
        total(v.length(), count);
        return new PyStr(v.repeat((int) count));
    }

    /** CPython's bytes_repeat: an exact bytes repeated once is itself. */
    static PyBytes bytes(ThreadState ts, PyBytes b, long count) {
        byte[] v = b.value();
        if (count <= 0 || v.length == 0) {
            return PyBytes.EMPTY;
        }
        if (count == 1 && b.getClass() == PyBytes.class) {
            ts.incref(b);
            return b;
        }
        byte[] r = new byte[total(v.length, count)];
        System.arraycopy(v, 0, r, 0, v.length);
        for (int done = v.length; done < r.length; done *= 2) {
            System.arraycopy(r, 0, r, done, Math.min(done, r.length - done));
        }
        return new PyBytes(r);
    }

    /** n * count, or MemoryError when that cannot be an array's length. */
    private static int total(int n, long count) {
        if (count > MAX_ITEMS / n) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR);
        }
        return (int) (count * n);
    }

    /** Copies src[0..n) into dst repeatedly, doubling the copied block each time. */
    private static void fillRepeated(PyObject[] src, int n, PyObject[] dst, int total) {
        System.arraycopy(src, 0, dst, 0, n);
        for (int done = n; done < total; done *= 2) {
            System.arraycopy(dst, 0, dst, done, Math.min(done, total - done));
        }
    }

    /** Adds {@code times} references to each of the first n items. */
    private static void increfEach(ThreadState ts, PyObject[] items, int n, long times) {
        for (int i = 0; i < n; i++) {
            PyObject o = items[i];
            if (o.isImmortal()) {
                continue;
            }
            for (long c = 0; c < times; c++) {
                ts.incref(o);
            }
        }
    }
}
