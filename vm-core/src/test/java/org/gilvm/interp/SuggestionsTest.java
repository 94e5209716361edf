package org.gilvm.interp;

import static org.gilvm.bytecode.Opcode.CALL;
import static org.gilvm.bytecode.Opcode.LOAD_ATTR;
import static org.gilvm.bytecode.Opcode.LOAD_GLOBAL;
import static org.gilvm.bytecode.Opcode.LOAD_NAME;
import static org.gilvm.interp.TracebackFixture.raised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.ClassBuilder;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" suggestions of NameError and AttributeError, compared with CPython 3.11.7
 * (the golden corpus's errors/007 and errors/017, and small programs run under python3).
 */
class SuggestionsTest {

    /** tests/golden/errors/017_name_error_module_level. */
    @Test
    void aNameErrorAtModuleLevelSuggestsAGlobal() {
        var t = new TracebackFixture("""
                # Checks a NameError on a module-level line after some output, with a "Did you mean" suggestion for a typo.
                counter = 0
                for i in range(3):
                    counter += i
                print("counter =", counter)
                print("total =", countr)
                print("unreachable")
                """);
        t.globals.setStr(t.ts, "counter", PyInt.of(3));
        t.globals.setStr(t.ts, "i", PyInt.of(2));
        var exc = raised(Errors.nameError("countr"), t.at(t.module, 6, LOAD_NAME, 1));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 6, in <module>
                    print("total =", countr)
                                     ^^^^^^
                NameError: name 'countr' is not defined. Did you mean: 'counter'?
                """, t.print(exc));
    }

    /** tests/golden/errors/007_attribute_error_uncaught, raised the way LOAD_ATTR raises it. */
    @Test
    void anAttributeErrorSuggestsAnAttributeOfTheObject() {
        var t = new TracebackFixture("""
                # Checks an uncaught AttributeError on a user object and CPython 3.11's "Did you mean" suggestion.
                class Point:
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                        self.label = 'origin'
                    def __repr__(self):
                        return f"Point({self.x}, {self.y})"
                p = Point(1, 2)
                print(p, p.x)
                print(p.lable)
                """);
        PyObject p = point(t);
        PyException e = assertThrows(PyException.class, () -> Abstract.getAttr(t.ts, p, "lable"));
        var exc = raised(e, t.at(t.module, 11, LOAD_ATTR));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 11, in <module>
                    print(p.lable)
                          ^^^^^^^
                AttributeError: 'Point' object has no attribute 'lable'. Did you mean: 'label'?
                """, t.print(exc));
    }

    /** CPython 3.11's C code searches locals, globals and builtins one list at a time. */
    @Test
    void aLocalNameIsPreferredToACloserGlobal() {
        var t = new TracebackFixture("""
                abcdefgh = 1
                def f():
                    abcdefxx = 2
                    print(abcdefgy)
                f()
                """);
        t.globals.setStr(t.ts, "abcdefgh", PyInt.of(1));
        var exc = raised(Errors.nameError("abcdefgy"), t.at(t.module, 5, CALL), t.at(TracebackFixture.function(t.module, "f"), 4, LOAD_GLOBAL, 1));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 5, in <module>
                    f()
                  File "t.py", line 4, in f
                    print(abcdefgy)
                          ^^^^^^^^
                NameError: name 'abcdefgy' is not defined. Did you mean: 'abcdefxx'?
                """, t.print(exc));
    }

    @Test
    void builtinsAreSearchedLast() {
        var t = new TracebackFixture("prnt(\"hi\")\n");
        var exc = raised(Errors.nameError("prnt"), t.at(t.module, 1, LOAD_NAME));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    prnt("hi")
                    ^^^^
                NameError: name 'prnt' is not defined. Did you mean: 'print'?
                """, t.print(exc));
    }

    @Test
    void aNameTooFarFromEveryCandidateGetsNoSuggestion() {
        var t = new TracebackFixture("xyzzy\n");
        var exc = raised(Errors.nameError("xyzzy"), t.at(t.module, 1, LOAD_NAME));
        assertEquals("""
                Traceback (most recent call last):
                  File "t.py", line 1, in <module>
                    xyzzy
                NameError: name 'xyzzy' is not defined
                """, t.print(exc));
    }

    @Test
    void nonAsciiNamesAreComparedByTheirUtf8Bytes() {
        var t = new TracebackFixture("aé = 1\nprint(aè)\n");
        t.globals.setStr(t.ts, "aé", PyInt.of(1));
        var exc = raised(Errors.nameError("aè"), t.at(t.module, 2, LOAD_NAME, 1));
        assertEquals("NameError: name 'aè' is not defined. Did you mean: 'aé'?\n", lastLine(t.print(exc)));
        t.globals.setStr(t.ts, "cafe", PyInt.of(1));
        assertEquals("cafe", Suggestions.closest(new String[] {"cafe"}, "café"));
    }

    @Test
    void onlyExactlyAttributeErrorAndNameErrorGetSuggestions() {
        var t = new TracebackFixture("pass\n");
        PyObject p = point(t);
        PyDict ns = new PyDict();
        ns.setStrSteal(t.ts, "__module__", new PyStr("__main__"));
        PyType sub = ClassBuilder.newClass(t.ts, "E", new PyType[] {ExceptionTypes.ATTRIBUTE_ERROR}, ns);
        var exc = (PyBaseException) sub.call(t.ts, new PyObject[] {new PyStr("x")}, 0, 1, null);
        exc.setNameAndObjSteal(t.ts, new PyStr("lable"), p);
        t.ts.incref(p);
        assertEquals("E: x\n", t.print(exc));
        var withoutObj = Errors.noAttribute(p, "lable").value;
        assertEquals("AttributeError: 'Point' object has no attribute 'lable'\n", t.print(withoutObj));
    }

    @Test
    void distancesCostTwoPerEditAndOneForACaseFlip() {
        assertEquals(1, distance("Print", "print"));
        assertEquals(4, distance("lable", "label"));
        assertEquals(2, distance("countr", "counter"));
        assertEquals(6, distance("abc", "xyz"));
        assertEquals(4, distance("abcdefgy", "abcdefxx"));
        assertEquals(2, distance("abcdefgy", "abcdefgh"));
        assertEquals(3, distance("abc", "xyz", 2), "stops past the limit");
    }

    @Test
    void nameAndObjAreReadableAndTheExceptionOwnsObj() {
        var t = new TracebackFixture("pass\n");
        PyObject p = point(t);
        int before = p.refcnt;
        PyBaseException exc = Errors.noAttribute(t.ts, p, "lable").value;
        assertEquals(before + 1, p.refcnt);
        assertEquals("lable", ((PyStr) exc.findAttr(t.ts, "name")).value());
        assertSame(p, exc.findAttr(t.ts, "obj"));
        t.ts.decref(p);
        exc.delAttr(t.ts, "obj");
        assertEquals(before, p.refcnt);
        assertSame(PyNone.None, exc.findAttr(t.ts, "obj"));
        PyBaseException name = Errors.nameError("x").value;
        assertEquals("x", ((PyStr) name.findAttr(t.ts, "name")).value());
        assertNull(name.findAttr(t.ts, "obj"), "NameError has no obj");
        assertSame(PyNone.None, Errors.attributeError("m").value.findAttr(t.ts, "name"));
    }

    private static int distance(String a, String b) {
        return distance(a, b, 100);
    }

    private static int distance(String a, String b, int max) {
        return Suggestions.levenshtein(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8),
                max, new int[40]);
    }

    private static String lastLine(String text) {
        String body = text.substring(0, text.length() - 1);
        return text.substring(body.lastIndexOf('\n') + 1);
    }

    /** {@code Point(1, 2)} of errors/007: a user class instance with x, y and label. */
    private static PyObject point(TracebackFixture t) {
        PyDict ns = new PyDict();
        ns.setStrSteal(t.ts, "__module__", new PyStr("__main__"));
        ns.setStrSteal(t.ts, "__qualname__", new PyStr("Point"));
        PyType cls = ClassBuilder.newClass(t.ts, "Point", new PyType[0], ns);
        PyObject p = cls.call(t.ts, new PyObject[0], 0, 0, null);
        p.setAttr(t.ts, "x", PyInt.of(1));
        p.setAttr(t.ts, "y", PyInt.of(2));
        p.setAttr(t.ts, "label", new PyStr("origin"));
        return p;
    }
}
