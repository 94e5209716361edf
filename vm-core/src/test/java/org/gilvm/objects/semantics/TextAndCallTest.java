package org.gilvm.objects.semantics;

import org.junit.jupiter.api.Test;

/**
 * str.maketrans and str.translate, the UTF-16 and UTF-32 codecs, code object attributes, and
 * the texts of argument and item-deletion errors, against CPython 3.11.
 */
class TextAndCallTest extends PythonSnippets {
    @Test
    void maketransAndTranslate() {
        assertPrints("""
                xyzxyz heLL True
                xc {97: 1, 98: 'x'} bbbbbb
                he😀😀o
                TypeError: if you give only one argument to maketrans it must be a dict
                ValueError: the first two maketrans arguments must have equal length
                TypeError: first maketrans argument must be a string if there is a second argument
                TypeError: maketrans() argument 2 must be str, not int
                TypeError: maketrans() argument 3 must be str, not int
                TypeError: keys in translate table must be strings or integers
                ValueError: string keys in translate table must be of length 1
                TypeError: maketrans expected at least 1 argument, got 0
                TypeError: character mapping must return integer, None or str
                ValueError: character mapping must be in range(0x110000)
                TypeError: 'int' object is not subscriptable
                """,
                T + """
                table = str.maketrans("abc", "xyz", "d")
                print("abcdabcd".translate(table), "hello".translate({ord('l'): 'L', ord('o'): None}), str.maketrans({'a': '1'}) == {97: '1'})
                print("abc".translate(["x"] * 98 + [None]), str.maketrans({"a": 1, 98: "x"}), "aaa".translate({97: "bb"}))
                print("h\\xe9llo\\U0001F600".translate({ord("\\xe9"): "e", 0x1F600: None, ord("l"): 0x1F600}))
                for f in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1, "c"),
                          lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 1), lambda: str.maketrans({1.5: 2}),
                          lambda: str.maketrans({"ab": 2}), lambda: str.maketrans(), lambda: "a".translate({97: 1.5}),
                          lambda: "a".translate({97: 0x110000}), lambda: "a".translate(5)]:
                    t(f)
                """);
    }

    @Test
    void utf16AndUtf32Codecs() {
        assertPrints("""
                utf-16 b'\\xff\\xfe\\xe9\\x00\\xac =\\xd8\\x00\\xde' True
                utf-16-le b'\\xe9\\x00\\xac =\\xd8\\x00\\xde' True
                UTF-16BE b'\\x00\\xe9 \\xac\\xd8=\\xde\\x00' True
                utf-32 b'\\xff\\xfe\\x00\\x00\\xe9\\x00\\x00\\x00\\xac \\x00\\x00\\x00\\xf6\\x01\\x00' True
                utf_32_le b'\\xe9\\x00\\x00\\x00\\xac \\x00\\x00\\x00\\xf6\\x01\\x00' True
                utf-32-be b'\\x00\\x00\\x00\\xe9\\x00\\x00 \\xac\\x00\\x01\\xf6\\x00' True
                utf16 b'\\xff\\xfe\\xe9\\x00\\xac =\\xd8\\x00\\xde' True
                U32 b'\\xff\\xfe\\x00\\x00\\xe9\\x00\\x00\\x00\\xac \\x00\\x00\\x00\\xf6\\x01\\x00' True
                b'a\\x00?\\x00b\\x00' b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00b\\x00\\x00\\x00' b'a\\x00\\x00\\xd8b\\x00'
                b'\\x00a\\x00&\\x00#\\x005\\x005\\x002\\x009\\x006\\x00;\\x00b' b'a\\x00\\x00\\x00\\\\\\x00\\x00\\x00u\\x00\\x00\\x00d\\x00\\x00\\x008\\x00\\x00\\x000\\x00\\x00\\x000\\x00\\x00\\x00b\\x00\\x00\\x00'
                a ab a b'\\xff\\xfe'\s
                a� �a True
                UnicodeEncodeError: 'utf-16-le' codec can't encode character '\\ud800' in position 1: surrogates not allowed
                UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data
                UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate
                UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding
                UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data
                UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-2: truncated data
                UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)
                UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)
                UnicodeDecodeError: 'utf-16-be' codec can't decode byte 0x00 in position 2: truncated data
                UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0xff in position 0: truncated data
                """,
                T + """
                s = "\\xe9\\u20ac\\U0001F600"
                for enc in ["utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "utf16", "U32"]:
                    b = s.encode(enc)
                    print(enc, b, b.decode(enc) == s)
                print("a\\ud800b".encode('utf-16-le', 'replace'), "a\\ud800b".encode('utf-32', 'ignore'), "a\\ud800b".encode('utf-16-le', 'surrogatepass'))
                print("a\\ud800b".encode('utf-16-be', 'xmlcharrefreplace'), "a\\ud800b".encode('utf-32-le', 'backslashreplace'))
                print(b'\\xfe\\xff\\x00a'.decode('utf-16'), b'a\\x00b\\x00'.decode('utf-16'), b'\\x00\\x00\\xfe\\xff\\x00\\x00\\x00a'.decode('utf-32'), "".encode('utf-16'), b'\\xff\\xfe'.decode('utf-16'))
                print(b'a\\x00b'.decode('utf-16-le', 'replace'), b'\\x00\\xd8a\\x00'.decode('utf-16-le', 'replace'), b'\\x00\\xd8a\\x00'.decode('utf-16-le', 'surrogatepass') == '\\ud800a')
                for f in [lambda: "a\\ud800b".encode('utf-16-le'), lambda: b'a\\x00b'.decode('utf-16-le'),
                          lambda: b'\\x00\\xd8a\\x00'.decode('utf-16-le'), lambda: b'\\x00\\xdca\\x00'.decode('utf-16-le'),
                          lambda: b'\\x00\\xd8\\x00'.decode('utf-16-le'), lambda: b'a\\x00\\x00'.decode('utf-32-le'),
                          lambda: b'\\x00\\x00\\x11\\x00'.decode('utf-32-le'), lambda: b'\\x00\\xd8\\x00\\x00'.decode('utf-32-le'),
                          lambda: b'\\xfe\\xff\\x00'.decode('utf-16'), lambda: b'\\xff'.decode('utf-16')]:
                    t(f)
                """);
    }

    @Test
    void codeObjectAttributes() {
        assertPrints("""
                documented documented 3 2 2 8
                ('a', 'b', 'c', 'd', 'e', 'args', 'kw', 'inner') ('x',) ('x',) 6
                bytes tuple 15
                """,
                T + """
                def documented(a, b=1, /, c=2, *args, d, e=3, **kw):
                    x = 1
                    def inner():
                        return x
                    return inner
                co = documented.__code__
                print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
                print(co.co_varnames, co.co_cellvars, documented(1, d=2).__code__.co_freevars, co.co_firstlineno)
                print(type(co.co_code).__name__, type(co.co_consts).__name__, co.co_flags & 0x0f)
                """);
    }

    @Test
    void argumentErrorTexts() {
        assertPrints("""
                TypeError: posonly() got some positional-only arguments passed as keyword arguments: 'a, b'
                TypeError: posonly() got some positional-only arguments passed as keyword arguments: 'b'
                TypeError: f() got an unexpected keyword argument 'z'
                TypeError: f() got multiple values for argument 'a'
                TypeError: int() takes at most 2 arguments (3 given)
                TypeError: 'x' is an invalid keyword argument for int()
                TypeError: int() takes at most 2 arguments (3 given)
                """,
                T + """
                def posonly(a, b, /, c, *, d):
                    pass
                def f(a, b):
                    pass
                t(lambda: posonly(a=1, b=2, c=3, d=4))
                t(lambda: posonly(1, b=2, c=3, d=4))
                t(lambda: f(1, 2, 3, z=1))
                t(lambda: f(1, 2, 3, a=1))
                t(lambda: int('3', base=2, x=1))
                t(lambda: int(x=1))
                t(lambda: int('1', 2, 3))
                """);
    }

    @Test
    void itemDeletionTextsFollowTheSequenceSlots() {
        assertPrints("""
                TypeError: 'tuple' object doesn't support item deletion
                TypeError: 'str' object doesn't support item deletion
                TypeError: 'bytes' object doesn't support item deletion
                TypeError: 'range' object doesn't support item deletion
                TypeError: 'set' object doesn't support item deletion
                TypeError: 'tuple' object does not support item deletion
                TypeError: 'NoneType' object does not support item deletion
                TypeError: 'builtin_function_or_method' object does not support item deletion
                TypeError: 'int' object does not support item deletion
                """,
                T + """
                def d(o, k):
                    del o[k]
                for o, k in [((1,), 0), ("a", 0), (b"a", 0), (range(3), 0), ({1}, 0), ((1,), "a"), (None, 0), (len, 0), (5, 0)]:
                    t(lambda: d(o, k))
                """);
    }
}
