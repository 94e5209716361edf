package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * The Python methods of file objects ({@link PyTextIO}): argument checks with CPython's
 * texts, then the Java API. See {@link TypeSetup}.
 */
final class TextIOMethods {
    private TextIOMethods() {}

    /** CPython's _Py_convert_optional_to_ssize_t: an int, or None meaning -1. */
    private static long sizeArg(ThreadState ts, PyObject size) {
        if (size == null || size == PyNone.None) {
            return -1;
        }
        if (!(size instanceof PyInt) && size.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '" + size.type().name() + "'");
        }
        return Abstract.asLong(ts, size);
    }

    @ExposedMethod(sig = "size=-1, /")
    static PyObject read(ThreadState ts, PyTextIO self, PyObject size) {
        long n = sizeArg(ts, size);
        return self.isBinary() ? new PyBytes(self.readBytes(ts, n)) : new PyStr(self.read(ts, n));
    }

    @ExposedMethod(sig = "size=-1, /")
    static PyObject readline(ThreadState ts, PyTextIO self, PyObject size) {
        long n = sizeArg(ts, size);
        return self.isBinary() ? new PyBytes(self.readLineBytes(ts, n)) : new PyStr(self.readLine(ts, n));
    }

    /** Lines until their total length reaches {@code hint} (all lines when hint <= 0). */
    @ExposedMethod(sig = "hint=-1, /")
    static PyObject readlines(ThreadState ts, PyTextIO self, PyObject hint) {
        long limit = sizeArg(ts, hint);
        PyList lines = new PyList();
        long total = 0;
        try {
            for (PyObject line; (line = self.next(ts)) != null; ) {
                lines.appendOwned(line);
                total += line.len(ts);
                if (limit > 0 && total >= limit) {
                    break;
                }
            }
        } catch (PyException e) {
            ts.decref(lines);
            throw e;
        }
        return lines;
    }

    @ExposedMethod
    static long write(ThreadState ts, PyTextIO self, PyObject data) {
        if (self.isBinary()) {
            if (!(data instanceof PyBytes b)) {
                throw Errors.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
            }
            self.writeBytes(ts, b.value());
            return b.value().length;
        }
        if (!(data instanceof PyStr s)) {
            throw Errors.typeError("write() argument must be str, not " + data.type().name());
        }
        self.write(ts, s.value());
        return s.codePointLength();
    }

    @ExposedMethod
    static void writelines(ThreadState ts, PyTextIO self, PyObject lines) {
        PyObject it = lines.iter(ts);
        try {
            for (PyObject line; (line = it.next(ts)) != null; ) {
                try {
                    write(ts, self, line);
                } finally {
                    ts.decref(line);
                }
            }
        } finally {
            ts.decref(it);
        }
    }

    @ExposedMethod
    static void flush(ThreadState ts, PyTextIO self) {
        self.flush(ts);
    }

    @ExposedMethod
    static void close(ThreadState ts, PyTextIO self) {
        self.close(ts);
    }

    @ExposedMethod
    static boolean readable(ThreadState ts, PyTextIO self) {
        checkOpen(self);
        return self.isReadable();
    }

    @ExposedMethod
    static boolean writable(ThreadState ts, PyTextIO self) {
        checkOpen(self);
        return self.isWritable();
    }

    @ExposedMethod
    static boolean seekable(ThreadState ts, PyTextIO self) {
        checkOpen(self);
        return self.isSeekable();
    }

    @ExposedMethod
    static boolean isatty(ThreadState ts, PyTextIO self) {
        checkOpen(self);
        return false;
    }

    @ExposedMethod
    static long tell(ThreadState ts, PyTextIO self) {
        return self.tell(ts);
    }

    @ExposedMethod(sig = "cookie, whence=0, /")
    static long seek(ThreadState ts, PyTextIO self, long cookie, int whence) {
        return self.seek(ts, cookie, whence);
    }

    @ExposedMethod(name = "__enter__")
    static PyObject enter(ThreadState ts, PyTextIO self) {
        checkOpen(self);
        ts.incref(self);
        return self;
    }

    @ExposedMethod(name = "__exit__", sig = "*args")
    static void exit(ThreadState ts, PyTextIO self, PyTuple args) {
        self.close(ts);
    }

    private static void checkOpen(PyTextIO self) {
        if (self.isClosed()) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }
}
