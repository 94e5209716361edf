package org.gilvm.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * Calls container methods the way Python code would (looked up on the type, called with self
 * first) and compares with what CPython 3.11 prints. Expected strings were produced by
 * {@code python3} 3.11.7.
 */
abstract class ContainerTestSupport {
    final Interpreter interp = new Interpreter(InterpreterConfig.standard(List.of("t.py")));
    final ThreadState ts = new ThreadState(interp);

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    /** A list of ints. */
    static PyList ints(long... values) {
        PyList l = new PyList();
        for (long v : values) {
            l.appendOwned(PyInt.of(v));
        }
        return l;
    }

    static PyList list(PyObject... items) {
        PyList l = new PyList();
        for (PyObject o : items) {
            l.appendOwned(o);
        }
        return l;
    }

    /** {@code type(*args)}. */
    PyObject make(PyType type, PyObject... args) {
        return type.call(ts, args, 0, args.length, null);
    }

    PyObject set(PyObject iterable) {
        return make(BuiltinTypes.SET, iterable);
    }

    PyObject setOf(long... values) {
        return set(ints(values));
    }

    PyObject frozen(PyObject iterable) {
        return make(BuiltinTypes.FROZENSET, iterable);
    }

    /** {@code self.name(*args)}: the method found on self's type, self passed first. */
    PyObject call(PyObject self, String name, PyObject... args) {
        PyObject m = self.type().lookup(name);
        if (m == null) {
            throw new AssertionError(self.type().name() + " has no method " + name);
        }
        PyObject[] argv = new PyObject[args.length + 1];
        argv[0] = self;
        System.arraycopy(args, 0, argv, 1, args.length);
        return m.call(ts, argv, 0, argv.length, null);
    }

    /** {@code self.name(*args, **{kwnames: kwvalues})}. */
    PyObject callKw(PyObject self, String name, PyObject[] args, String[] kwnames, PyObject... kwvalues) {
        PyObject m = self.type().lookup(name);
        PyObject[] argv = new PyObject[1 + args.length + kwvalues.length];
        argv[0] = self;
        System.arraycopy(args, 0, argv, 1, args.length);
        System.arraycopy(kwvalues, 0, argv, 1 + args.length, kwvalues.length);
        return m.call(ts, argv, 0, 1 + args.length, kwnames);
    }

    /** {@code getattr(obj, name)(*args)}. */
    PyObject callAttr(PyObject obj, String name, PyObject... args) {
        PyObject m = Abstract.getAttr(ts, obj, name);
        return m.call(ts, args, 0, args.length, null);
    }

    String repr(PyObject o) {
        return o.repr(ts);
    }

    /** {@code repr(list(iterable))}. */
    String listRepr(PyObject iterable) {
        return Abstract.toList(ts, iterable).repr(ts);
    }

    boolean truth(PyObject o) {
        return Abstract.isTrue(ts, o);
    }

    /** Runs body, expecting a Python exception of the named type with this str(). */
    void assertRaises(String type, String message, Runnable body) {
        PyException e = assertThrows(PyException.class, body::run);
        assertEquals(type, e.value.type().name());
        assertEquals(message, e.value.str(ts));
    }

    void assertReprs(String expected, PyObject o) {
        assertEquals(expected, repr(o));
    }

}
