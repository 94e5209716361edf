package org.gilvm.objects.strings;

import java.util.stream.Stream;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code str(object, encoding, errors)} decodes bytes through the codecs, with CPython
 * 3.11.7's results and errors; without encoding and errors it is plain {@code str(object)}.
 */
class StrFromBytesTest extends StringsTestSupport {
    private PyObject str(PyObject[] args, Object... kw) {
        return construct(BuiltinTypes.STR, args, kw);
    }

    @TestFactory
    Stream<DynamicTest> bytesAreDecoded() {
        return run(
                row("str(b'abc', 'utf-8')", "'abc'", () -> str(args(b("abc"), s("utf-8")))),
                row("str(b'\\xff', 'utf-8', 'replace')", "'\ufffd'", () -> str(args(b("\u00ff"), s("utf-8"), s("replace")))),
                row("str(b'x', encoding='latin-1')", "'x'", () -> str(args(b("x")), kw("encoding", s("latin-1")))),
                row("str(b'\\xc3\\xa9', 'latin-1')", "'\u00c3\u00a9'", () -> str(args(b("\u00c3\u00a9"), s("latin-1")))),
                row("str(b'\\xc3\\xa9', 'utf-8')", "'\u00e9'", () -> str(args(b("\u00c3\u00a9"), s("utf-8")))),
                row("str(b'a', 'UTF8')", "'a'", () -> str(args(b("a"), s("UTF8")))),
                row("str(b'abc', errors='strict')", "'abc'", () -> str(args(b("abc")), kw("errors", s("strict")))),
                row("str(b'\\xff', errors='ignore')", "''", () -> str(args(b("\u00ff")), kw("errors", s("ignore")))),
                row("str(b'a\\x80b', 'ascii', 'backslashreplace')", "'a\\\\x80b'",
                        () -> str(args(b("a\u0080b"), s("ascii"), s("backslashreplace")))),
                row("str(b'abc', 'utf-8', 'bogus')", "'abc'", () -> str(args(b("abc"), s("utf-8"), s("bogus")))),
                row("str(object=b'a', encoding='ascii')", "'a'", () -> str(args(), kw("object", b("a"), "encoding", s("ascii")))));
    }

    @TestFactory
    Stream<DynamicTest> withoutAnEncodingItIsStrOfTheObject() {
        return run(
                row("str(object=b'a')", "\"b'a'\"", () -> str(args(), kw("object", b("a")))),
                row("str(encoding='utf-8')", "''", () -> str(args(), kw("encoding", s("utf-8")))),
                row("str(errors='x')", "''", () -> str(args(), kw("errors", s("x")))));
    }

    @TestFactory
    Stream<DynamicTest> decodingErrors() {
        return run(
                row("str(b'\\xff', 'utf-8')", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                        () -> str(args(b("\u00ff"), s("utf-8")))),
                row("str(b'\\xff', 'ascii')", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)",
                        () -> str(args(b("\u00ff"), s("ascii")))),
                row("str(b'abc', 'nope')", "LookupError: unknown encoding: nope", () -> str(args(b("abc"), s("nope")))),
                row("str(b'\\xff\\xfe', 'utf-8', 'bogus')", "LookupError: unknown error handler name 'bogus'",
                        () -> str(args(b("\u00ff\u00fe"), s("utf-8"), s("bogus")))));
    }

    @TestFactory
    Stream<DynamicTest> argumentErrors() {
        return run(
                row("str('abc', 'utf-8')", "TypeError: decoding str is not supported", () -> str(args(s("abc"), s("utf-8")))),
                row("str(1, 'utf-8')", "TypeError: decoding to str: need a bytes-like object, int found", () -> str(args(i(1), s("utf-8")))),
                row("str(None, 'utf-8')", "TypeError: decoding to str: need a bytes-like object, NoneType found", () -> str(args(none(), s("utf-8")))),
                row("str(1.5, errors='strict')", "TypeError: decoding to str: need a bytes-like object, float found",
                        () -> str(args(f("1.5")), kw("errors", s("strict")))),
                row("str(b'a', 'utf-8', 'strict', 1)", "TypeError: str() takes at most 3 arguments (4 given)",
                        () -> str(args(b("a"), s("utf-8"), s("strict"), i(1)))),
                row("str(b'a', x=1)", "TypeError: 'x' is an invalid keyword argument for str()", () -> str(args(b("a")), kw("x", i(1)))),
                row("str(b'a', encoding=1)", "TypeError: str() argument 'encoding' must be str, not int", () -> str(args(b("a")), kw("encoding", i(1)))),
                row("str(b'a', None)", "TypeError: str() argument 'encoding' must be str, not None", () -> str(args(b("a"), none()))),
                row("str(b'a', 'utf-8', None)", "TypeError: str() argument 'errors' must be str, not None", () -> str(args(b("a"), s("utf-8"), none()))),
                row("str(b'a', object=b'b')", "TypeError: argument for str() given by name ('object') and position (1)",
                        () -> str(args(b("a")), kw("object", b("b")))));
    }
}
