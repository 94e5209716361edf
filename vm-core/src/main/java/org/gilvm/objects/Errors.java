package org.gilvm.objects;

import static org.gilvm.objects.ExceptionTypes.*;

import org.gilvm.interp.ThreadState;

/**
 * Factories for the exceptions the VM raises, with CPython 3.11's texts kept in one place so
 * tests can compare them with what CPython prints. Each returns the Java throwable to
 * {@code throw}: {@code throw Errors.typeError("...")}.
 */
public final class Errors {
    private Errors() {}

    /** An exception of {@code type} with one str argument. */
    public static PyException of(PyType type, String message) {
        return new PyException(new PyBaseException(type, PyTuple.of(new PyStr(message))));
    }

    /** An exception of {@code type} with no arguments. */
    public static PyException of(PyType type) {
        return new PyException(new PyBaseException(type, PyTuple.EMPTY));
    }

    public static PyException typeError(String message) { return of(TYPE_ERROR, message); }

    public static PyException valueError(String message) { return of(VALUE_ERROR, message); }

    public static PyException attributeError(String message) { return of(ATTRIBUTE_ERROR, message); }

    public static PyException indexError(String message) { return of(INDEX_ERROR, message); }

    public static PyException runtimeError(String message) { return of(RUNTIME_ERROR, message); }

    public static PyException overflowError(String message) { return of(OVERFLOW_ERROR, message); }

    public static PyException zeroDivisionError(String message) { return of(ZERO_DIVISION_ERROR, message); }

    /** NameError for an unbound global or builtin; it records the name for suggestions. */
    public static PyException nameError(String name) {
        return withName(of(NAME_ERROR, "name '" + name + "' is not defined"), name);
    }

    public static PyException unboundLocalError(String name) {
        return of(UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    public static PyException freeVarError(String name) {
        return withName(of(NAME_ERROR, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope"), name);
    }

    /** Sets {@code e.name}: a new str owned by the exception, so no ThreadState is needed. */
    private static PyException withName(PyException e, String name) {
        e.value.setNameAndObjSteal(null, new PyStr(name), null);
        return e;
    }

    public static PyException recursionError(String message) { return of(RECURSION_ERROR, message); }

    public static PyException notImplementedError(String message) { return of(NOT_IMPLEMENTED_ERROR, message); }

    public static PyException stopIteration() { return of(STOP_ITERATION); }

    public static PyException osError(PyType type, int errno, String strerror, String filename) {
        PyTuple args = PyTuple.of(PyInt.of(errno), new PyStr(strerror));
        PyBaseException e = new PyBaseException(type, args);
        OSErrorMethods.init(e, errno, strerror, filename);
        return new PyException(e);
    }

    /** KeyError(key): the key itself is the argument, so str(e) is its repr. */
    public static PyException keyError(ThreadState ts, PyObject key) {
        ts.incref(key);
        return new PyException(new PyBaseException(KEY_ERROR, PyTuple.of(key)));
    }

    public static PyException unhashable(PyObject o) {
        return typeError("unhashable type: '" + o.type().name() + "'");
    }

    /**
     * AttributeError for {@code o.name}, recording {@code name} and {@code o} as the
     * exception's {@code name} and {@code obj}, as CPython 3.11 does for the "Did you mean"
     * suggestion of the traceback printer.
     */
    public static PyException noAttribute(ThreadState ts, PyObject o, String name) {
        PyException e = attributeError(noAttributeMessage(o, name));
        ts.incref(o);
        e.value.setNameAndObjSteal(ts, new PyStr(name), o);
        return e;
    }

    /**
     * AttributeError for {@code o.name} that records neither name nor object, as CPython's
     * own PyErr_Format calls do (deleting a missing attribute): no suggestion is offered.
     */
    public static PyException noAttribute(PyObject o, String name) {
        return attributeError(noAttributeMessage(o, name));
    }

    private static String noAttributeMessage(PyObject o, String name) {
        if (o instanceof PyType t) {
            return "type object '" + t.name() + "' has no attribute '" + name + "'";
        }
        if (o instanceof PyModule m) {
            return "module '" + m.name() + "' has no attribute '" + name + "'";
        }
        return "'" + o.type().name() + "' object has no attribute '" + name + "'";
    }

    public static PyException unsupportedOperands(String symbol, PyObject a, PyObject b) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name()
                + "' and '" + b.type().name() + "'");
    }

    public static PyException notComparable(CompareOp op, PyObject a, PyObject b) {
        return typeError("'" + op.symbol + "' not supported between instances of '"
                + a.type().name() + "' and '" + b.type().name() + "'");
    }

    /**
     * {@code del o[key]} on a type without item deletion. CPython's PyObject_DelItem hands an
     * index key on a type with sequence slots (tuple, str, bytes, range, sets, dict views) to
     * PySequence_DelItem, whose text says "doesn't"; every other case says "does not".
     */
    public static PyException noItemDeletion(PyObject o, PyObject key) {
        boolean sequence = o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes
                || o instanceof PyRange || o instanceof PyAnySet || o instanceof PyDictView;
        String verb = sequence && Abstract.hasIndex(key) ? "doesn't" : "does not";
        return typeError("'" + o.type().name() + "' object " + verb + " support item deletion");
    }

    public static PyException indexOutOfRange(String what) {
        return indexError(what + " index out of range");
    }

    public static PyException mustBeStr(String what, PyObject got) {
        return typeError(what + " must be str, not " + got.type().name());
    }
}
