package org.gilvm.objects;

import java.math.BigInteger;
import org.gilvm.interp.ThreadState;

/**
 * {@code enumerate(iterable, start=0)}: pairs of a running index and the items of an iterator.
 * The index stays a Java long until it passes {@code Long.MAX_VALUE}, as CPython's
 * {@code en_index} stays a C ssize_t until it overflows into {@code en_longindex}.
 */
public final class PyEnumerate extends PyObject {
    private PyObject iterator;
    private long index;
    /** The index once it no longer fits a long; null before that. */
    private BigInteger bigIndex;

    private PyEnumerate(PyObject iterator, PyInt start) {
        this.iterator = iterator;
        if (start.isSmall()) {
            this.index = start.value;
        } else {
            this.bigIndex = start.toBig();
        }
    }

    /** tp_new: {@code enumerate(iterable, start=0)}, CPython's enum_new_impl. */
    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs, String[] kwnames) {
        PyObject iterable = nargs > 0 ? argv[off] : null;
        PyObject start = nargs > 1 ? argv[off + 1] : null;
        if (nargs > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + nargs + " given)");
        }
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                PyObject v = argv[off + nargs + k];
                switch (kwnames[k]) {
                    case "iterable" -> iterable = duplicate(iterable, v, "iterable", 1);
                    case "start" -> start = duplicate(start, v, "start", 2);
                    default -> throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for enumerate()");
                }
            }
        }
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        PyInt first = start == null ? PyInt.ZERO : Abstract.index(ts, start);
        try {
            return new PyEnumerate(iterable.iter(ts), first);
        } finally {
            ts.decref(first);
        }
    }

    private static PyObject duplicate(PyObject already, PyObject value, String name, int pos) {
        if (already != null) {
            throw Errors.typeError("argument for enumerate() given by name ('" + name + "') and position (" + pos + ")");
        }
        return value;
    }

    @Override
    public PyType type() { return BuiltinTypes.ENUMERATE; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject it = iterator;
        if (it == null) {
            return null;
        }
        PyObject item = it.next(ts);
        if (item == null) {
            return null;
        }
        PyInt i;
        if (bigIndex == null) {
            i = PyInt.of(index);
            if (index == Long.MAX_VALUE) {
                bigIndex = BigInteger.valueOf(index).add(BigInteger.ONE);
            } else {
                index++;
            }
        } else {
            i = PyInt.of(bigIndex);
            bigIndex = bigIndex.add(BigInteger.ONE);
        }
        return PyTuple.of(i, item);
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(iterator);
        iterator = null;
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(iterator);
    }
}
