package org.gilvm.builtins;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.ast.Expr;
import org.gilvm.bytecode.Opcode;
import org.gilvm.compiler.CompileError;
import org.gilvm.compiler.Compiler;
import org.gilvm.dis.Disassembler;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBoundMethod;
import org.gilvm.objects.PyClassMethod;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStaticMethod;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTextIO;
import org.gilvm.objects.PyTraceback;
import org.gilvm.objects.PyType;
import org.gilvm.parser.ParseError;
import org.gilvm.parser.Parser;

/**
 * The {@code dis} module: {@code dis.dis(x)} prints the listing CPython 3.11's Lib/dis.py
 * prints for functions, methods, code objects, classes and modules (each function in sorted
 * name order) and source strings, to {@code file} or sys.stdout; {@code dis.opname} and
 * {@code dis.opmap} name the opcodes. The listing itself is {@link Disassembler}'s.
 *
 * <p>Not provided: raw bytecode ({@code bytes}) arguments, {@code show_caches} and
 * {@code adaptive} (gilvm does not specialise instructions), and the rest of Lib/dis.py
 * ({@code Bytecode}, {@code get_instructions}, {@code code_info}).
 */
@ExposedModule(name = "dis")
public final class DisModule {
    private DisModule() {}

    static void init(ThreadState ts, PyDict dict) {
        PyObject[] names = new PyObject[256];
        PyDict opmap = new PyDict();
        for (int i = 0; i < 256; i++) {
            Opcode o = Opcode.of(i);
            names[i] = new PyStr(o != null ? o.name() : "<" + i + ">");
            if (o != null) {
                PyObject code = PyInt.of(i);
                opmap.setStr(ts, o.name(), code);
                ts.decref(code);
            }
        }
        dict.setStrSteal(ts, "opname", new PyList(names, names.length));
        dict.setStrSteal(ts, "opmap", opmap);
    }

    /** {@code dis.dis(x=None, *, file=None, depth=None)}. */
    @ExposedFunction(sig = "x=None, *, file=None, depth=None")
    static void dis(ThreadState ts, PyObject x, PyObject file, PyObject depth) {
        int maxDepth = depth == PyNone.None ? -1 : Abstract.asInt(ts, depth);
        StringBuilder out = new StringBuilder();
        if (x == PyNone.None) {
            lastTraceback(ts, out);
        } else {
            disassemble(ts, x, maxDepth, out, file);
        }
        write(ts, file, out);
    }

    /** CPython's dis.dis dispatch on what {@code x} is. */
    private static void disassemble(ThreadState ts, PyObject x, int depth, StringBuilder out, PyObject file) {
        PyCode code = codeOf(x);
        if (code != null) {
            new Disassembler(ts, out).disassembleRecursive(code, depth);
            return;
        }
        if (x instanceof PyStr s) {
            new Disassembler(ts, out).disassembleRecursive(compile(ts, s.value()), depth);
            return;
        }
        PyDict dict = x.dict();
        if (dict == null) {
            throw Errors.typeError("don't know how to disassemble " + x.type().name() + " objects");
        }
        for (int p : sortedEntries(dict)) {
            PyObject value = dict.valueAt(p);
            if (!hasCode(value)) {
                continue;
            }
            out.append("Disassembly of ").append(((PyStr) dict.keyAt(p)).value()).append(":\n");
            // Printed as it goes, as CPython prints: a TypeError below leaves what came before.
            write(ts, file, out);
            out.setLength(0);
            try {
                disassemble(ts, value, depth, out, file);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
                try {
                    out.append("Sorry: ").append(Abstract.str(ts, e.value)).append('\n');
                } finally {
                    ts.decref(e.value);
                }
            }
            out.append('\n');
        }
    }

    /** The code object of a function, method, classmethod, staticmethod or code; else null. */
    private static PyCode codeOf(PyObject x) {
        PyObject f = switch (x) {
            case PyBoundMethod m -> m.func;
            case PyClassMethod m -> m.func;
            case PyStaticMethod m -> m.func;
            default -> x;
        };
        if (f instanceof PyFunction fn) {
            return fn.code;
        }
        return f instanceof PyCode c ? c : null;
    }

    /** CPython's _have_code: what a class or module listing includes. */
    private static boolean hasCode(PyObject v) {
        return v instanceof PyBoundMethod || v instanceof PyFunction || v instanceof PyCode
                || v instanceof PyClassMethod || v instanceof PyStaticMethod || v instanceof PyType;
    }

    /** The entries of a namespace with str keys, in sorted key order (sorted(x.__dict__.items())). */
    private static List<Integer> sortedEntries(PyDict dict) {
        List<Integer> entries = new ArrayList<>();
        for (int p = dict.nextEntry(0); p >= 0; p = dict.nextEntry(p + 1)) {
            if (dict.keyAt(p) instanceof PyStr) {
                entries.add(p);
            }
        }
        entries.sort((a, b) -> PyStr.compareCodePoints(((PyStr) dict.keyAt(a)).value(),
                ((PyStr) dict.keyAt(b)).value()));
        return entries;
    }

    /** CPython's _try_compile: as an expression if it is one, else as statements. */
    private static PyCode compile(ThreadState ts, String source) {
        String filename = "<dis>";
        try {
            Expr e;
            try {
                e = Parser.parseExpression(source, filename);
            } catch (ParseError notAnExpression) {
                return Compiler.compileModule(Parser.parse(source, filename), filename, ts);
            }
            return Compiler.compileExpression(e, filename, ts);
        } catch (ParseError e) {
            throw syntaxError(e.msg, e.line);
        } catch (CompileError e) {
            throw syntaxError(e.msg, e.loc.line());
        }
    }

    private static PyException syntaxError(String msg, int line) {
        return Errors.of(ExceptionTypes.SYNTAX_ERROR, msg + " (<dis>, line " + line + ")");
    }

    /** {@code dis.dis()} with no argument: the last traceback's innermost frame (distb). */
    private static void lastTraceback(ThreadState ts, StringBuilder out) {
        PyObject tb = BuiltinsIO.sysAttr(ts, "last_traceback");
        if (!(tb instanceof PyTraceback t)) {
            throw Errors.runtimeError("no last traceback to disassemble");
        }
        while (t.next != null) {
            t = t.next;
        }
        new Disassembler(ts, out).disassemble(t.code, 2 * t.lasti);
    }

    /** Writes the listing to {@code file}, or sys.stdout, or (without sys) the interpreter's stdout. */
    private static void write(ThreadState ts, PyObject file, StringBuilder text) {
        if (text.isEmpty()) {
            return;
        }
        PyObject target = file;
        if (target == PyNone.None) {
            target = BuiltinsIO.sysAttr(ts, "stdout");
            if (target == null) {
                ts.interp.streams().out.print(text);
                return;
            }
            if (target == PyNone.None) {
                return;
            }
        }
        if (target instanceof PyTextIO io && !io.isBinary()) {
            io.write(ts, text.toString());
            return;
        }
        PyObject write = Abstract.getAttr(ts, target, "write");
        PyObject arg = new PyStr(text.toString());
        try {
            ts.decref(write.call(ts, new PyObject[] {arg}, 0, 1, null));
        } finally {
            ts.decref(arg);
            ts.decref(write);
        }
    }
}
