package org.gilvm.interp;

import java.io.PrintStream;
import org.gilvm.compiler.CompileError;
import org.gilvm.dis.Disassembler;
import org.gilvm.objects.PyCode;
import org.gilvm.parser.ParseError;

/**
 * Runs a program as {@code python3 FILE} does: compile, run in the main Python thread, print
 * a syntax error or an uncaught exception the way CPython does, and return the exit code.
 */
public final class ProgramRunner {
    /** The main thread's Java stack: deep enough for the default recursion limit and more. */
    private static final long MAIN_STACK_BYTES = 512L * 1024 * 1024;

    private final Interpreter interp;

    public ProgramRunner(Interpreter interp) {
        this.interp = interp;
    }

    public int runSource(String source, String filename) {
        interp.sourceCache().put(filename, source);
        PyCode code = compileOrReport(source, filename, new ThreadState(interp));
        if (code == null) {
            return 1;
        }
        String scriptDir = filename.startsWith("<") ? "" : MainModule.scriptDir(interp.workingDirectory(), filename);
        int[] exit = new int[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread main = new Thread(null, () -> {
            try {
                exit[0] = new MainModule(interp).run(code, filename, scriptDir);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "MainThread", MAIN_STACK_BYTES);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        interp.streams().out.flush();
        FatalError fatal = failure[0] instanceof FatalError f ? f : interp.fatalError();
        if (fatal == null && failure[0] != null && !interp.strategy().gilEnabled()
                && !interp.strategy().objectLocks().guards()) {
            fatal = FatalError.internal(interp, "in the main thread", failure[0]);
        }
        if (fatal != null) {
            // CPython's Py_FatalError: say what happened, then stop as abort() would.
            interp.streams().err.println(fatal.report());
            interp.streams().err.flush();
            return FatalError.EXIT_STATUS;
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return exit[0];
    }

    /**
     * {@code gilvm dis}: the listing of a whole module as {@code python3 -m dis FILE} prints it,
     * or of the one function whose qualified (or plain) name is {@code function}, as
     * {@code dis.dis(f)} prints it. Returns 1 on a syntax error, 2 for an unknown function.
     */
    public int dis(String source, String filename, String function, PrintStream out) {
        ThreadState ts = new ThreadState(interp);
        PyCode code = compileOrReport(source, filename, ts);
        if (code == null) {
            return 1;
        }
        PyCode target = code;
        if (function != null) {
            target = Disassembler.findCode(code, function);
            if (target == null) {
                out.flush();
                interp.streams().err.println("gilvm dis: no function '" + function + "' in " + filename);
                interp.streams().err.flush();
                return 2;
            }
        }
        StringBuilder listing = new StringBuilder();
        new Disassembler(ts, listing).disassembleRecursive(target);
        out.print(listing);
        out.flush();
        return 0;
    }

    /**
     * Compiles a module (through the process's {@link CodeCache}, as imports are), or prints
     * the syntax error as CPython does and returns null.
     */
    private PyCode compileOrReport(String source, String filename, ThreadState ts) {
        try {
            return CodeCache.shared().compileModule(ts, source, filename);
        } catch (ParseError e) {
            printSyntaxError(interp.streams().err, e.kind, e.msg, e.filename, e.line, e.offset, e.endLine,
                    e.endOffset, e.text);
        } catch (CompileError e) {
            String text = lineOf(source, e.loc.line());
            printSyntaxError(interp.streams().err, "SyntaxError", e.msg, e.filename, e.loc.line(),
                    e.loc.col() + 1, e.loc.endLine(), e.loc.endCol() + 1, text);
        }
        return null;
    }

    static String lineOf(String source, int line) {
        String[] lines = source.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] + "\n" : null;
    }

    /** CPython's print_exception for a SyntaxError: file and line, the source line, a caret. */
    static void printSyntaxError(PrintStream err, String kind, String msg, String filename, int line, int offset,
                                 int endLine, int endOffset, String text) {
        err.println("  File \"" + filename + "\", line " + line);
        if (text != null) {
            String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            String stripped = t.stripLeading();
            int shift = t.length() - stripped.length();
            err.println("    " + stripped);
            // As pythonrun.c's print_error_text: no caret when it would point left of the
            // stripped text; the tokenizer's errors (IndentationError, TabError) get one caret.
            int start = offset - 1 - shift;
            if (offset >= 1 && start >= 0) {
                start = Math.min(start, stripped.length());
                boolean single = !kind.equals("SyntaxError") || endLine != line || endOffset <= offset;
                int end = single ? start + 1 : Math.min(endOffset - 1 - shift, stripped.length() + 1);
                end = Math.max(end, start + 1);
                err.println("    " + " ".repeat(start) + "^".repeat(end - start));
            }
        }
        err.println(kind + ": " + msg);
    }
}
