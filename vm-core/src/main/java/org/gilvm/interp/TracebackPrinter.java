package org.gilvm.interp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyRange;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * Prints an uncaught exception as CPython 3.11's default {@code sys.excepthook} does: the
 * chain of causes and contexts, each with its traceback, its last line
 * ({@code module.Type: message}, with a "Did you mean" suggestion) and its notes.
 *
 * <h2>What CPython does</h2>
 * Compare CPython 3.11 Python/pythonrun.c, print_exception_recursive and its helpers, which
 * is what the default excepthook runs (Lib/traceback.py formats the same output in Python and
 * differs in corner cases; where they disagree this follows the C code). The pieces:
 * {@link StackPrinter} prints tracebacks (with {@link CaretAnchors} for the caret lines),
 * {@link Suggestions} finds the suggestion, {@link SyntaxErrorReport} prints a SyntaxError's
 * source block. Errors while printing (a {@code __str__} that raises) are shown as CPython
 * shows them and never propagate.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    /** CPython's PyTraceBack_LIMIT, the default of {@code sys.tracebacklimit}. */
    private static final long DEFAULT_LIMIT = 1000;

    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";

    /** Prints {@code exc} and the exceptions chained to it to {@code err}, then flushes it. */
    public static void print(ThreadState ts, PyBaseException exc, PrintStream err) {
        // Compare print_exception_cause_and_context: follow __cause__, else __context__ unless
        // suppressed, stopping at an exception already seen (chains can be cycles). CPython
        // recurses; the chain is collected first so a long one cannot overflow the Java stack.
        List<PyBaseException> chain = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyBaseException e = exc; e != null; ) {
            chain.add(e);
            seen.add(e);
            PyBaseException next = e.cause != null ? e.cause : e.suppressContext ? null : e.context;
            if (next == null || seen.contains(next)) {
                break;
            }
            links.add(e.cause != null ? CAUSE_MESSAGE : CONTEXT_MESSAGE);
            e = next;
        }
        long limit = tracebackLimit(ts);
        StringBuilder out = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            printOne(ts, chain.get(i), limit, out);
            if (i > 0) {
                out.append(links.get(i - 1));
            }
        }
        err.print(out);
        err.flush();
    }

    /**
     * Prints an exception that could not propagate: {@code context} ("Exception ignored in:
     * ..."), its traceback, and the type with ": " and its str even when that is empty; no
     * chained exceptions, suggestions or notes. Compare write_unraisable_exc_file in
     * CPython's Python/errors.c.
     */
    public static void printUnraisable(ThreadState ts, PyBaseException exc, String context, PrintStream err) {
        StringBuilder out = new StringBuilder(context).append('\n');
        long limit = tracebackLimit(ts);
        if (exc.traceback != null && limit > 0) {
            StackPrinter.print(ts.interp.sourceCache(), exc.traceback, limit, out);
        }
        out.append(qualifiedName(exc.type())).append(": ");
        try {
            out.append(exc.str(ts));
        } catch (PyException e) {
            ts.decref(e.value);
            out.append("<exception str() failed>");
        }
        err.print(out.append('\n'));
        err.flush();
    }

    /** Compare print_exception: the traceback, then the last line and notes. */
    private static void printOne(ThreadState ts, PyBaseException exc, long limit, StringBuilder out) {
        if (exc.traceback != null && limit > 0) {
            StackPrinter.print(ts.interp.sourceCache(), exc.traceback, limit, out);
        }
        String typeName = qualifiedName(exc.type());
        SyntaxErrorReport syntax = SyntaxErrorReport.of(ts, exc);
        if (syntax != null) {
            // Its last line is the type and str(msg), with no suggestion.
            syntax.print(out, typeName);
            printNotes(ts, exc, out);
            return;
        }
        out.append(typeName);
        String message;
        try {
            message = exc.str(ts);
        } catch (PyException e) {
            ts.decref(e.value);
            message = null;
        }
        if (message == null) {
            out.append(": <exception str() failed>");
        } else if (!message.isEmpty()) {
            out.append(": ").append(message);
        }
        String suggestion = Suggestions.offer(ts, exc);
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
        printNotes(ts, exc, out);
    }

    /**
     * The type as the last line names it: its qualified name, after its module unless that
     * is {@code builtins} or {@code __main__}. Compare print_exception_message.
     */
    private static String qualifiedName(PyType type) {
        String module;
        if (type.isHeapType()) {
            PyObject m = type.dict().getStr("__module__");
            module = m instanceof PyStr s ? s.value() : null;
        } else {
            module = type.module();
        }
        if (module == null) {
            return "<unknown>." + type.qualname();
        }
        if (module.equals("builtins") || module.equals("__main__")) {
            return type.qualname();
        }
        return module + "." + type.qualname();
    }

    /**
     * Compare print_exception_notes: each item of a sequence {@code __notes__} as its str on
     * its own line(s); anything else as its repr.
     */
    private static void printNotes(ThreadState ts, PyBaseException exc, StringBuilder out) {
        PyObject notes;
        try {
            notes = exc.findAttr(ts, "__notes__");
        } catch (PyException e) {
            ts.decref(e.value);
            return;
        }
        if (notes == null) {
            return;
        }
        try {
            if (!isSequence(notes)) {
                String r;
                try {
                    r = notes.repr(ts);
                } catch (PyException e) {
                    ts.decref(e.value);
                    r = "<__notes__ repr() failed>";
                }
                out.append(r).append('\n');
                return;
            }
            long n = notes.len(ts);
            for (long i = 0; i < n; i++) {
                PyObject note = notes.getItem(ts, PyInt.of(i));
                try {
                    out.append(note.str(ts));
                } catch (PyException e) {
                    ts.decref(e.value);
                    out.append("<note str() failed>");
                } finally {
                    ts.decref(note);
                }
                out.append('\n');
            }
        } catch (PyException e) {
            // CPython stops printing notes when the sequence itself fails.
            ts.decref(e.value);
        } finally {
            ts.decref(notes);
        }
    }

    /** CPython's PySequence_Check: has item access by index and is not a mapping. */
    private static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes
                || o instanceof PyRange) {
            return true;
        }
        return !(o instanceof PyDict) && o.type().lookup("__getitem__") != null;
    }

    /** {@code sys.tracebacklimit} if it is an int, else the default; none is printed at 0 or less. */
    private static long tracebackLimit(ThreadState ts) {
        PyObject sys = ts.interp.modules().getStr("sys");
        PyDict d = sys == null ? null : sys.dict();
        PyObject v = d == null ? null : d.getStr("tracebacklimit");
        if (!(v instanceof PyInt i)) {
            return DEFAULT_LIMIT;
        }
        if (!i.isSmall()) {
            return i.signum() > 0 ? Long.MAX_VALUE : 0;
        }
        return i.value;
    }
}
