package org.gilvm.objects;

import org.gilvm.interp.Frame;
import org.gilvm.interp.ThreadState;

/** A generator: a suspended frame resumed by next(), send(), throw() and close(). */
public final class PyGenerator extends PyObject {
    final Frame frame;

    public PyGenerator(ThreadState ts, Frame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() { return BuiltinTypes.GENERATOR; }
}
