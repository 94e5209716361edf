package org.gilvm.objects.strings;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code str.format} and {@code str.format_map}: field names, conversions, nested specs, errors.
 * Expected outcomes were printed by CPython 3.11.7.
 */
class StrFormatMethodTest extends StringsTestSupport {
    /** Auto and manual numbering, attributes, items, conversions and parse errors. */
    @TestFactory
    Stream<DynamicTest> formatFieldsResolveLikeCPython() {
        return run(
                row("'{1}'.format(1)", "IndexError: Replacement index 1 out of range for positional args tuple", () -> call(s("{1}"), "format", args(i(1)))),
                row("'{}'.format()", "IndexError: Replacement index 0 out of range for positional args tuple", () -> call(s("{}"), "format", args())),
                row("'{a}'.format()", "KeyError: 'a'", () -> call(s("{a}"), "format", args())),
                row("'{0}{}'.format(1,2)", "ValueError: cannot switch from manual field specification to automatic field numbering", () -> call(s("{0}{}"), "format", args(i(1), i(2)))),
                row("'{}{0}'.format(1,2)", "ValueError: cannot switch from automatic field numbering to manual field specification", () -> call(s("{}{0}"), "format", args(i(1), i(2)))),
                row("'}'.format()", "ValueError: Single '}' encountered in format string", () -> call(s("}"), "format", args())),
                row("'{'.format()", "ValueError: Single '{' encountered in format string", () -> call(s("{"), "format", args())),
                row("'a}b'.format()", "ValueError: Single '}' encountered in format string", () -> call(s("a}b"), "format", args())),
                row("'{0!x}'.format(1)", "ValueError: Unknown conversion specifier x", () -> call(s("{0!x}"), "format", args(i(1)))),
                row("'{0!}'.format(1)", "ValueError: unmatched '{' in format spec", () -> call(s("{0!}"), "format", args(i(1)))),
                row("'{0!rr}'.format(1)", "ValueError: expected ':' after conversion specifier", () -> call(s("{0!rr}"), "format", args(i(1)))),
                row("'{0:{1}}'.format('ab', 5)", "'ab   '", () -> call(s("{0:{1}}"), "format", args(s("ab"), i(5)))),
                row("'{0:{1:{2}}}'.format('abc', 's', '')", "ValueError: Max string recursion exceeded", () -> call(s("{0:{1:{2}}}"), "format", args(s("abc"), s("s"), s("")))),
                row("'{:{}}'.format('a', 3)", "'a  '", () -> call(s("{:{}}"), "format", args(s("a"), i(3)))),
                row("'{0[0]}'.format([5])", "'5'", () -> call(s("{0[0]}"), "format", args(list(i(5))))),
                row("'{0[a]}'.format({'a': 7})", "'7'", () -> call(s("{0[a]}"), "format", args(dict(s("a"), i(7))))),
                row("'{0.real}'.format(3)", "'3'", () -> call(s("{0.real}"), "format", args(i(3)))),
                row("'{0.}'.format(3)", "ValueError: Empty attribute in format string", () -> call(s("{0.}"), "format", args(i(3)))),
                row("'{0[}'.format(3)", "ValueError: expected '}' before end of string", () -> call(s("{0[}"), "format", args(i(3)))),
                row("'{0]}'.format(3)", "KeyError: '0]'", () -> call(s("{0]}"), "format", args(i(3)))),
                row("'{0[0]x}'.format([1])", "ValueError: Only '.' or '[' may follow ']' in format field specifier", () -> call(s("{0[0]x}"), "format", args(list(i(1))))),
                row("'{0.zz}'.format(3)", "AttributeError: 'int' object has no attribute 'zz'", () -> call(s("{0.zz}"), "format", args(i(3)))),
                row("'{{}}'.format()", "'{}'", () -> call(s("{{}}"), "format", args())),
                row("'{{{0}}}'.format(1)", "'{1}'", () -> call(s("{{{0}}}"), "format", args(i(1)))),
                row("'{!r}'.format('a')", "\"'a'\"", () -> call(s("{!r}"), "format", args(s("a")))),
                row("'{!a}'.format('\u00e9')", "\"'\\\\xe9'\"", () -> call(s("{!a}"), "format", args(s("\u00e9")))),
                row("'{0:}'.format(5)", "'5'", () -> call(s("{0:}"), "format", args(i(5)))),
                row("'{0:x}'.format('s')", "ValueError: Unknown format code 'x' for object of type 'str'", () -> call(s("{0:x}"), "format", args(s("s")))),
                row("'{x}'.format_map({'x': 1})", "'1'", () -> call(s("{x}"), "format_map", args(dict(s("x"), i(1))))),
                row("'{0}'.format_map({})", "ValueError: Format string contains positional fields", () -> call(s("{0}"), "format_map", args(dict()))),
                row("'{x'.format(x=1)", "ValueError: expected '}' before end of string", () -> call(s("{x"), "format", args(), kw("x", i(1)))),
                row("'{x:'.format(x=1)", "ValueError: unmatched '{' in format spec", () -> call(s("{x:"), "format", args(), kw("x", i(1)))),
                row("'{x!'.format(x=1)", "ValueError: end of string while looking for conversion specifier", () -> call(s("{x!"), "format", args(), kw("x", i(1)))),
                row("'{x!r'.format(x=1)", "ValueError: unmatched '{' in format spec", () -> call(s("{x!r"), "format", args(), kw("x", i(1)))),
                row("'{0[1]}'.format('abc')", "'b'", () -> call(s("{0[1]}"), "format", args(s("abc")))),
                row("'{0[5]}'.format('abc')", "IndexError: string index out of range", () -> call(s("{0[5]}"), "format", args(s("abc")))),
                row("'{0[-1]}'.format([1])", "TypeError: list indices must be integers or slices, not str", () -> call(s("{0[-1]}"), "format", args(list(i(1))))),
                row("'{:d}'.format(3.5)", "ValueError: Unknown format code 'd' for object of type 'float'", () -> call(s("{:d}"), "format", args(f("3.5")))),
                row("'{0:{1}{2}}'.format(3.14159, '.', '2f')", "'3.14'", () -> call(s("{0:{1}{2}}"), "format", args(f("3.14159"), s("."), s("2f")))),
                row("'{a{b}'.format(1)", "ValueError: unexpected '{' in field name", () -> call(s("{a{b}"), "format", args(i(1)))),
                row("'{0}}'.format(1)", "ValueError: Single '}' encountered in format string", () -> call(s("{0}}"), "format", args(i(1)))),
                row("'{:s}'.format(None)", "TypeError: unsupported format string passed to NoneType.__format__", () -> call(s("{:s}"), "format", args(none()))),
                row("'{}'.format(None)", "'None'", () -> call(s("{}"), "format", args(none()))),
                row("'{:>5}'.format(None)", "TypeError: unsupported format string passed to NoneType.__format__", () -> call(s("{:>5}"), "format", args(none()))),
                row("'{\u0663}'.format(0,1,2,3)", "'3'", () -> call(s("{\u0663}"), "format", args(i(0), i(1), i(2), i(3)))),
                row("'{name}={value:.2f}'.format(name='pi', value=3.14159)", "'pi=3.14'", () -> call(s("{name}={value:.2f}"), "format", args(), kw("name", s("pi"), "value", f("3.14159")))),
                row("'{0}-{0}-{1}'.format('a', 'b')", "'a-a-b'", () -> call(s("{0}-{0}-{1}"), "format", args(s("a"), s("b")))),
                row("'{:>{w}}'.format('x', w=4)", "'   x'", () -> call(s("{:>{w}}"), "format", args(s("x")), kw("w", i(4)))),
                row("'{0.imag}'.format(2.5)", "'0.0'", () -> call(s("{0.imag}"), "format", args(f("2.5")))),
                row("'{a[x][0]}'.format(a={'x': [9]})", "'9'", () -> call(s("{a[x][0]}"), "format", args(), kw("a", dict(s("x"), list(i(9)))))),
                row("'{:,}'.format(1234567)", "'1,234,567'", () -> call(s("{:,}"), "format", args(i(1234567)))),
                row("'{:08.3f}'.format(-3.14159)", "'-003.142'", () -> call(s("{:08.3f}"), "format", args(f("-3.14159")))),
                row("'{!s:>4}'.format(1)", "'   1'", () -> call(s("{!s:>4}"), "format", args(i(1)))),
                row("'{:%}'.format(0.25)", "'25.000000%'", () -> call(s("{:%}"), "format", args(f("0.25")))),
                row("'{0:{fill}^{w}}'.format('ab', fill='*', w=6)", "'**ab**'", () -> call(s("{0:{fill}^{w}}"), "format", args(s("ab")), kw("fill", s("*"), "w", i(6)))),
                row("'no fields'.format(1, 2)", "'no fields'", () -> call(s("no fields"), "format", args(i(1), i(2)))),
                row("'{} {}'.format('a', 'b')", "'a b'", () -> call(s("{} {}"), "format", args(s("a"), s("b")))),
                row("'{99999999999999999999}'.format(1)", "ValueError: Too many decimal digits in format string", () -> call(s("{99999999999999999999}"), "format", args(i(1)))),
                row("'{0:{1}}'.format(1, '{')", "ValueError: Unknown format code '{' for object of type 'int'", () -> call(s("{0:{1}}"), "format", args(i(1), s("{"))))
        );
    }
}
