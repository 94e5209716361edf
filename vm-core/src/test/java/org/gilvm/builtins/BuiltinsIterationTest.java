package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.Test;

/** iter, next, min, max, sum, sorted, any, all and the iterator types, against CPython 3.11.7. */
class BuiltinsIterationTest extends BuiltinsTestSupport {

    /** {@code list(type(*args))}. */
    String listOf(PyType type, PyObject... args) {
        return repr(Abstract.toList(ts, type.call(ts, args, 0, args.length, null)));
    }

    PyObject kw(String fn, PyObject[] positional, String name, PyObject value) {
        return callKw("builtins", fn, positional, new String[] {name}, value);
    }

    @Test
    void minAndMaxTakeAnIterableOrSeveralArguments() {
        assertEquals("1", r("builtins", "min", i(3), i(1), i(2)));
        assertEquals("'c'", r("builtins", "max", s("abc")));
        assertEquals("2", repr(kw("max", new PyObject[] {i(1), i(2)}, "key", PyNone.None)));
        assertEquals("5", repr(kw("max", new PyObject[] {ints()}, "default", i(5))));
        PyObject words = list(s("aa"), s("b"), s("ccc"), s("dd"));
        PyObject len = attr("builtins", "len");
        assertEquals("'ccc'", repr(kw("max", new PyObject[] {words}, "key", len)));
        assertEquals("'b'", repr(kw("min", new PyObject[] {words}, "key", len)));
        assertEquals("'aa'", repr(kw("max", new PyObject[] {list(s("aa"), s("dd"))}, "key", len)));
        assertEquals("1", r("builtins", "min", list(i(3), i(1), f(1.0))));
        raises("TypeError", "max expected at least 1 argument, got 0", () -> b("max"));
        raises("TypeError", "'int' object is not iterable", () -> b("max", i(1)));
        raises("ValueError", "max() arg is an empty sequence", () -> b("max", ints()));
        raises("ValueError", "min() arg is an empty sequence", () -> kw("min", new PyObject[] {ints()}, "key", len));
        raises("TypeError", "Cannot specify a default for max() with multiple positional arguments",
                () -> kw("max", new PyObject[] {ints(1, 2), ints(3)}, "default", i(1)));
        raises("TypeError", "'foo' is an invalid keyword argument for max()",
                () -> kw("max", new PyObject[] {i(1)}, "foo", i(2)));
        raises("TypeError", "'<' not supported between instances of 'str' and 'int'",
                () -> b("min", i(1), s("a")));
    }

    @Test
    void sumHasIntAndFloatFastPathsAndRejectsStrings() {
        assertEquals("13", repr(kw("sum", new PyObject[] {ints(1, 2)}, "start", i(10))));
        assertEquals("0.9999999999999999", r("builtins", "sum", list(f(0.1), f(0.1), f(0.1), f(0.1), f(0.1),
                f(0.1), f(0.1), f(0.1), f(0.1), f(0.1))));
        assertEquals("7.0", r("builtins", "sum", list(i(1), f(2.5), f(3.5))));
        assertEquals("9223372036854775809", r("builtins", "sum", list(i(1L << 62), i(1L << 62), i(1))));
        assertEquals("2", r("builtins", "sum", list(PyBool.True, PyBool.True)));
        assertEquals("[1, 2]", r("builtins", "sum", list(ints(1), ints(2)), ints()));
        raises("TypeError", "unsupported operand type(s) for +: 'int' and 'str'", () -> b("sum", list(s("a"), s("b"))));
        raises("TypeError", "sum() can't sum strings [use ''.join(seq) instead]", () -> b("sum", ints(1, 2), s("")));
        raises("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]",
                () -> b("sum", ints(), new PyBytes(new byte[0])));
        raises("TypeError", "sum() takes at least 1 positional argument (0 given)", () -> b("sum"));
        raises("TypeError", "sum() takes at most 2 arguments (3 given)", () -> b("sum", ints(), i(1), i(2)));
    }

    @Test
    void sortedCopiesThenSortsWithListSort() {
        PyList original = ints(3, 1, 2);
        assertEquals("[3, 2, 1]", repr(kw("sorted", new PyObject[] {original}, "reverse", PyBool.True)));
        assertEquals("[3, 1, 2]", repr(original));
        assertEquals("['a', 'bb', 'ccc']", repr(kw("sorted", new PyObject[] {list(s("bb"), s("a"), s("ccc"))},
                "key", attr("builtins", "len"))));
        assertEquals("['a', 'b', 'c']", r("builtins", "sorted", s("cab")));
        raises("TypeError", "sorted expected 1 argument, got 0", () -> b("sorted"));
        raises("TypeError", "sorted expected 1 argument, got 2", () -> b("sorted", ints(1), i(2)));
        raises("TypeError", "'cmp' is an invalid keyword argument for sort()",
                () -> kw("sorted", new PyObject[] {ints(1)}, "cmp", i(2)));
    }

    @Test
    void anyAndAllStopAtTheAnswer() {
        assertSame(PyBool.True, b("all", ints()));
        assertSame(PyBool.False, b("any", ints()));
        assertSame(PyBool.True, b("any", ints(0, 1)));
        assertSame(PyBool.False, b("all", ints(1, 0)));
        raises("TypeError", "'int' object is not iterable", () -> b("any", i(1)));
    }

    @Test
    void iterAndNext() {
        raises("TypeError", "'int' object is not iterable", () -> b("iter", i(1)));
        raises("TypeError", "iter(v, w): v must be callable", () -> b("iter", i(1), i(2)));
        raises("TypeError", "iter expected at least 1 argument, got 0", () -> b("iter"));
        raises("TypeError", "iter expected at most 2 arguments, got 3", () -> b("iter", i(1), i(2), i(3)));
        raises("TypeError", "'int' object is not an iterator", () -> b("next", i(1)));
        assertEquals("5", r("builtins", "next", b("iter", ints()), i(5)));
        raises("StopIteration", "", () -> b("next", b("iter", ints())));
        raises("TypeError", "next expected at least 1 argument, got 0", () -> b("next"));
        PyObject it = b("iter", ints(7, 8));
        assertEquals("7", r("builtins", "next", it));
        assertEquals("8", r("builtins", "next", it, i(0)));
        assertEquals("0", r("builtins", "next", it, i(0)));
        PyObject pop = Abstract.getAttr(ts, ints(5, 0, 2, 1), "pop");
        PyObject calls = b("iter", pop, i(0));
        assertEquals("<class 'callable_iterator'>", repr(calls.type()));
        assertEquals("[1, 2]", repr(Abstract.toList(ts, calls)));
    }

    @Test
    void enumerateCountsPastLongMaxValue() {
        assertEquals("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]",
                listOf(BuiltinTypes.ENUMERATE, s("ab"), i(Long.MAX_VALUE)));
        assertEquals("[(3, 1)]", repr(Abstract.toList(ts, callKwType(BuiltinTypes.ENUMERATE,
                new String[] {"iterable", "start"}, ints(1), i(3)))));
        raises("TypeError", "'int' object is not iterable", () -> listOf(BuiltinTypes.ENUMERATE, i(1)));
        raises("TypeError", "enumerate() missing required argument 'iterable'", () -> listOf(BuiltinTypes.ENUMERATE));
        raises("TypeError", "enumerate() takes at most 2 arguments (3 given)",
                () -> listOf(BuiltinTypes.ENUMERATE, ints(), i(1), i(2)));
        raises("TypeError", "'str' object cannot be interpreted as an integer",
                () -> listOf(BuiltinTypes.ENUMERATE, ints(1), s("a")));
    }

    PyObject callKwType(PyType type, String[] names, PyObject... values) {
        return type.call(ts, values, 0, 0, names);
    }

    @Test
    void zipStopsAtTheShortestOrChecksStrictly() {
        assertEquals("[(1, 'a'), (2, 'b')]", listOf(BuiltinTypes.ZIP, ints(1, 2, 3), s("ab")));
        assertEquals("[]", listOf(BuiltinTypes.ZIP));
        PyObject[] argv = {ints(1, 2), ints(3), PyBool.True};
        String[] strict = {"strict"};
        raises("ValueError", "zip() argument 2 is shorter than argument 1",
                () -> Abstract.toList(ts, BuiltinTypes.ZIP.call(ts, argv, 0, 2, strict)));
        PyObject[] argv2 = {ints(1), ints(3, 4), PyBool.True};
        raises("ValueError", "zip() argument 2 is longer than argument 1",
                () -> Abstract.toList(ts, BuiltinTypes.ZIP.call(ts, argv2, 0, 2, strict)));
        PyObject[] argv3 = {ints(1, 2), ints(3, 4), ints(5), PyBool.True};
        raises("ValueError", "zip() argument 3 is shorter than arguments 1-2",
                () -> Abstract.toList(ts, BuiltinTypes.ZIP.call(ts, argv3, 0, 3, strict)));
        PyObject[] argv4 = {ints(1), ints(3), ints(5, 6), PyBool.True};
        raises("ValueError", "zip() argument 3 is longer than arguments 1-2",
                () -> Abstract.toList(ts, BuiltinTypes.ZIP.call(ts, argv4, 0, 3, strict)));
        raises("TypeError", "'x' is an invalid keyword argument for zip()",
                () -> BuiltinTypes.ZIP.call(ts, new PyObject[] {i(1)}, 0, 0, new String[] {"x"}));
    }

    @Test
    void mapFilterAndReversed() {
        assertEquals("[1, 2]", listOf(BuiltinTypes.MAP, attr("builtins", "abs"), ints(-1, 2)));
        assertEquals("[8, 9]", listOf(BuiltinTypes.MAP, attr("builtins", "pow"), ints(2, 3, 4), ints(3, 2)));
        raises("TypeError", "map() must have at least two arguments.", () -> listOf(BuiltinTypes.MAP, attr("builtins", "len")));
        raises("TypeError", "'NoneType' object is not callable", () -> listOf(BuiltinTypes.MAP, PyNone.None, ints(1)));
        assertEquals("[1, 2]", listOf(BuiltinTypes.FILTER, PyNone.None, list(i(0), i(1), i(2), s(""), PyNone.None)));
        assertEquals("[-1]", listOf(BuiltinTypes.FILTER, attr("builtins", "abs"), ints(0, -1)));
        raises("TypeError", "filter expected 2 arguments, got 1", () -> listOf(BuiltinTypes.FILTER, PyNone.None));
        assertEquals("[3, 2, 1]", listOf(BuiltinTypes.REVERSED, ints(1, 2, 3)));
        assertEquals("[2, 1]", listOf(BuiltinTypes.REVERSED, tuple(i(1), i(2))));
        assertEquals("['b', 'a']", listOf(BuiltinTypes.REVERSED, s("ab")));
        raises("TypeError", "'int' object is not reversible", () -> listOf(BuiltinTypes.REVERSED, i(1)));
        raises("TypeError", "reversed expected 1 argument, got 0", () -> listOf(BuiltinTypes.REVERSED));
        raises("TypeError", "reversed() takes no keyword arguments",
                () -> BuiltinTypes.REVERSED.call(ts, new PyObject[] {i(1)}, 0, 0, new String[] {"x"}));
    }

    @Test
    void iteratorTypesHaveIterAndNextDunders() {
        PyObject e = BuiltinTypes.ENUMERATE.call(ts, new PyObject[] {s("a")}, 0, 1, null);
        PyObject next = Abstract.getAttr(ts, e, "__next__");
        assertEquals("(0, 'a')", repr(next.call(ts, new PyObject[0], 0, 0, null)));
        raises("StopIteration", "", () -> next.call(ts, new PyObject[0], 0, 0, null));
    }
}
