package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code NotImplemented}: what a binary operation returns when it does not apply. */
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented NotImplemented = new PyNotImplemented().immortal();

    private PyNotImplemented() {}

    @Override
    public PyType type() { return BuiltinTypes.NOT_IMPLEMENTED_TYPE; }

    @Override
    public String repr(ThreadState ts) { return "NotImplemented"; }
}
