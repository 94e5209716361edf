package org.gilvm.interp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * The file, line and caret block of a SyntaxError that is printed as an uncaught exception
 * (one raised at run time by {@code compile()}, {@code eval()} or {@code raise}).
 *
 * <h2>What CPython does</h2>
 * Compare CPython 3.11 Python/pythonrun.c, print_exception_file_and_line and
 * parse_syntax_error: an exception with a {@code print_file_and_line} attribute (every
 * SyntaxError) whose {@code msg}, {@code filename}, {@code lineno}, {@code offset} and
 * {@code text} can be read is shown as the compiler shows syntax errors, and its last line
 * is the type and {@code str(msg)}; its notes follow as for any exception. If any of them cannot be read (a SyntaxError raised with
 * only a message has no line number) it is printed as any other exception. End positions
 * are used only for SyntaxError itself, not its subclasses.
 *
 * <p>The attributes live in the exception's dict. A SyntaxError built from Python with
 * {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))} gets
 * them from its arguments, as CPython's SyntaxError.__init__ does.
 */
final class SyntaxErrorReport {
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    private SyntaxErrorReport(String msg, String filename, int lineno, int offset, int endLineno,
                              int endOffset, String text) {
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** The report of {@code exc}, or null if it is not printed as a syntax error. */
    static SyntaxErrorReport of(ThreadState ts, PyBaseException exc) {
        if (!exc.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)
                && !has(ts, exc, "print_file_and_line")) {
            return null;
        }
        String[] names = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        PyObject[] f = new PyObject[names.length];
        try {
            for (int i = 0; i < names.length; i++) {
                f[i] = field(ts, exc, names[i], i);
            }
            return from(ts, exc, f);
        } catch (PyException e) {
            ts.decref(e.value);
            return null;
        } finally {
            for (PyObject o : f) {
                ts.decref(o);
            }
        }
    }

    /** Compare parse_syntax_error: null when a field is missing or of the wrong type. */
    private static SyntaxErrorReport from(ThreadState ts, PyBaseException exc, PyObject[] f) {
        PyObject msg = f[0], filename = f[1], lineno = f[2], offset = f[3], text = f[4];
        if (msg == null || filename == null || !(lineno instanceof PyInt line) || text == null
                || !(offset == PyNone.None || offset instanceof PyInt)) {
            return null;
        }
        int ln = line.intValue();
        int endLn = ln;
        int endOff = -1;
        if (exc.type() == ExceptionTypes.SYNTAX_ERROR) {
            endLn = f[5] instanceof PyInt i ? i.intValue() : ln;
            endOff = f[6] instanceof PyInt i ? i.intValue() : -1;
        }
        return new SyntaxErrorReport(msg.str(ts), filename == PyNone.None ? "<string>" : filename.str(ts),
                ln, offset instanceof PyInt o ? o.intValue() : -1, endLn, endOff,
                text instanceof PyStr t ? t.value() : null);
    }

    /**
     * Appends the block and the last line, which names the type {@code typeName} and has no
     * ": " when the message is empty. The compiler's report ({@link ProgramRunner#printSyntaxError})
     * is reused for the block.
     */
    void print(StringBuilder out, String typeName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        ProgramRunner.printSyntaxError(ps, typeName, msg, filename, lineno, offset, endLineno, endOffset, text);
        ps.flush();
        String block = bytes.toString(StandardCharsets.UTF_8);
        String emptyLast = typeName + ": " + System.lineSeparator();
        if (msg.isEmpty() && block.endsWith(emptyLast)) {
            block = block.substring(0, block.length() - emptyLast.length()) + typeName + System.lineSeparator();
        }
        out.append(block);
    }

    private static boolean has(ThreadState ts, PyBaseException exc, String name) {
        try {
            PyObject v = exc.findAttr(ts, name);
            ts.decref(v);
            return v != null;
        } catch (PyException e) {
            ts.decref(e.value);
            return false;
        }
    }

    /**
     * Attribute {@code name} as a new reference, or null if missing. When the dict lacks it,
     * it comes from the arguments as SyntaxError.__init__ would have set it: {@code index} 0
     * is the message, 1 to 6 the fields of the details tuple; a SyntaxError has them all,
     * None when not given.
     */
    private static PyObject field(ThreadState ts, PyBaseException exc, String name, int index) {
        PyObject v = exc.findAttr(ts, name);
        if (v != null || !exc.type().isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            return v;
        }
        PyTuple args = exc.args();
        v = PyNone.None;
        if (index == 0 && args.size() >= 1) {
            v = args.get(0);
        } else if (index > 0 && args.size() == 2 && args.get(1) instanceof PyTuple info && index <= info.size()) {
            v = info.get(index - 1);
        }
        ts.incref(v);
        return v;
    }
}
