package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;

/** The object, attribute, type and number builtins against CPython 3.11.7's results. */
class BuiltinsObjectsTest extends BuiltinsTestSupport {

    @Test
    void lenReprAndAsciiMatchCPython() {
        assertEquals("3", r("builtins", "len", ints(1, 2, 3)));
        raises("TypeError", "object of type 'int' has no len()", () -> b("len", i(1)));
        raises("TypeError", "len() takes exactly one argument (0 given)", () -> b("len"));
        raises("TypeError", "len() takes exactly one argument (2 given)", () -> b("len", i(1), i(2)));
        assertEquals("\"'a'\"", r("builtins", "repr", s("a")));
        assertEquals("\"'\\\\xe9\\\\n'\"", r("builtins", "ascii", s("é\n")));
        assertEquals("\"'\\\\u20ac\\\\U0001d11e\\\\xe9'\"", r("builtins", "ascii", s("€\uD834\uDD1Eé")));
    }

    @Test
    void idHashAndCallable() {
        PyObject x = ints(1);
        assertEquals(b("id", x).repr(ts), b("id", x).repr(ts));
        assertTrue(((PyInt) b("id", x)).signum() > 0);
        raises("TypeError", "unhashable type: 'list'", () -> b("hash", ints()));
        assertEquals("42", r("builtins", "hash", i(42)));
        assertSame(PyBool.True, b("callable", attr("builtins", "len")));
        assertSame(PyBool.False, b("callable", i(1)));
    }

    @Test
    void getattrSetattrHasattrDelattr() {
        raises("AttributeError", "'int' object has no attribute 'x'", () -> b("getattr", i(1), s("x")));
        raises("TypeError", "attribute name must be string, not 'int'", () -> b("getattr", i(1), i(2)));
        raises("TypeError", "getattr expected at least 2 arguments, got 0", () -> b("getattr"));
        raises("TypeError", "getattr expected at most 3 arguments, got 4", () -> b("getattr", i(1), s("x"), i(1), i(2)));
        assertSame(PyNone.None, b("getattr", i(1), s("x"), PyNone.None));
        raises("AttributeError", "'int' object has no attribute 'x'", () -> b("setattr", i(1), s("x"), i(2)));
        raises("AttributeError", "'int' object has no attribute 'x'", () -> b("delattr", i(1), s("x")));
        raises("TypeError", "attribute name must be string, not 'int'", () -> b("hasattr", i(1), i(2)));

        PyObject obj = instance(userClass("C"));
        b("setattr", obj, s("color"), s("red"));
        assertSame(PyBool.True, b("hasattr", obj, s("color")));
        assertEquals("'red'", r("builtins", "getattr", obj, s("color")));
        b("delattr", obj, s("color"));
        assertSame(PyBool.False, b("hasattr", obj, s("color")));
        assertEquals("'append'", repr(b("getattr", ints(), s("append")).findAttr(ts, "__name__")));
    }

    @Test
    void isinstanceAndIssubclassFollowTuplesAndTheMro() {
        PyType intT = BuiltinTypes.INT, strT = BuiltinTypes.STR;
        assertSame(PyBool.True, b("isinstance", i(1), tuple(strT, tuple(intT))));
        assertSame(PyBool.True, b("isinstance", PyBool.True, BuiltinTypes.BOOL));
        assertSame(PyBool.True, b("isinstance", PyBool.True, intT));
        assertSame(PyBool.False, b("isinstance", i(1), tuple()));
        assertSame(PyBool.True, b("issubclass", BuiltinTypes.BOOL, tuple(strT, intT)));
        assertSame(PyBool.False, b("issubclass", intT, tuple()));
        PyType c = userClass("C");
        assertSame(PyBool.True, b("isinstance", instance(c), BuiltinTypes.OBJECT));
        assertSame(PyBool.False, b("isinstance", instance(c), intT));
        raises("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union",
                () -> b("isinstance", i(1), i(1)));
        raises("TypeError", "issubclass() arg 1 must be a class", () -> b("issubclass", i(1), intT));
        raises("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                () -> b("issubclass", intT, i(1)));
        raises("TypeError", "isinstance expected 2 arguments, got 1", () -> b("isinstance", i(1)));
    }

    @Test
    void absDivmodAndPow() {
        assertEquals("3", r("builtins", "abs", i(-3)));
        assertEquals("2.5", r("builtins", "abs", f(-2.5)));
        assertEquals("9223372036854775808", r("builtins", "abs", i(Long.MIN_VALUE)));
        raises("TypeError", "bad operand type for abs(): 'str'", () -> b("abs", s("a")));
        assertEquals("(-4, -1)", r("builtins", "divmod", i(7), i(-2)));
        assertEquals("(3.0, 1.5)", r("builtins", "divmod", f(7.5), i(2)));
        assertEquals("(0.0, -1.5)", r("builtins", "divmod", f(-1.5), i(-2)));
        assertEquals("(-6148914691236517206, -2)", r("builtins", "divmod", b("pow", i(2), i(64)), i(-3)));
        raises("ZeroDivisionError", "integer division or modulo by zero", () -> b("divmod", i(1), i(0)));
        raises("ZeroDivisionError", "float divmod()", () -> b("divmod", f(1.0), i(0)));
        raises("TypeError", "unsupported operand type(s) for divmod(): 'str' and 'int'", () -> b("divmod", s("a"), i(1)));
        raises("TypeError", "divmod expected 2 arguments, got 1", () -> b("divmod", i(1)));
        assertEquals("2", r("builtins", "pow", i(2), i(10), i(7)));
        assertEquals("4", r("builtins", "pow", i(2), i(-1), i(7)));
        assertEquals("1024", r("builtins", "pow", i(2), i(10)));
        assertEquals("1.4142135623730951", r("builtins", "pow", i(2), f(0.5)));
        assertEquals("3", repr(callKw("builtins", "pow", new PyObject[] {i(2)}, new String[] {"exp", "mod"}, i(3), i(5))));
        raises("TypeError", "pow() 3rd argument not allowed unless all arguments are integers",
                () -> b("pow", f(2.0), i(3), i(5)));
        raises("ValueError", "pow() 3rd argument cannot be 0", () -> b("pow", i(2), i(3), i(0)));
        raises("TypeError", "pow() missing required argument 'exp' (pos 2)", () -> b("pow", i(1)));
    }

    @Test
    void roundDelegatesToTheNumber() {
        assertEquals("2", r("builtins", "round", f(2.5)));
        assertEquals("2.67", r("builtins", "round", f(2.675), i(2)));
        assertEquals("2", r("builtins", "round", f(1.5), PyNone.None));
        raises("TypeError", "type str doesn't define __round__ method", () -> b("round", s("a")));
    }

    @Test
    void ordAndChrRoundTripCodePoints() {
        assertEquals("97", r("builtins", "ord", s("a")));
        assertEquals("8364", r("builtins", "ord", s("€")));
        assertEquals("119070", r("builtins", "ord", s("\uD834\uDD1E")));
        assertEquals("97", r("builtins", "ord", new PyBytes(new byte[] {'a'})));
        raises("TypeError", "ord() expected a character, but string of length 2 found", () -> b("ord", s("ab")));
        raises("TypeError", "ord() expected a character, but string of length 0 found", () -> b("ord", s("")));
        raises("TypeError", "ord() expected string of length 1, but int found", () -> b("ord", i(1)));
        assertEquals("'A'", r("builtins", "chr", i(65)));
        assertEquals("119070", r("builtins", "ord", b("chr", i(119070))));
        raises("ValueError", "chr() arg not in range(0x110000)", () -> b("chr", i(0x110000)));
        raises("ValueError", "chr() arg not in range(0x110000)", () -> b("chr", i(-1)));
        raises("TypeError", "'str' object cannot be interpreted as an integer", () -> b("chr", s("a")));
    }

    @Test
    void hexOctBinUseIndexAndSign() {
        assertEquals("'0xff'", r("builtins", "hex", i(255)));
        assertEquals("'-0xff'", r("builtins", "hex", i(-255)));
        assertEquals("'-0x8000000000000000'", r("builtins", "hex", i(Long.MIN_VALUE)));
        assertEquals("'0x10000000000000000'", r("builtins", "hex", b("pow", i(2), i(64))));
        assertEquals("'0o10'", r("builtins", "oct", i(8)));
        assertEquals("'-0o10'", r("builtins", "oct", i(-8)));
        assertEquals("'-0b101'", r("builtins", "bin", i(-5)));
        assertEquals("'0b1'", r("builtins", "bin", PyBool.True));
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> b("hex", f(1.5)));
        PyType idx = userClass("Idx", "__index__", (org.gilvm.objects.BuiltinBody) (t, argv, off, n, kw) -> i(255));
        assertEquals("'0xff'", r("builtins", "hex", instance(idx)));
    }

    @Test
    void formatUsesTheFormatSpecMiniLanguage() {
        assertEquals("'3.14'", r("builtins", "format", f(3.14159), s(".2f")));
        assertEquals("'1'", r("builtins", "format", i(1)));
        raises("TypeError", "format() argument 2 must be str, not int", () -> b("format", i(1), i(1)));
        raises("TypeError", "format expected at least 1 argument, got 0", () -> b("format"));
        raises("TypeError", "format() takes no keyword arguments",
                () -> callKw("builtins", "format", new PyObject[] {i(1)}, new String[] {"format_spec"}, s("d")));
    }

    @Test
    void varsAndDirSeeInstanceAndClassAttributes() {
        PyType c = userClass("C", "method", (org.gilvm.objects.BuiltinBody) (t, argv, off, n, kw) -> PyNone.None);
        PyObject obj = instance(c);
        b("setattr", obj, s("zeta"), i(1));
        b("setattr", obj, s("alpha"), i(2));
        assertEquals("{'zeta': 1, 'alpha': 2}", r("builtins", "vars", obj));
        raises("TypeError", "vars() argument must have __dict__ attribute", () -> b("vars", i(1)));
        PyList names = (PyList) b("dir", obj);
        int alpha = -1, method = -1, zeta = -1;
        for (int k = 0; k < names.size(); k++) {
            String n = ((PyStr) names.get(k)).value();
            alpha = n.equals("alpha") ? k : alpha;
            method = n.equals("method") ? k : method;
            zeta = n.equals("zeta") ? k : zeta;
        }
        assertTrue(alpha >= 0 && alpha < method && method < zeta, names.repr(ts));
        raises("TypeError", "dir expected at most 1 argument, got 2", () -> b("dir", i(1), i(2)));
    }
}
