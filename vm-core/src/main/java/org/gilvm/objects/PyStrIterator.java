package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** Iterates the code points of a str. */
public final class PyStrIterator extends PyObject {
    private final String s;
    private int offset;

    public PyStrIterator(PyStr str) {
        this.s = str.value();
    }

    @Override
    public PyType type() { return BuiltinTypes.STR_ITERATOR; }

    @Override
    public PyObject iter(ThreadState ts) {
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (offset >= s.length()) {
            return null;
        }
        int cp = s.codePointAt(offset);
        offset += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }
}
