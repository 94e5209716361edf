package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/** The methods of {@code list}, CPython's {@code Objects/listobject.c}. */
public final class ListMethods {
    private ListMethods() {}

    static PyObject getItem(ThreadState ts, PyList l, PyObject key) {
        if (key instanceof PyInt i) {
            int idx = SeqMethods.checkIndex(i.isSmall() ? i.value : Long.MAX_VALUE, l.size);
            if (idx < 0) {
                throw Errors.indexError("list index out of range");
            }
            PyObject o = l.items[idx];
            ts.incref(o);
            return o;
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(ts, l.size);
            int len = (int) r[3];
            PyObject[] items = new PyObject[Math.max(len, 1)];
            for (int k = 0; k < len; k++) {
                PyObject o = l.items[(int) (r[0] + k * r[2])];
                ts.incref(o);
                items[k] = o;
            }
            return new PyList(items, len);
        }
        if (key.type().lookup("__index__") != null) {
            return getItem(ts, l, Abstract.index(ts, key));
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
    }

    static void setItem(ThreadState ts, PyList l, PyObject key, PyObject value) {
        if (key instanceof PyInt i) {
            int idx = SeqMethods.checkIndex(i.isSmall() ? i.value : Long.MAX_VALUE, l.size);
            if (idx < 0) {
                throw Errors.indexError("list assignment index out of range");
            }
            l.set(ts, idx, value);
            return;
        }
        if (key instanceof PySlice s) {
            ListSlices.assign(ts, l, s, value);
            return;
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
    }

    static void delItem(ThreadState ts, PyList l, PyObject key) {
        if (key instanceof PyInt i) {
            int idx = SeqMethods.checkIndex(i.isSmall() ? i.value : Long.MAX_VALUE, l.size);
            if (idx < 0) {
                throw Errors.indexError("list assignment index out of range");
            }
            ts.decref(removeAt(l, idx));
            return;
        }
        if (key instanceof PySlice s) {
            ListSlices.delete(ts, l, s);
            return;
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
    }

    /** Removes item idx and returns the list's reference to it. */
    static PyObject removeAt(PyList l, int idx) {
        PyObject o = l.items[idx];
        System.arraycopy(l.items, idx + 1, l.items, idx, l.size - idx - 1);
        l.items[--l.size] = null;
        return o;
    }

    static PyObject binary(ThreadState ts, PyList l, int nb, PyObject other) {
        if (nb == BinaryOps.ADD && other instanceof PyList o) {
            PyObject[] items = new PyObject[Math.max(1, l.size + o.size)];
            System.arraycopy(l.items, 0, items, 0, l.size);
            System.arraycopy(o.items, 0, items, l.size, o.size);
            for (int i = 0; i < l.size + o.size; i++) {
                ts.incref(items[i]);
            }
            return new PyList(items, l.size + o.size);
        }
        if (nb == BinaryOps.MULTIPLY && other instanceof PyInt n) {
            long count = Math.max(0, n.isSmall() ? n.value : Long.MAX_VALUE);
            long total = count * l.size;
            if (total > Integer.MAX_VALUE - 8) {
                throw Errors.of(ExceptionTypes.MEMORY_ERROR);
            }
            PyObject[] items = new PyObject[Math.max(1, (int) total)];
            for (int k = 0; k < total; k++) {
                PyObject x = l.items[k % l.size];
                ts.incref(x);
                items[k] = x;
            }
            return new PyList(items, (int) total);
        }
        return PyNotImplemented.NotImplemented;
    }

    static PyObject inplace(ThreadState ts, PyList l, int nb, PyObject other) {
        if (nb == BinaryOps.ADD) {
            extend(ts, l, other);
            ts.incref(l);
            return l;
        }
        if (nb == BinaryOps.MULTIPLY && other instanceof PyInt n) {
            PyObject r = binary(ts, l, nb, n);
            PyList nl = (PyList) r;
            PyObject[] old = l.items;
            int oldSize = l.size;
            l.items = nl.items;
            l.size = nl.size;
            nl.items = old;
            nl.size = oldSize;
            ts.decref(nl);
            ts.incref(l);
            return l;
        }
        return PyNotImplemented.NotImplemented;
    }

    @ExposedMethod
    static void append(ThreadState ts, PyList self, PyObject x) {
        self.append(ts, x);
    }

    @ExposedMethod
    static void extend(ThreadState ts, PyList self, PyObject iterable) {
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            PyObject[] src = iterable instanceof PyList o ? o.items : ((PyTuple) iterable).array();
            int n = iterable instanceof PyList o ? o.size : src.length;
            if (self.size + n > self.items.length) {
                self.grow(self.size + n);
            }
            for (int i = 0; i < n; i++) {
                ts.incref(src[i]);
                self.items[self.size + i] = src[i];
            }
            self.size += n;
            return;
        }
        PyObject it = iterable.iter(ts);
        try {
            for (PyObject x; (x = it.next(ts)) != null; ) {
                self.appendOwned(x);
            }
        } finally {
            ts.decref(it);
        }
    }

    @ExposedMethod(sig = "index=-1")
    static PyObject pop(ThreadState ts, PyList self, long index) {
        if (self.size == 0) {
            throw Errors.indexError("pop from empty list");
        }
        int idx = SeqMethods.checkIndex(index, self.size);
        if (idx < 0) {
            throw Errors.indexError("pop index out of range");
        }
        return removeAt(self, idx);
    }

    @ExposedMethod
    static void insert(ThreadState ts, PyList self, long index, PyObject x) {
        int n = self.size;
        if (index < 0) {
            index = Math.max(0, index + n);
        }
        int idx = (int) Math.min(index, n);
        if (n == self.items.length) {
            self.grow(n + 1);
        }
        System.arraycopy(self.items, idx, self.items, idx + 1, n - idx);
        ts.incref(x);
        self.items[idx] = x;
        self.size++;
    }
}
