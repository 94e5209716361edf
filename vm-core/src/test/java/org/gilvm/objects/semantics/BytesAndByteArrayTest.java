package org.gilvm.objects.semantics;

import org.junit.jupiter.api.Test;

/**
 * bytearray, the bytes methods bytes and bytearray share, and bytes %-formatting, against
 * CPython 3.11.
 */
class BytesAndByteArrayTest extends PythonSnippets {
    @Test
    void bytearrayMutatesInPlace() {
        assertPrints("""
                bytearray(b'ELlo!?') 63 72 bytearray(b'ELlo!?')
                bytearray(b'JELlo!A') 2 1 b'JELlo!A'
                bytearray(b'JELlo!A++JELlo!A++') 18 True
                bytearray(b'AoLJ+!lE')
                bytearray(b'aABYJZ!WE') bytearray(b'XABYJZ!WE') None bytearray(b'aABYJZ!WE')
                bytearray(b'') bytearray(b'\\x00\\x00\\x00') bytearray(b'\\x01\\x02\\xff') bytearray(b'\\xc3\\xa9') bytearray(b'abab') bytearray(b'xx')
                """,
                T + """
                ba = bytearray(b"hello")
                ba[0] = 72
                ba.append(33)
                ba.extend(b"??")
                ba[1:3] = b"EL"
                print(ba, ba.pop(), ba.pop(0), ba)
                ba.insert(0, 74)
                ba.insert(100, 65)
                ba.remove(ord("?"))
                print(ba, ba.find(b"L"), ba.count(b"l"), bytes(ba))
                x = ba
                ba += b"++"
                ba *= 2
                print(ba, len(ba), x is ba)
                del ba[::2]
                del ba[-1]
                ba.reverse()
                print(ba)
                ba[::2] = b"XYZW"
                ba[1:2] = [65, 66]
                print(ba, ba.copy(), ba.__setitem__(0, 97), ba)
                ba.clear()
                print(ba, bytearray(3), bytearray([1, 2, 255]), bytearray("é", "utf-8"), bytearray(b"ab") * 2, 2 * bytearray(b"x"))
                """);
    }

    @Test
    void bytearrayErrors() {
        assertPrints("""
                ValueError: byte must be in range(0, 256)
                ValueError: byte must be in range(0, 256)
                ValueError: value not found in bytearray
                ValueError: attempt to assign bytes of size 3 to extended slice of size 1
                TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
                TypeError: bytearray indices must be integers or slices, not str
                IndexError: bytearray index out of range
                IndexError: pop from empty bytearray
                IndexError: pop index out of range
                TypeError: can't extend bytearray with int
                ValueError: byte must be in range(0, 256)
                TypeError: can't concat str to bytearray
                TypeError: unhashable type: 'bytearray'
                TypeError: cannot convert 'float' object to bytearray
                TypeError: string argument without an encoding
                ValueError: negative count
                TypeError: 'x' is an invalid keyword argument for bytearray()
                bytearray(b'abc') None
                """,
                T + """
                b = bytearray(b"abc")
                t(lambda: b.append(256))
                t(lambda: b.__setitem__(0, -1))
                t(lambda: b.remove(0))
                t(lambda: b[::2].__setitem__(slice(None, None, 2), b"XYZ"))
                t(lambda: b.__setitem__(slice(0, 1), 5))
                t(lambda: b.__setitem__('a', 1))
                t(lambda: b[10])
                t(lambda: bytearray().pop())
                t(lambda: bytearray(b"a").pop(5))
                t(lambda: b.extend(5))
                t(lambda: b.extend([1, 300]))
                t(lambda: b + 'x')
                t(lambda: hash(b))
                t(lambda: bytearray(1.5))
                t(lambda: bytearray('x'))
                t(lambda: bytearray(-1))
                t(lambda: bytearray(x=1))
                print(b, bytearray.__hash__)
                """);
    }

    @Test
    void bytearraySharesTheBytesMethods() {
        assertPrints("""
                bytearray(b'a,B c') [bytearray(b' a'), bytearray(b'B c ')] bytearray(b' A,B C ') bytearray(b' A,B C ') bytearray(b' x,B c ') (bytearray(b' a'), bytearray(b','), bytearray(b'B c '))
                 a,B c   a,B c  20612c42206320 bytearray(b'AB') True True True
                bytearray(b'x-3') True True True
                b'ab' bytearray(b'ab') b'a-b' 2.5
                bytearray(b"it\\'s") [65, 66] bytearray
                """,
                T + """
                b = bytearray(b" a,B c ")
                print(b.strip(), b.split(b","), b.upper(), b.title(), b.replace(b"a", b"x"), b.partition(b","))
                print(b.decode(), str(b, "ascii"), b.hex(), bytearray.fromhex("41 42"), b.startswith(b" a"), b"B" in b, 66 in b)
                print(bytearray(b"%s-%d") % (b"x", 3), bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") < b"b")
                print(b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"-".join([b"a", bytearray(b"b")]), float(bytearray(b"2.5")))
                print(repr(bytearray(b"it's")), list(bytearray(b"AB")), type(bytearray(b"a b").split()[0]).__name__)
                """);
    }

    @Test
    void bytesTextMethods() {
        assertPrints("""
                b'  hELLO, wORLD  ' b'  Hello, World  ' b'Hello' True True True
                True True False False True True False
                (b'key', b'=', b'value=x') (b'key=value', b'=', b'x') (b'abc', b'', b'') (b'', b'', b'abc')
                b'**abc**' b' abc  ' b'00042' b'-00042' b'+00' b'ab..' b'  ab'
                [b'line1', b'line2', b'x', b'y'] [b'a\\n', b'b\\n'] b'a       bc      d' b'a  b'
                b'xyz' b'ac' b'llo' b'hel'
                TypeError: center() argument 2 must be a byte string of length 1, not str
                TypeError: center() argument 2 must be a byte string of length 1, not bytes
                ValueError: empty separator
                ValueError: translation table must be 256 characters long
                ValueError: maketrans arguments must have same length
                """,
                T + """
                b = b"  Hello, World  "
                print(b.swapcase(), b.title(), b"hELLO".capitalize(), b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum())
                print(b" \\t".isspace(), b"Title Case".istitle(), b"Ab cd".istitle(), b"\\xe9".isalpha(), b"A1".isupper(), b"a1".islower(), b"\\x80".isascii())
                print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
                print(b"abc".center(7, b"*"), b"abc".center(6), b"42".zfill(5), b"-42".zfill(6), b"+".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
                print(b"line1\\nline2\\r\\nx\\ry".splitlines(), b"a\\nb\\n".splitlines(True), b"a\\tbc\\td".expandtabs(), b"a\\tb".expandtabs(3))
                print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"), b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"))
                t(lambda: b"a".center(3, "x"))
                t(lambda: b"a".center(3, b"xy"))
                t(lambda: b"a".partition(b""))
                t(lambda: b"a".translate(b"x"))
                t(lambda: bytes.maketrans(b"a", b"bc"))
                """);
    }

    @Test
    void bytesPercentFormatting() {
        assertPrints("""
                b'5-x' b"bytes b'r' ff A" b'   ab|cd   |'
                b'ab    |003.14|+5| ff|0o10|0XFF' b'x 3'
                b"'\\\\xe9' b'x'" b'AB' b'%' b'x' b'   5|1.23'
                TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
                OverflowError: %c arg not in range(256)
                TypeError: %c requires an integer in range(256) or a single byte
                TypeError: %d format: a real number is required, not str
                KeyError: b'a'
                TypeError: not all arguments converted during bytes formatting
                TypeError: not all arguments converted during bytes formatting
                ValueError: unsupported format character 'y' (0x79) at index 1
                """,
                T + """
                print(b"%d-%s" % (5, b"x"), b"%s %r %x %c" % (b"bytes", b"r", 255, 65), b"%5s|%-5s|" % (b"ab", b"cd"))
                print(b"%-6b|%06.2f|%+d|% x|%#o|%#X" % (b"ab", 3.14159, 5, 255, 8, 255), b"%(a)s %(b)d" % {b"a": b"x", b"b": 3})
                print(b"%r %a" % ("\\xe9", b"x"), b"%c%c" % (65, b"B"), b"%%" % (), b"x" % {}, b"%*d|%.*f" % (4, 5, 2, 1.2345))
                t(lambda: b"%s" % 1)
                t(lambda: b"%c" % 256)
                t(lambda: b"%c" % b"ab")
                t(lambda: b"%d" % "x")
                t(lambda: b"%(a)s" % {"a": b"x"})
                t(lambda: b"x" % 5)
                t(lambda: b"x" % b"y")
                t(lambda: b"%y" % 1)
                """);
    }
}
