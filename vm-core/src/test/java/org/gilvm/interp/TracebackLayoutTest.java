package org.gilvm.interp;

import static org.gilvm.bytecode.Opcode.BINARY_OP;
import static org.gilvm.bytecode.Opcode.BINARY_SUBSCR;
import static org.gilvm.bytecode.Opcode.CALL;
import static org.gilvm.bytecode.Opcode.RAISE_VARARGS;
import static org.gilvm.interp.TracebackFixture.raised;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gilvm.objects.Errors;
import org.gilvm.objects.PyStr;
import org.junit.jupiter.api.Test;

/** Frame entries, source lines and caret lines, compared with what CPython 3.11.7 printed. */
class TracebackLayoutTest {

    @Test
    void aBinaryOperationIsMarkedWithTildesAndACaretUnderTheOperator() {
        var t = new TracebackFixture("""
                def add(a, b):
                    return a + b
                total = add(1, None)
                """);
        var exc = raised(Errors.typeError("unsupported operand type(s) for +: 'int' and 'NoneType'"),
                t.at(t.module, 3, CALL), t.at("add", 2, BINARY_OP));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 3, in <module>
                    total = add(1, None)
                            ^^^^^^^^^^^^
                  File "t.py", line 2, in add
                    return a + b
                           ~~^~~
                TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
                """, t.print(exc));
    }

    @Test
    void aSubscriptIsMarkedUnderItsBracketsAndAWholeLineCallIsNotMarked() {
        var t = new TracebackFixture("""
                def get(d, k):
                    return d[k]
                config = {'a': 1}
                get(config, 'port')
                """);
        var exc = raised(Errors.keyError(t.ts, new PyStr("port")),
                t.at(t.module, 4, CALL), t.at("get", 2, BINARY_SUBSCR));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 4, in <module>
                    get(config, 'port')
                  File "t.py", line 2, in get
                    return d[k]
                           ~^^^
                KeyError: 'port'
                """, t.print(exc));
    }

    @Test
    void aMultiLineCallIsMarkedToTheEndOfItsFirstLine() {
        var t = new TracebackFixture("""
                def f(*args):
                    return args[5]
                result = f(1,
                           2)
                """);
        var exc = raised(Errors.indexError("tuple index out of range"),
                t.at(t.module, 3, CALL), t.at("f", 2, BINARY_SUBSCR));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 3, in <module>
                    result = f(1,
                             ^^^^
                  File "t.py", line 2, in f
                    return args[5]
                           ~~~~^^^
                IndexError: tuple index out of range
                """, t.print(exc));
    }

    @Test
    void repeatedIdenticalEntriesAreCollapsedAfterThree() {
        var t = new TracebackFixture("""
                def f(n):
                    if n == 0:
                        raise ValueError("bottom")
                    f(n - 1)
                f(6)
                """);
        var recursive = t.at("f", 4, CALL);
        var exc = raised(Errors.valueError("bottom"), t.at(t.module, 5, CALL),
                recursive, recursive, recursive, recursive, recursive, recursive, t.at("f", 3, RAISE_VARARGS));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 5, in <module>
                    f(6)
                  File "t.py", line 4, in f
                    f(n - 1)
                  File "t.py", line 4, in f
                    f(n - 1)
                  File "t.py", line 4, in f
                    f(n - 1)
                  [Previous line repeated 3 more times]
                  File "t.py", line 3, in f
                    raise ValueError("bottom")
                ValueError: bottom
                """, t.print(exc));
    }

    @Test
    void oneRepeatBeyondTheCutoffIsCountedInTheSingular() {
        var t = new TracebackFixture("""
                def f(n):
                    f(n - 1)
                f(4)
                """);
        var recursive = t.at("f", 2, CALL);
        var exc = raised(Errors.recursionError("maximum recursion depth exceeded"), t.at(t.module, 3, CALL),
                recursive, recursive, recursive, recursive);
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 3, in <module>
                    f(4)
                  File "t.py", line 2, in f
                    f(n - 1)
                  File "t.py", line 2, in f
                    f(n - 1)
                  File "t.py", line 2, in f
                    f(n - 1)
                  [Previous line repeated 1 more time]
                RecursionError: maximum recursion depth exceeded
                """, t.print(exc));
    }

    @Test
    void columnsAfterNonAsciiTextCountCharacters() {
        var t = new TracebackFixture("s = 'ééé'; x = s + 1\n");
        var exc = raised(Errors.typeError("can only concatenate str (not \"int\") to str"),
                t.at(t.module, 1, BINARY_OP));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    s = 'ééé'; x = s + 1
                                   ~~^~~
                TypeError: can only concatenate str (not "int") to str
                """, t.print(exc));
    }

    @Test
    void aWideCharacterOutsideTheBasicPlaneTakesTwoColumns() {
        var t = new TracebackFixture("t = '\uD83D\uDE00'; y = t[5]\n");
        var exc = raised(Errors.indexError("string index out of range"), t.at(t.module, 1, BINARY_SUBSCR));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    t = '\uD83D\uDE00'; y = t[5]
                                  ~^^^
                IndexError: string index out of range
                """, t.print(exc));
    }

    @Test
    void caretsUnderAndAfterWideCharactersCountTwoColumnsForEach() {
        var t = new TracebackFixture("u = {'中': 1}; y = u['中'] + None\n");
        var exc = raised(Errors.typeError("unsupported operand type(s) for +: 'int' and 'NoneType'"),
                t.at(t.module, 1, BINARY_OP));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    u = {'中': 1}; y = u['中'] + None
                                       ~~~~~~~~^~~~~~
                TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
                """, t.print(exc));
    }

    @Test
    void aMultiLinePositionOnAWideLineIsMeasuredInColumnsAfterTheByteScan() {
        var t = new TracebackFixture("def f(*a): return 1/0\nx = f('中中中',   \n  2)\n");
        var exc = raised(Errors.zeroDivisionError("division by zero"),
                t.at(t.module, 2, CALL), t.at("f", 1, BINARY_OP));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 2, in <module>
                    x = f('中中中',  \s
                        ^^^^^^^^^^^^^^
                  File "t.py", line 1, in f
                    def f(*a): return 1/0
                                      ~^~
                ZeroDivisionError: division by zero
                """, t.print(exc));
    }

    /** CPython scans the UTF-8 bytes of the line from its character count, so it overshoots. */
    @Test
    void aMultiLinePositionOnANonAsciiLineEndsWhereCPythonsByteScanEnds() {
        var t = new TracebackFixture("""
                def f(*a):
                    return 1 / 0
                x = f('ééé',  \s
                      2)
                """);
        var exc = raised(Errors.zeroDivisionError("division by zero"),
                t.at(t.module, 3, CALL), t.at("f", 2, BINARY_OP));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 3, in <module>
                    x = f('ééé',  \s
                        ^^^^^^^^^^^
                  File "t.py", line 2, in f
                    return 1 / 0
                           ~~^~~
                ZeroDivisionError: division by zero
                """, t.print(exc));
    }

    @Test
    void aTabIndentedLineIsStrippedAndItsCaretsStayAligned() {
        var t = new TracebackFixture("def g(xs):\n\treturn xs[1] // xs[0]\ng([0, 1])\n");
        var exc = raised(Errors.zeroDivisionError("integer division or modulo by zero"),
                t.at(t.module, 3, CALL), t.at("g", 2, BINARY_OP));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 3, in <module>
                    g([0, 1])
                  File "t.py", line 2, in g
                    return xs[1] // xs[0]
                           ~~~~~~^^~~~~~~
                ZeroDivisionError: integer division or modulo by zero
                """, t.print(exc));
    }

    @Test
    void aFileWithoutSourceShowsOnlyTheEntryLine() {
        var t = new TracebackFixture("x = 1 / 0\n");
        t.interp.sourceCache().put("t.py", "");
        var exc = raised(Errors.zeroDivisionError("division by zero"), t.at(t.module, 1, BINARY_OP));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                ZeroDivisionError: division by zero
                """, t.print(exc));
    }
}
