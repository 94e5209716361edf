package org.gilvm.objects;

import static org.gilvm.objects.ExceptionTypes.*;

import org.gilvm.interp.ThreadState;

/**
 * OSError and its subclasses, CPython's OSError_new, oserror_init and OSError_str in
 * {@code Objects/exceptions.c}: {@code OSError(2, 'No such file or directory', 'x')} is a
 * FileNotFoundError whose str is {@code [Errno 2] No such file or directory: 'x'}.
 *
 * <p>CPython keeps errno, strerror, filename and filename2 in C fields that start as NULL
 * (read as None). Here they live in the instance dict under their names; a missing entry
 * is NULL, which matters to str: a filename set to None shows as {@code : None}, as in
 * CPython.
 */
public final class OSErrorMethods {
    private OSErrorMethods() {}

    /** Linux errno values, as the errno module has them. */
    static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EAGAIN = 11, EACCES = 13,
            EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EPIPE = 32, ECHILD = 10, ESHUTDOWN = 108,
            ECONNABORTED = 103, ECONNRESET = 104, ETIMEDOUT = 110, ECONNREFUSED = 111,
            EALREADY = 114, EINPROGRESS = 115;

    /** CPython's errnomap: the subclass {@code OSError(errno, ...)} creates, or null. */
    static PyType subclassFor(long errno) {
        return switch ((int) errno == errno ? (int) errno : -1) {
            case EAGAIN, EALREADY, EINPROGRESS -> BLOCKING_IO_ERROR;
            case ECHILD -> CHILD_PROCESS_ERROR;
            case EPIPE, ESHUTDOWN -> BROKEN_PIPE_ERROR;
            case ECONNABORTED -> CONNECTION_ABORTED_ERROR;
            case ECONNREFUSED -> CONNECTION_REFUSED_ERROR;
            case ECONNRESET -> CONNECTION_RESET_ERROR;
            case EEXIST -> FILE_EXISTS_ERROR;
            case ENOENT -> FILE_NOT_FOUND_ERROR;
            case EISDIR -> IS_A_DIRECTORY_ERROR;
            case ENOTDIR -> NOT_A_DIRECTORY_ERROR;
            case EINTR -> INTERRUPTED_ERROR;
            case EACCES, EPERM -> PERMISSION_ERROR;
            case ESRCH -> PROCESS_LOOKUP_ERROR;
            case ETIMEDOUT -> TIMEOUT_ERROR;
            default -> null;
        };
    }

    /**
     * tp_new of OSError and every subclass. Two to five arguments are (errno, strerror,
     * filename, winerror, filename2); with a filename the args tuple keeps only the first two.
     */
    static PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs,
                              String[] kwnames) {
        // CPython's oserror_use_init: a subclass with its own __init__ parses there, and may
        // take keywords. Without an OSError.__init__ to defer to, the arguments are still
        // parsed here.
        boolean userInit = SpecialMethods.userDefined(type, "__init__") != null;
        if (!userInit && kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        PyObject errno = null, strerror = null, filename = null, filename2 = null;
        if (nargs >= 2 && nargs <= 5) {
            errno = argv[off];
            strerror = argv[off + 1];
            filename = nargs >= 3 ? argv[off + 2] : null;
            filename2 = nargs == 5 ? argv[off + 4] : null;
            if (type == OS_ERROR && errno instanceof PyInt i && i.isSmall()) {
                PyType sub = subclassFor(i.value);
                type = sub != null ? sub : type;
            }
        }
        int kept = nargs;
        long written = -1;
        if (filename != null && filename != PyNone.None) {
            if (type == BLOCKING_IO_ERROR && (filename instanceof PyInt || filename instanceof PyFloat)) {
                written = Abstract.asLong(ts, filename);
                filename = null;
            } else {
                kept = 2;
            }
        } else {
            filename = null;
            filename2 = null;
        }
        if (filename2 == PyNone.None) {
            filename2 = null;
        }
        PyBaseException e = new PyBaseException(type, PyTuple.copyOf(ts, argv, off, kept));
        if (type.isHeapType()) {
            ts.incref(type);
        }
        PyDict d = e.dict();
        setIfPresent(ts, d, "errno", errno);
        setIfPresent(ts, d, "strerror", strerror);
        setIfPresent(ts, d, "filename", filename);
        setIfPresent(ts, d, "filename2", filename2);
        if (written >= 0) {
            d.setStrSteal(ts, "characters_written", PyInt.of(written));
        }
        return e;
    }

    private static void setIfPresent(ThreadState ts, PyDict d, String name, PyObject value) {
        if (value != null) {
            d.setStr(ts, name, value);
        }
    }

    /**
     * Fills the attributes of an OSError the VM raises, before Python code can see it (so
     * without reference counting); {@code filename} may be null.
     */
    static void init(PyBaseException e, int errno, String strerror, String filename) {
        PyDict d = e.dict();
        d.putRaw("errno", PyInt.of(errno));
        d.putRaw("strerror", new PyStr(strerror));
        if (filename != null) {
            d.putRaw("filename", new PyStr(filename));
        }
    }

    /** OSError_str: {@code [Errno 2] msg: 'x' -> 'y'}, else BaseException's. */
    static String str(ThreadState ts, PyBaseException e) {
        PyDict d = e.dict();
        PyObject errno = d.getStr("errno"), strerror = d.getStr("strerror");
        PyObject filename = d.getStr("filename"), filename2 = d.getStr("filename2");
        if (filename != null) {
            String s = "[Errno " + strOrNone(ts, errno) + "] " + strOrNone(ts, strerror) + ": " + filename.repr(ts);
            return filename2 == null ? s : s + " -> " + filename2.repr(ts);
        }
        if (errno != null && strerror != null) {
            return "[Errno " + Abstract.str(ts, errno) + "] " + Abstract.str(ts, strerror);
        }
        return ExceptionMethods.baseStr(ts, e);
    }

    private static String strOrNone(ThreadState ts, PyObject o) {
        return o == null ? "None" : Abstract.str(ts, o);
    }

    /**
     * The member attributes every OSError has, as a new reference: the dict's value, None
     * while unset; null for other names (and for characters_written while unset, which is
     * an AttributeError as in CPython).
     */
    static PyObject attr(ThreadState ts, PyBaseException e, String name) {
        switch (name) {
            case "errno", "strerror", "filename", "filename2" -> {
                PyObject v = e.dict().getStr(name);
                v = v == null ? PyNone.None : v;
                ts.incref(v);
                return v;
            }
            default -> {
                return null;
            }
        }
    }
}
