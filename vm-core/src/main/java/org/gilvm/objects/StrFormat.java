package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** {@code str % args}: CPython's PyUnicode_Format. */
public final class StrFormat {
    private StrFormat() {}

    public static String percent(ThreadState ts, String format, PyObject args) {
        throw Errors.notImplementedError("str % formatting");
    }
}
