package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** The methods of {@code str}. */
public final class StrMethods {
    private StrMethods() {}

    /** {@code s[i]} and {@code s[a:b:c]}. */
    static PyObject getItem(ThreadState ts, PyStr self, PyObject key) {
        if (key instanceof PyInt i) {
            int n = self.codePointLength();
            long idx = i.isSmall() ? i.value : Long.MAX_VALUE;
            if (idx < 0) {
                idx += n;
            }
            if (idx < 0 || idx >= n) {
                throw Errors.indexError("string index out of range");
            }
            return PyStr.ofCodePoint(self.codePointAt((int) idx));
        }
        throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
    }
}
