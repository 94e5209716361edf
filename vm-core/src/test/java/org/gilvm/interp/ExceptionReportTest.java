package org.gilvm.interp;

import static org.gilvm.bytecode.Opcode.CALL;
import static org.gilvm.bytecode.Opcode.RAISE_VARARGS;
import static org.gilvm.interp.TracebackFixture.raised;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.objects.ClassBuilder;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;

/**
 * Chained exceptions, the last line, notes and SyntaxError blocks, compared with what CPython
 * 3.11.7 printed for the same programs.
 */
class ExceptionReportTest {

    @Test
    void aCauseAndAContextArePrintedOldestFirstWithTheirLinkingMessages() {
        var t = new TracebackFixture("""
                import sys
                def parse(s):
                    try:
                        return int(s)
                    except ValueError:
                        raise KeyError(s) from sys.exception()
                def load():
                    try:
                        parse("x")
                    except KeyError:
                        raise RuntimeError("load failed")
                load()
                """);
        var value = raised(Errors.valueError("invalid literal for int() with base 10: 'x'"),
                t.at("parse", 4, CALL));
        var key = raised(Errors.keyError(t.ts, new PyStr("x")),
                t.at("load", 9, CALL), t.at("parse", 6, RAISE_VARARGS));
        key.cause = value;
        key.context = value;
        key.suppressContext = true;
        var runtime = raised(Errors.runtimeError("load failed"),
                t.at(t.module, 12, CALL), t.at("load", 11, RAISE_VARARGS));
        runtime.context = key;
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 4, in parse
                    return int(s)
                           ^^^^^^
                ValueError: invalid literal for int() with base 10: 'x'

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "t.py", line 9, in load
                    parse("x")
                  File "t.py", line 6, in parse
                    raise KeyError(s) from sys.exception()
                KeyError: 'x'

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "t.py", line 12, in <module>
                    load()
                  File "t.py", line 11, in load
                    raise RuntimeError("load failed")
                RuntimeError: load failed
                """, t.print(runtime));
    }

    @Test
    void raiseFromNoneHidesTheContext() {
        var t = new TracebackFixture("""
                d = {}
                try:
                    d['k']
                except KeyError:
                    raise ValueError("missing") from None
                """);
        var exc = raised(Errors.valueError("missing"), t.at(t.module, 5, RAISE_VARARGS));
        exc.context = Errors.keyError(t.ts, new PyStr("k")).value;
        exc.suppressContext = true;
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 5, in <module>
                    raise ValueError("missing") from None
                ValueError: missing
                """, t.print(exc));
    }

    @Test
    void aCycleOfContextsIsPrintedOnce() {
        var t = new TracebackFixture("pass\n");
        PyBaseException a = Errors.valueError("a").value;
        PyBaseException b = Errors.typeError("b").value;
        a.context = b;
        b.context = a;
        assertEquals("""
                TypeError: b

                During handling of the above exception, another exception occurred:

                ValueError: a
                """, t.print(a));
    }

    @Test
    void notesAddedWithAddNoteFollowTheLastLine() {
        var t = new TracebackFixture("""
                e = ValueError("bad value")
                e.add_note("first note")
                e.add_note("second\\nnote")
                raise e
                """);
        var exc = raised(Errors.valueError("bad value"), t.at(t.module, 4, RAISE_VARARGS));
        PyObject addNote = exc.type().lookup("add_note");
        for (String note : new String[] {"first note", "second\nnote"}) {
            t.ts.decref(addNote.call(t.ts, new PyObject[] {exc, new PyStr(note)}, 0, 2, null));
        }
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 4, in <module>
                    raise e
                ValueError: bad value
                first note
                second
                note
                """, t.print(exc));
    }

    @Test
    void aTypeFromAnotherModuleIsQualifiedWithIt() {
        var t = new TracebackFixture("""
                import shapes
                raise shapes.ShapeError("no corners")
                """);
        PyType shapeError = userClass(t, "ShapeError", "shapes", null);
        var exc = (PyBaseException) shapeError.call(t.ts, new PyObject[] {new PyStr("no corners")}, 0, 1, null);
        exc.traceback = TracebackFixture.traceback(t.at(t.module, 2, RAISE_VARARGS));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 2, in <module>
                    raise shapes.ShapeError("no corners")
                shapes.ShapeError: no corners
                """, t.print(exc));
    }

    @Test
    void aStrThatRaisesIsReportedAsFailed() {
        var t = new TracebackFixture("""
                class Bad(Exception):
                    def __str__(self):
                        raise RuntimeError
                raise Bad()
                """);
        PyType bad = userClass(t, "Bad", "__main__", new Raiser());
        var exc = (PyBaseException) bad.call(t.ts, new PyObject[0], 0, 0, null);
        exc.traceback = TracebackFixture.traceback(t.at(t.module, 4, RAISE_VARARGS));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 4, in <module>
                    raise Bad()
                Bad: <exception str() failed>
                """, t.print(exc));
    }

    @Test
    void anEmptyMessageLeavesOutTheColon() {
        var t = new TracebackFixture("raise KeyboardInterrupt\n");
        var exc = raised(Errors.of(ExceptionTypes.KEYBOARD_INTERRUPT), t.at(t.module, 1, RAISE_VARARGS));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    raise KeyboardInterrupt
                KeyboardInterrupt
                """, t.print(exc));
    }

    private static final String COMPILE_FAILED = """
            Traceback (most recent call last):
              File "t.py", line 1, in <module>
                compile("x = (1 +", "<s>", "exec")
              File "<s>", line 1
                x = (1 +
                    ^
            SyntaxError: '(' was never closed
            """;

    @Test
    void aSyntaxErrorRaisedAtRunTimeShowsItsSourceBlockFromItsAttributes() {
        var t = new TracebackFixture("compile(\"x = (1 +\", \"<s>\", \"exec\")\n");
        var exc = raised(Errors.of(ExceptionTypes.SYNTAX_ERROR, "'(' was never closed"), t.at(t.module, 1, CALL));
        exc.setAttr(t.ts, "msg", new PyStr("'(' was never closed"));
        exc.setAttr(t.ts, "filename", new PyStr("<s>"));
        exc.setAttr(t.ts, "lineno", PyInt.of(1));
        exc.setAttr(t.ts, "offset", PyInt.of(5));
        exc.setAttr(t.ts, "text", new PyStr("x = (1 +\n"));
        exc.setAttr(t.ts, "end_lineno", PyInt.of(1));
        exc.setAttr(t.ts, "end_offset", PyInt.of(0));
        assertEquals(COMPILE_FAILED, t.print(exc));
    }

    @Test
    void aSyntaxErrorBuiltWithDetailsTakesThemFromItsArguments() {
        var t = new TracebackFixture("compile(\"x = (1 +\", \"<s>\", \"exec\")\n");
        PyTuple details = PyTuple.of(new PyStr("<s>"), PyInt.of(1), PyInt.of(5), new PyStr("x = (1 +\n"),
                PyInt.of(1), PyInt.of(0));
        var exc = new PyBaseException(ExceptionTypes.SYNTAX_ERROR,
                PyTuple.of(new PyStr("'(' was never closed"), details));
        exc.traceback = TracebackFixture.traceback(t.at(t.module, 1, CALL));
        assertEquals(COMPILE_FAILED, t.print(exc));
    }

    @Test
    void aSyntaxErrorWithoutALineNumberIsPrintedAsAnyException() {
        var t = new TracebackFixture("raise SyntaxError(\"bad\")\n");
        var exc = raised(Errors.of(ExceptionTypes.SYNTAX_ERROR, "bad"), t.at(t.module, 1, RAISE_VARARGS));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    raise SyntaxError("bad")
                SyntaxError: bad
                """, t.print(exc));
    }

    @Test
    void aSyntaxErrorWithAnEmptyMessageAndANoteEndsWithTheTypeAndTheNote() {
        var t = new TracebackFixture("e = SyntaxError(\"\", (\"f.py\", 2, 3, \"  abcdef\\n\", 2, 6))\nraise e\n");
        PyTuple details = PyTuple.of(new PyStr("f.py"), PyInt.of(2), PyInt.of(3), new PyStr("  abcdef\n"),
                PyInt.of(2), PyInt.of(6));
        var exc = new PyBaseException(ExceptionTypes.SYNTAX_ERROR, PyTuple.of(new PyStr(""), details));
        exc.traceback = TracebackFixture.traceback(t.at(t.module, 2, RAISE_VARARGS));
        t.ts.decref(exc.type().lookup("add_note").call(t.ts, new PyObject[] {exc, new PyStr("nn")}, 0, 2, null));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 2, in <module>
                    raise e
                  File "f.py", line 2
                    abcdef
                    ^^^
                SyntaxError
                nn
                """, t.print(exc));
    }

    @Test
    void anUnraisableExceptionIsReportedWithItsTracebackAndAColonEvenWhenEmpty() {
        var t = new TracebackFixture("""
                class C:
                    def __del__(self):
                        raise ValueError()
                c = C()
                del c
                """);
        var e = Errors.of(ExceptionTypes.VALUE_ERROR);
        raised(e, t.at("__del__", 3, RAISE_VARARGS));
        t.interp.reportUnraisable(t.ts, e, "Exception ignored in: <function C.__del__ at 0x7f7d74381760>");
        assertEquals("""
                Exception ignored in: <function C.__del__ at 0x7f7d74381760>
                Traceback (most recent call last):
                  File "t.py", line 3, in __del__
                    raise ValueError()
                ValueError:\s
                """, t.errText());
    }

    @Test
    void printExceptionWritesToTheInterpretersStderr() {
        var t = new TracebackFixture("x = 1 / 0\n");
        var exc = raised(Errors.zeroDivisionError("division by zero"),
                t.at(t.module, 1, org.gilvm.bytecode.Opcode.BINARY_OP));
        t.interp.printException(t.ts, exc);
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    x = 1 / 0
                        ~~^~~
                ZeroDivisionError: division by zero
                """, t.errText());
    }

    /** A class defined in {@code module} deriving from Exception, with an optional __str__. */
    private static PyType userClass(TracebackFixture t, String name, String module, PyObject str) {
        PyDict ns = new PyDict();
        ns.setStrSteal(t.ts, "__module__", new PyStr(module));
        ns.setStrSteal(t.ts, "__qualname__", new PyStr(name));
        if (str != null) {
            ns.setStr(t.ts, "__str__", str);
        }
        return ClassBuilder.newClass(t.ts, name, new PyType[] {ExceptionTypes.EXCEPTION}, ns);
    }

    /** Stands in for a Python method whose body raises RuntimeError. */
    private static final class Raiser extends PyObject {
        @Override
        public PyType type() {
            return org.gilvm.objects.BuiltinTypes.OBJECT;
        }

        @Override
        public PyObject call(org.gilvm.interp.ThreadState ts, PyObject[] argv, int off, int nargs, String[] kw) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR);
        }

        @Override
        public boolean isCallable() {
            return true;
        }
    }
}
