package org.gilvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.builtins.SysModule;
import org.gilvm.compiler.CompileError;
import org.gilvm.compiler.Compiler;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.parser.ParseError;
import org.gilvm.parser.Parser;

/**
 * The start and end of a multiprocessing child interpreter, as CPython's "spawn" start
 * method has them ({@code multiprocessing/spawn.py}): the child gets the parent's
 * {@code sys.argv} and {@code sys.path}, then runs the parent's main script as module
 * {@code __mp_main__}, which is also {@code sys.modules['__main__']} (so the script's
 * {@code if __name__ == "__main__":} block does not run again, and its functions and
 * classes are found by name); at the end it waits for its non-daemon threads and flushes its
 * standard streams, as a process does before it exits.
 *
 * <p>The main script's text comes from the parent's source cache: the child runs what the
 * parent ran, even when the program came from memory rather than a file.
 */
public final class ChildMain {
    private ChildMain() {}

    /** The module name of the parent's main script in a child. */
    public static final String MP_MAIN = "__mp_main__";

    /**
     * What the child needs from the parent: CPython's {@code spawn.get_preparation_data}.
     *
     * @param mainFile the parent's {@code __main__.__file__}, or null (no script to run)
     * @param mainSource that script's text, or null
     * @param sysPath the parent's {@code sys.path} (its str entries)
     */
    public record Spec(String mainFile, String mainSource, List<String> sysPath) {}

    /** Gathered on a thread of the parent, which holds its GIL. */
    public static Spec spec(ThreadState parent) {
        Interpreter interp = parent.interp;
        PyObject main = interp.modules().getStr("__main__");
        String file = main != null && main.dict() != null && main.dict().getStr("__file__") instanceof PyStr s
                ? s.value() : null;
        String source = file == null ? null : interp.sourceCache().text(file);
        List<String> path = new ArrayList<>();
        PyObject sys = interp.modules().getStr("sys");
        if (sys != null && sys.dict().getStr("path") instanceof PyList l) {
            for (int i = 0; ; i++) {
                PyObject entry = l.getItemRef(parent, i);
                if (entry == null) {
                    break;
                }
                if (entry instanceof PyStr s) {
                    path.add(s.value());
                }
                parent.decref(entry);
            }
        }
        return new Spec(file, source, path);
    }

    /**
     * Sets up {@code sys} and runs the parent's script as {@code __mp_main__}, on the child's
     * main thread, attached. Returns null, or the exception (owned) that stopped the script,
     * already printed as the child process would print it.
     */
    public static PyBaseException start(ThreadState ts, Spec spec) {
        Interpreter interp = ts.interp;
        interp.beginRun(spec.mainFile() == null ? "<none>" : spec.mainFile());
        interp.loader().createSys(ts);
        PyObject sys = interp.modules().getStr("sys");
        if (sys.dict().getStr("path") instanceof PyList path) {
            for (String p : spec.sysPath()) {
                path.appendOwned(new PyStr(p));
            }
        }
        PyDict globals = new PyDict();
        PyModule main = new PyModule(ts, MP_MAIN, globals);
        if (spec.mainFile() != null) {
            globals.setStrSteal(ts, "__file__", new PyStr(spec.mainFile()));
        }
        globals.setStr(ts, "__builtins__", interp.builtins());
        globals.setStr(ts, "__doc__", PyNone.None);
        globals.setStr(ts, "__package__", PyStr.EMPTY);
        interp.modules().setStr(ts, MP_MAIN, main);
        interp.modules().setStr(ts, "__main__", main);
        ts.decref(main);
        if (spec.mainSource() == null) {
            return null;
        }
        interp.sourceCache().put(spec.mainFile(), spec.mainSource());
        try {
            PyCode code = compile(ts, spec.mainSource(), spec.mainFile());
            ts.decref(Eval.run(ts, new Frame(code, null, globals, interp.builtins().dict(), globals)));
            return null;
        } catch (PyException e) {
            interp.printException(ts, e.value);
            return e.value;
        }
    }

    private static PyCode compile(ThreadState ts, String source, String filename) {
        try {
            return Compiler.compileModule(Parser.parse(source, filename), filename, ts);
        } catch (ParseError e) {
            throw SyntaxErrors.of(ts, e.kind, e.msg, e.filename, e.line, e.offset, e.endLine, e.endOffset, e.text);
        } catch (CompileError e) {
            throw SyntaxErrors.of(ts, "SyntaxError", e.msg, e.filename, e.loc.line(), e.loc.col() + 1,
                    e.loc.endLine(), e.loc.endCol() + 1, ProgramRunner.lineOf(source, e.loc.line()));
        }
    }

    /**
     * The child's exit, on its main thread, still attached: {@code threading._shutdown()},
     * the standard streams flushed, and under {@code --check-refs} the teardown and the count
     * check. Returns whether the counts balanced (true when not checking); a report with
     * findings that are VM bugs (leaks, missing increfs) is printed on stderr.
     */
    public static boolean finish(ThreadState ts) {
        Interpreter interp = ts.interp;
        try {
            MainModule.waitForThreadShutdown(ts);
            PythonThreads.releaseSentinels(ts);
            SysModule.flushStdStreams(ts);
            if (interp.objectRegistry() == null || !interp.refCounts().counts()) {
                return true;
            }
            Finalization.finalizeModules(ts);
            RefReport report = RefReport.of(interp.objectRegistry());
            if (report.hasCountErrors()) {
                interp.streams().out.flush();
                interp.streams().err.println("gilvm: child interpreter " + ts.name() + " at its end:");
                report.print(interp.streams().err);
                return false;
            }
            return true;
        } finally {
            interp.endRun();
        }
    }

    /** Flushes the child's {@code sys.stdout} and {@code sys.stderr}, as a call's output is seen as it ends. */
    public static void flush(ThreadState ts) {
        SysModule.flushStdStreams(ts);
    }
}
