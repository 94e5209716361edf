package org.gilvm.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilvm.builtins.DisModule;
import org.gilvm.builtins.ModuleFactory;
import org.gilvm.compiler.Compiler;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.parser.Parser;
import org.junit.jupiter.api.Test;

/** The {@code dis} module and {@code gilvm dis}, against what CPython 3.11.7 prints. */
class DisModuleTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Interpreter interp = new Interpreter(InterpreterConfig.standard(List.of("t.py")).withStreams(
            new ByteArrayInputStream(new byte[0]), new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8)));
    private final ThreadState ts = new ThreadState(interp);
    private final PyModule dis = ModuleFactory.create(ts, DisModule.class);

    private PyObject call(String name, PyObject... args) {
        return dis.dict().getStr(name).call(ts, args, 0, args.length, null);
    }

    private String printed() {
        interp.streams().out.flush();
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private PyCode compile(String source, String filename) {
        return Compiler.compileModule(Parser.parse(source, filename), filename, ts);
    }

    @Test
    void disOfAnExpressionStringCompilesItAsAnExpression() {
        call("dis", new PyStr("x + 1"));
        assertEquals("""
                  0           0 RESUME                   0

                  1           2 LOAD_NAME                0 (x)
                              4 LOAD_CONST               0 (1)
                              6 BINARY_OP                0 (+)
                             10 RETURN_VALUE
                """, printed());
    }

    @Test
    void disOfAStatementStringCompilesItAsAModule() {
        call("dis", new PyStr("x = 1"));
        assertEquals("""
                  0           0 RESUME                   0

                  1           2 LOAD_CONST               0 (1)
                              4 STORE_NAME               0 (x)
                              6 LOAD_CONST               1 (None)
                              8 RETURN_VALUE
                """, printed());
    }

    @Test
    void disOfAModuleListsItsFunctionsInSortedNameOrder() {
        PyCode code = compile("def b():\n    return 2\ndef a(x):\n    return x\nc = 3\n", "m.py");
        PyDict globals = new PyDict();
        PyModule m = new PyModule(ts, "m", globals);
        PyCode b = (PyCode) code.consts[0], a = (PyCode) code.consts[1];
        globals.setStrSteal(ts, "b", new PyFunction(b, globals, interp.builtins().dict(), "b", null));
        globals.setStrSteal(ts, "a", new PyFunction(a, globals, interp.builtins().dict(), "a", null));
        globals.setStrSteal(ts, "c", PyInt.of(3));
        call("dis", m);
        assertEquals("""
                Disassembly of a:
                  3           0 RESUME                   0

                  4           2 LOAD_FAST                0 (x)
                              4 RETURN_VALUE

                Disassembly of b:
                  1           0 RESUME                   0

                  2           2 LOAD_CONST               1 (2)
                              4 RETURN_VALUE

                """, printed());
    }

    @Test
    void disOfAnUnsupportedObjectRaisesTypeError() {
        PyException e = assertThrows(PyException.class, () -> call("dis", PyInt.of(42)));
        assertTrue(e.matches(ExceptionTypes.TYPE_ERROR));
        assertEquals("don't know how to disassemble int objects", e.value.str(ts));
    }

    @Test
    void disWithoutATracebackRaisesRuntimeError() {
        PyException e = assertThrows(PyException.class, () -> call("dis"));
        assertTrue(e.matches(ExceptionTypes.RUNTIME_ERROR));
        assertEquals("no last traceback to disassemble", e.value.str(ts));
    }

    @Test
    void opnameAndOpmapNameEveryOpcodeAsCPythonDoes() {
        PyList opname = (PyList) dis.dict().getStr("opname");
        assertEquals(256, opname.size());
        assertEquals("<3>", ((PyStr) opname.get(3)).value());
        assertEquals("LOAD_CONST", ((PyStr) opname.get(100)).value());
        PyDict opmap = (PyDict) dis.dict().getStr("opmap");
        assertEquals(PyInt.of(83), opmap.getStr("RETURN_VALUE"));
    }

    @Test
    void gilvmDisOfOneFunctionPrintsDisOfThatFunction() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = new ProgramRunner(interp).dis("n = 0\ndef foo():\n    global n\n    n += 1\n", "seed.py", "foo",
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, rc);
        assertEquals("""
                  2           0 RESUME                   0

                  4           2 LOAD_GLOBAL              0 (n)
                             14 LOAD_CONST               1 (1)
                             16 BINARY_OP               13 (+=)
                             20 STORE_GLOBAL             0 (n)
                             22 LOAD_CONST               0 (None)
                             24 RETURN_VALUE
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gilvmDisOfAnUnknownFunctionSaysSoAndReturnsTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = new ProgramRunner(interp).dis("x = 1\n", "m.py", "nope", new PrintStream(out, true,
                StandardCharsets.UTF_8));
        assertEquals(2, rc);
        interp.streams().err.flush();
        assertEquals("gilvm dis: no function 'nope' in m.py\n", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gilvmDisOfASyntaxErrorPrintsItAndReturnsOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = new ProgramRunner(interp).dis("def f(:\n", "bad.py", null, new PrintStream(out, true,
                StandardCharsets.UTF_8));
        assertEquals(1, rc);
        interp.streams().err.flush();
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("SyntaxError"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
