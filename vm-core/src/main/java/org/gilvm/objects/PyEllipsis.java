package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis Ellipsis = new PyEllipsis().immortal();

    private PyEllipsis() {}

    @Override
    public PyType type() { return BuiltinTypes.ELLIPSIS_TYPE; }

    @Override
    public String repr(ThreadState ts) { return "Ellipsis"; }
}
