package org.gilvm.interp;

import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/** SyntaxError objects for errors found while compiling at run time (import, compile(), eval()). */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    /**
     * A SyntaxError (or IndentationError / TabError, by {@code kind}) carrying CPython's
     * attributes: msg, filename, lineno, offset, text, end_lineno, end_offset.
     */
    public static PyException of(ThreadState ts, String kind, String msg, String filename, int line, int offset,
                                 int endLine, int endOffset, String text) {
        PyType type = switch (kind) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        PyObject textObj = text == null ? PyNone.None : new PyStr(text);
        PyTuple details = PyTuple.of(new PyStr(filename), PyInt.of(line), PyInt.of(offset), textObj,
                PyInt.of(endLine), PyInt.of(endOffset));
        PyBaseException e = new PyBaseException(type, PyTuple.of(new PyStr(msg), details));
        ts.incref(textObj);
        set(ts, e, "msg", new PyStr(msg));
        set(ts, e, "filename", new PyStr(filename));
        set(ts, e, "lineno", PyInt.of(line));
        set(ts, e, "offset", PyInt.of(offset));
        set(ts, e, "text", textObj);
        set(ts, e, "end_lineno", PyInt.of(endLine));
        set(ts, e, "end_offset", PyInt.of(endOffset));
        e.setAttr(ts, "print_file_and_line", PyNone.None);
        return new PyException(e);
    }

    private static void set(ThreadState ts, PyBaseException e, String name, PyObject v) {
        e.setAttr(ts, name, v);
        ts.decref(v);
    }
}
