package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code None}: an immortal singleton. */
public final class PyNone extends PyObject {
    public static final PyNone None = new PyNone().immortal();

    private PyNone() {}

    @Override
    public PyType type() { return BuiltinTypes.NONE_TYPE; }

    @Override
    public String repr(ThreadState ts) { return "None"; }

    @Override
    public boolean isTrue(ThreadState ts) { return false; }

    @Override
    public long hash(ThreadState ts) { return 0xFCA86420L; }
}
