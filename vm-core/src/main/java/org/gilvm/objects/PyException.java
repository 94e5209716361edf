package org.gilvm.objects;

/**
 * The Java throwable that carries a Python exception up the Java stack. It has no Java stack
 * trace (filling one in would cost more than the rest of a raise); the Python traceback is
 * built on {@link PyBaseException#traceback} as frames unwind.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /**
     * Whether the eval loop has already set {@code __context__} (implicit chaining happens
     * once, in the frame that sees the exception first).
     */
    public boolean contextSet;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() {
        return value.type();
    }

    /** Whether this exception is an instance of {@code t}: the except-clause test. */
    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.argsString();
    }
}
