package org.gilvm.interp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilvm.Gilvm;
import org.gilvm.builtins.BuiltinsModule;
import org.gilvm.builtins.ModuleFactory;
import org.gilvm.bytecode.Opcode;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTraceback;

/**
 * A program compiled from source whose traceback is built by hand, frame by frame, as the
 * eval loop would build it: each entry names the instruction that was executing in that
 * frame. The expected texts in the tests are what {@code python3} (3.11.7) printed for the
 * same program run as {@code python3 t.py}, with the script's absolute path shortened to
 * {@code t.py} as the golden corpus does.
 */
final class TracebackFixture {
    /** The interpreter's stderr, for what it prints itself (unraisable exceptions). */
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final Interpreter interp = new Interpreter(InterpreterConfig.standard(List.of("t.py")).withStreams(
            System.in, System.out, new PrintStream(errBytes, false, StandardCharsets.UTF_8)));
    final ThreadState ts = new ThreadState(interp);
    final PyCode module;
    /** The module's globals, with the names CPython puts in every {@code __main__}. */
    final PyDict globals = new PyDict();

    TracebackFixture(String source) {
        interp.sourceCache().put("t.py", source);
        module = Gilvm.compile(source, "t.py");
        for (String name : new String[] {"__name__", "__doc__", "__package__", "__loader__", "__spec__",
                "__annotations__", "__builtins__", "__file__", "__cached__"}) {
            globals.setStr(ts, name, PyNone.None);
        }
        globals.setStrSteal(ts, "__name__", new PyStr("__main__"));
        ModuleFactory.fill(ts, BuiltinsModule.class, interp.builtins(), interp.builtins().dict());
    }

    /** One traceback entry: the frame of {@code code} executing instruction {@code op} on {@code line}. */
    record Entry(Frame frame, int lasti, int line) {}

    Entry at(PyCode code, int line, Opcode op) {
        return at(code, line, op, 0);
    }

    /** As {@link #at(PyCode, int, Opcode)}, at the {@code nth} (from 0) such instruction of the line. */
    Entry at(PyCode code, int line, Opcode op, int nth) {
        Frame frame = new Frame(code, null, globals, interp.builtins().dict(), code == module ? globals : null);
        return new Entry(frame, instruction(code, line, op, nth), line);
    }

    Entry at(String function, int line, Opcode op) {
        return at(function(module, function), line, op);
    }

    /** The traceback through {@code entries}, outermost first, as the loop links it. */
    static PyTraceback traceback(Entry... entries) {
        PyTraceback tb = null;
        for (int i = entries.length - 1; i >= 0; i--) {
            Entry e = entries[i];
            tb = new PyTraceback(tb, e.frame(), e.lasti(), e.line());
        }
        return tb;
    }

    /** The exception a Java helper raises, with its traceback set. */
    static PyBaseException raised(PyException e, Entry... entries) {
        e.value.traceback = traceback(entries);
        return e.value;
    }

    String print(PyBaseException exc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        TracebackPrinter.print(ts, exc, err);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    String errText() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** The code unit of the {@code nth} {@code op} on {@code line}. */
    static int instruction(PyCode code, int line, Opcode op, int nth) {
        for (int i = 0; i < code.code.length; ) {
            Opcode o = Opcode.of(code.code[i] & 0xff);
            if (o == op && code.locations[4 * i] == line && nth-- == 0) {
                return i;
            }
            i += 1 + o.caches;
        }
        throw new AssertionError("no " + op + " on line " + line + " of " + code.name);
    }

    /** A function's code, found among the constants of {@code code} and its nested code. */
    static PyCode function(PyCode code, String name) {
        for (PyObject c : code.consts) {
            if (c instanceof PyCode f) {
                if (f.name.equals(name)) {
                    return f;
                }
                PyCode inner = function(f, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
