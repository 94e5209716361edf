package org.gilvm.objects.semantics;

import org.junit.jupiter.api.Test;

/**
 * complex numbers (arithmetic, repr, hash, the constructor and its string syntax), the complex
 * results of float powers, and float()'s argument texts, against CPython 3.11.
 */
class ComplexAndFloatTest extends PythonSnippets {
    @Test
    void complexArithmetic() {
        assertPrints("""
                (11+2j) (-0.2+0.4j) (2+2j) -2j 2.5j (-1-2j) (1+2j) 5.0 (1-2j) 1.0 2.0
                (-3+4j) (-0.12-0.16j) (1.272019649514069+0.7861513777574233j) (1.5384778027279442+1.2779225526272695j) (1+0j) (4-2j) (8+0j)
                ZeroDivisionError: 0.0 to a negative or complex power
                ZeroDivisionError: 0.0 to a negative or complex power
                ZeroDivisionError: complex division by zero
                TypeError: unsupported operand type(s) for //: 'complex' and 'int'
                TypeError: unsupported operand type(s) for %: 'complex' and 'int'
                TypeError: '<' not supported between instances of 'complex' and 'complex'
                TypeError: bad operand type for unary ~: 'complex'
                1.4142135623730951e+308
                (nan+nanj)
                (nan+nanj)
                """,
                T + """
                a, b = complex(1, 2), complex(3, -4)
                print(a * b, a / b, a + 1, 1 - a, 2.5 * complex(0, 1), -a, +a, abs(complex(3, 4)), a.conjugate(), a.real, a.imag)
                print(a ** 2, a ** -2, a ** 0.5, 2 ** complex(1, 1), complex(0, 0) ** 0, sum([a, b]), pow(complex(2, 0), 3))
                t(lambda: complex(0, 0) ** -1)
                t(lambda: complex(0, 0) ** complex(1, 1))
                t(lambda: complex(1, 1) / 0)
                t(lambda: complex(1, 1) // 2)
                t(lambda: complex(1, 1) % 2)
                t(lambda: complex(1, 1) < complex(2, 2))
                t(lambda: ~complex(1, 2))
                t(lambda: abs(complex(1e308, 1e308)))
                t(lambda: complex(1e200, 1e200) ** 5)
                print(complex(1e308, 1e308) ** 2)
                """);
    }

    @Test
    void complexReprHashAndEquality() {
        assertPrints("""
                1j (-0+1j) (1-0j) -2.5j (1e+20+1e-07j)
                (nan+infj) (1+2j) False True
                True 1152921504608846983 1000003 -2000008
                True True False True False
                TypeError: float() argument must be a string or a real number, not 'complex'
                TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'
                """,
                T + """
                print(repr(complex(0, 1)), repr(complex(-0.0, 1)), repr(complex(1, -0.0)), repr(complex(0.0, -2.5)), repr(complex(1e20, 1e-7)))
                print(str(complex(float('nan'), float('inf'))), f"{complex(1, 2)}", bool(complex(0, 0)), bool(complex(0, 1)))
                print(hash(complex(1, 0)) == hash(1), hash(complex(1.5, 2)), hash(complex(0, 1)), hash(complex(-1, -1)))
                print(complex(1, 0) == 1, complex(1, 0) == 1.0, complex(1, 1) == 1, 1 == complex(1, 0), complex(2**53 + 1, 0) == 2**53 + 1)
                t(lambda: float(complex(1, 2)))
                t(lambda: int(complex(1, 2)))
                """);
    }

    @Test
    void complexConstructor() {
        assertPrints("""
                '1+2j' (1+2j)
                ' ( 1+2j ) ' (1+2j)
                'j' 1j
                '-j' -1j
                '1+j' (1+1j)
                '1_0.5e1_0-2_0j' (105000000000-20j)
                'inf-nanj' (inf+nanj)
                '+1.5' (1.5+0j)
                '.5j' 0.5j
                '5.j' 5j
                'infinityj' infj
                '1e5J' 100000j
                '١' (1+0j)
                ValueError: complex() arg is a malformed string
                ValueError: complex() arg is a malformed string
                ValueError: complex() arg is a malformed string
                ValueError: complex() arg is a malformed string
                ValueError: complex() arg is a malformed string
                ValueError: complex() arg is a malformed string
                ValueError: complex() arg is a malformed string
                ValueError: complex() arg is a malformed string
                ValueError: could not convert string to complex: '1__0'
                ValueError: could not convert string to complex: '_1'
                (-1+1j) (1+2j) 2j (1+2.5j) 0j
                TypeError: complex() second arg can't be a string
                TypeError: complex() can't take second arg if first is a string
                TypeError: complex() first argument must be a string or a number, not 'list'
                TypeError: complex() second argument must be a number, not 'list'
                TypeError: complex() takes at most 2 arguments (3 given)
                TypeError: 'x' is an invalid keyword argument for complex()
                OverflowError: int too large to convert to float
                """,
                T + """
                for s in ["1+2j", " ( 1+2j ) ", "j", "-j", "1+j", "1_0.5e1_0-2_0j", "inf-nanj", "+1.5", ".5j", "5.j", "infinityj", "1e5J", "\\u0661"]:
                    print(repr(s), complex(s))
                for s in ["1 + 2j", "", "()", "1e", "1jj", "(1", "1+2", "1,2", "1__0", "_1"]:
                    t(lambda: complex(s))
                print(complex(complex(0, 1), complex(0, 1)), complex(real=1, imag=2), complex(imag=2), complex(True, 2.5), complex())
                t(lambda: complex(1, "2"))
                t(lambda: complex("1", 2))
                t(lambda: complex([]))
                t(lambda: complex(1, []))
                t(lambda: complex(1, 2, 3))
                t(lambda: complex(x=1))
                t(lambda: complex(10**400))
                """);
    }

    @Test
    void negativeFloatToFractionalPowerIsComplex() {
        assertPrints("""
                (1.0000000000000002+1.7320508075688772j) (1.7319121124709868e-16+2.8284271247461903j) (6.123233995736766e-17+1j) (-5.19573633741296e-16-2.8284271247461903j) (-6.4946704217662e-17+0.3535533905932738j) True
                4.0 -8 inf inf complex
                """,
                T + """
                print((-8) ** (1/3), (-8.0) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5, (-2) ** -1.5, (-8) ** (1/3) == (-8) ** (1/3))
                print((-2.0) ** 2.0, (-2) ** 3, (-8.0) ** float('inf'), (-float('inf')) ** 0.5, type((-1.0) ** 0.5).__name__)
                """);
    }

    @Test
    void floatConstructorTexts() {
        assertPrints("""
                1.5 2.0 10.0
                TypeError: float() argument must be a string or a real number, not 'NoneType'
                TypeError: float() argument must be a string or a real number, not 'list'
                ValueError: could not convert string to float: b'x'
                ValueError: could not convert string to float: bytearray(b'x')
                """,
                T + """
                print(float(b" 1.5 "), float(bytearray(b"2")), float("1_0"))
                t(lambda: float(None))
                t(lambda: float([]))
                t(lambda: float(b"x"))
                t(lambda: float(bytearray(b"x")))
                """);
    }
}
