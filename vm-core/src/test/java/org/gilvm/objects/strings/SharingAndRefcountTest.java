package org.gilvm.objects.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.FloatFormat;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.StrRepr;
import org.junit.jupiter.api.Test;

/**
 * What the table tests cannot see: which results are the argument itself (as in CPython),
 * that formatting leaves reference counts balanced, and exception attributes.
 */
class SharingAndRefcountTest extends StringsTestSupport {
    @Test
    void unchangedStrResultsAreTheSameObject() {
        PyStr abc = s("abc");
        assertSame(abc, call(abc, "strip", args()));
        assertSame(abc, call(abc, "replace", args(s("x"), s("y"))));
        assertSame(abc, call(abc, "ljust", args(i(2))));
        assertSame(abc, call(s("-"), "join", args(list(abc))));
        assertSame(abc, getItem(abc, slice(none(), none(), none())));
    }

    @Test
    void bytesHashEqualsTheHashOfTheLatin1Str() {
        PyBytes b = b("h\u00e9llo");
        assertEquals(Abstract.hash(ts, s("h\u00e9llo")), Abstract.hash(ts, b));
    }

    @Test
    void formattingLeavesArgumentCountsBalanced() {
        PyStr v = s("value");
        PyInt big = big("123456789012345678901234567890");
        PyTuple args = tuple(v, big);
        int before = v.refcnt, bigBefore = big.refcnt;
        call(s("{0}{1:,}{0!r:>9}"), "format", args(v, big));
        percent("%s %d", args);
        percent("%(k)s", dict(s("k"), v));
        assertEquals(before, v.refcnt - 1, "the dict above holds one reference");
        assertEquals(bigBefore, big.refcnt);
    }

    @Test
    void decodeErrorsCarryCPythonsAttributes() {
        try {
            call(b("ab\u00ff"), "decode", args());
            throw new AssertionError("no error");
        } catch (PyException e) {
            assertEquals("UnicodeDecodeError", e.type().name());
            assertEquals("2", attr(e.value, "start").repr(ts));
            assertEquals("3", attr(e.value, "end").repr(ts));
            assertEquals("'invalid start byte'", attr(e.value, "reason").repr(ts));
            assertEquals("'utf-8'", attr(e.value, "encoding").repr(ts));
        }
    }

    @Test
    void reprAndAsciiEscapeLikeCPython() {
        // repr('it\'s "x"\x7f\u200b😀') and ascii('é😀') printed by CPython 3.11.7
        assertEquals("'it\\'s \"x\"\\x7f\\u200b\ud83d\ude00'", StrRepr.repr("it's \"x\"\u007f\u200b\ud83d\ude00"));
        assertEquals("'\\xe9\\U0001f600'", StrRepr.ascii(StrRepr.repr("\u00e9\ud83d\ude00")));
    }

    @Test
    void floatReprUsesTheShortestDigitsEvenForOneDigitSubnormals() {
        // repr(5e-324), repr(1e-323), repr(2.5e-323) printed by CPython 3.11.7
        assertEquals("5e-324", FloatFormat.repr(Double.MIN_VALUE));
        assertEquals("1e-323", FloatFormat.repr(2 * Double.MIN_VALUE));
        assertEquals("2.5e-323", FloatFormat.repr(5 * Double.MIN_VALUE));
    }

    @Test
    void classmethodsWorkThroughInstancesToo() {
        PyObject r = call(f("1.5"), "fromhex", args(s("0x1p1")));
        assertEquals("2.0", r.repr(ts));
    }
}
