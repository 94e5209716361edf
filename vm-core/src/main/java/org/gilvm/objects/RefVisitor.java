package org.gilvm.objects;

/**
 * Receives the references an object owns, CPython's {@code visitproc}: see
 * {@link PyObject#traverse}. Called on the thread that traverses; {@code referent} is never
 * null.
 */
@FunctionalInterface
public interface RefVisitor {
    void visit(PyObject referent);

    /** Visits {@code o} unless it is null: most owned slots are optional. */
    default void visitNullable(PyObject o) {
        if (o != null) {
            visit(o);
        }
    }
}
