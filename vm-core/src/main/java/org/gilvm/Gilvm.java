package org.gilvm;

import java.io.PrintStream;
import java.util.List;
import org.gilvm.ast.Mod;
import org.gilvm.compiler.CompileError;
import org.gilvm.compiler.Compiler;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.TypeSetup;
import org.gilvm.parser.ParseError;
import org.gilvm.parser.Parser;

/**
 * Start reading here. gilvm runs Python 3.11 programs on the JVM, with its concurrency and
 * memory-management design as a plug-in. A program goes through:
 * <ol>
 * <li>{@link org.gilvm.lexer.Tokenizer} — source text to tokens, with INDENT/DEDENT;</li>
 * <li>{@link Parser} — tokens to an AST of sealed interfaces and records ({@link org.gilvm.ast});</li>
 * <li>{@link Compiler} — AST to a {@link PyCode} with CPython 3.11's instruction set and layout
 *     ({@link org.gilvm.bytecode.Opcode}), via a symbol table and an assembler;</li>
 * <li>{@link org.gilvm.interp.Eval} — the interpreter loop over frames, one {@code switch}
 *     kept small enough for HotSpot to compile;</li>
 * <li>{@link org.gilvm.objects} — the object model: every value a {@code PyObject} with
 *     CPython's protocols and a reference count;</li>
 * <li>{@link org.gilvm.builtins} — builtin functions and modules, declared by annotation;
 *     pure-Python standard modules ({@code threading} over {@code _thread}, {@code queue}) ship
 *     as resources in {@code org/gilvm/lib/};</li>
 * <li>{@link org.gilvm.spi} — the strategy seam: how references are counted (and, in later
 *     issues, how threads take turns).</li>
 * <li>{@link org.gilvm.subinterp} — isolated child interpreters, each with its own strategy
 *     instance, exchanging copies: what {@code multiprocessing} runs on.</li>
 * </ol>
 * All state lives in an {@link Interpreter} and its {@link org.gilvm.interp.ThreadState}s.
 */
public final class Gilvm {
    private Gilvm() {}

    /**
     * Starts filling the builtin types' dicts (about 0.1 s of reflection, once per JVM) on a
     * daemon thread, so that it overlaps the caller's own start-up, such as parsing the
     * command line. The first interpreter waits for it; should it fail here, it is simply
     * retried there and fails where it can be reported.
     */
    public static void prepare() {
        Thread.ofPlatform().daemon().name("gilvm-prepare").start(() -> {
            try {
                TypeSetup.ready();
            } catch (RuntimeException | Error e) {
                // Retried, and reported, by the first Interpreter.
            }
        });
    }

    /** Runs a program with the default strategy; returns the process exit code. */
    public static int run(String source, String filename, List<String> argv) {
        return run(source, filename, argv, RunOptions.defaults());
    }

    /** Runs a program as {@code options} say; returns the process exit code. */
    public static int run(String source, String filename, List<String> argv, RunOptions options) {
        Interpreter interp = new Interpreter(InterpreterConfig.standard(argv, options.strategy())
                .withCheckRefs(options.checkRefs()).withRunId(options.runId()));
        // The process's Ctrl-C becomes KeyboardInterrupt in this interpreter's main thread.
        interp.signals().installSigint();
        return new ProgramRunner(interp).runSource(source, filename);
    }

    /** Prints the disassembly of a program, or of one function in it. */
    public static int dis(String source, String filename, String function, PrintStream out) {
        Interpreter interp = new Interpreter(InterpreterConfig.standard(List.of(filename)));
        return new ProgramRunner(interp).dis(source, filename, function, out);
    }

    /** Parses and compiles a module; syntax errors are thrown as ParseError or CompileError. */
    public static PyCode compile(String source, String filename) {
        Mod mod = Parser.parse(source, filename);
        return Compiler.compileModule(mod, filename);
    }

    /** Whether a throwable is a syntax error found before running. */
    public static boolean isSyntaxError(Throwable t) {
        return t instanceof ParseError || t instanceof CompileError;
    }
}
