package org.gilvm.objects.strings;

import java.util.stream.Stream;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyMethodDescr;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code seq * n} for list, tuple, str and bytes with any {@code __index__} count, on either
 * side, in place, and through the dunders; the other operand's {@code __rmul__} comes first,
 * as in CPython 3.11.7, whose outcomes these are. {@code I} has {@code __index__} returning 2;
 * {@code R} also has {@code __mul__} and {@code __rmul__} returning 'mul' and 'rmul'.
 */
class SequenceRepeatTest extends StringsTestSupport {
    private final PyObject indexTwo = instance(userClass("I", "__index__", PyInt.of(2)));
    private final PyObject withRmul = instance(userClass("R", "__index__", PyInt.of(2), "__mul__", s("mul"),
            "__rmul__", s("rmul")));

    /** A class whose methods return constants: name, value pairs. */
    private PyType userClass(String name, Object... methodsAndResults) {
        PyDict ns = new PyDict();
        for (int k = 0; k < methodsAndResults.length; k += 2) {
            String method = (String) methodsAndResults[k];
            PyObject result = (PyObject) methodsAndResults[k + 1];
            ns.setStrSteal(ts, method, new PyMethodDescr(method, BuiltinTypes.OBJECT, (t, argv, off, n, kw) -> {
                t.incref(result);
                return result;
            }));
        }
        return PyType.heap(ts, name, name, "__main__", new PyType[0], ns);
    }

    private PyObject instance(PyType cls) {
        return cls.call(ts, new PyObject[0], 0, 0, null);
    }

    private PyObject mul(PyObject a, PyObject b) {
        return binary(a, BinaryOps.MULTIPLY, b);
    }

    private PyObject imul(PyObject a, PyObject b) {
        return Abstract.inplaceOp(ts, a, b, BinaryOps.MULTIPLY);
    }

    @TestFactory
    Stream<DynamicTest> anIndexCountRepeatsFromEitherSide() {
        PyObject i = indexTwo;
        return run(
                row("[1, 2] * I()", "[1, 2, 1, 2]", () -> mul(list(i(1), i(2)), i)),
                row("I() * [1, 2]", "[1, 2, 1, 2]", () -> mul(i, list(i(1), i(2)))),
                row("(1, 2) * I()", "(1, 2, 1, 2)", () -> mul(tuple(i(1), i(2)), i)),
                row("I() * (1, 2)", "(1, 2, 1, 2)", () -> mul(i, tuple(i(1), i(2)))),
                row("'ab' * I()", "'abab'", () -> mul(s("ab"), i)),
                row("I() * 'ab'", "'abab'", () -> mul(i, s("ab"))),
                row("b'ab' * I()", "b'abab'", () -> mul(b("ab"), i)),
                row("I() * b'ab'", "b'abab'", () -> mul(i, b("ab"))),
                row("'a' * True", "'a'", () -> mul(s("a"), PyBool.True)),
                row("'a' * -1", "''", () -> mul(s("a"), i(-1))),
                row("3 * [0]", "[0, 0, 0]", () -> mul(i(3), list(i(0)))));
    }

    @TestFactory
    Stream<DynamicTest> aNonIndexCountIsATypeError() {
        return run(
                row("[1] * 2.0", "TypeError: can't multiply sequence by non-int of type 'float'", () -> mul(list(i(1)), f("2.0"))),
                row("2.0 * [1]", "TypeError: can't multiply sequence by non-int of type 'float'", () -> mul(f("2.0"), list(i(1)))),
                row("'a' * [1]", "TypeError: can't multiply sequence by non-int of type 'list'", () -> mul(s("a"), list(i(1)))),
                row("[1] * 'a'", "TypeError: can't multiply sequence by non-int of type 'str'", () -> mul(list(i(1)), s("a"))),
                row("(1,) * None", "TypeError: can't multiply sequence by non-int of type 'NoneType'", () -> mul(tuple(i(1)), none())),
                row("None * b'x'", "TypeError: can't multiply sequence by non-int of type 'NoneType'", () -> mul(none(), b("x"))));
    }

    @TestFactory
    Stream<DynamicTest> hugeCountsOverflowOrRunOutOfMemory() {
        PyInt huge = big("100000000000000000000");
        PyInt twoTo62 = big("4611686018427387904");
        return run(
                row("'a' * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer", () -> mul(s("a"), huge)),
                row("'a' * -10**20", "OverflowError: cannot fit 'int' into an index-sized integer", () -> mul(s("a"), big("-100000000000000000000"))),
                row("b'a' * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer", () -> mul(b("a"), huge)),
                row("[1] * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer", () -> mul(list(i(1)), huge)),
                row("(1,) * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer", () -> mul(tuple(i(1)), huge)),
                row("'a' * 2**62", "MemoryError: ", () -> mul(s("a"), twoTo62)),
                row("b'a' * 2**62", "MemoryError: ", () -> mul(b("a"), twoTo62)),
                row("[1] * 2**62", "MemoryError: ", () -> mul(list(i(1)), twoTo62)),
                row("(1,) * 2**62", "MemoryError: ", () -> mul(tuple(i(1)), twoTo62)));
    }

    @TestFactory
    Stream<DynamicTest> theOtherOperandsMultiplyComesFirst() {
        return run(
                row("[1] * R()", "'rmul'", () -> mul(list(i(1)), withRmul)),
                row("R() * [1]", "'mul'", () -> mul(withRmul, list(i(1)))),
                row("x = [1]; x *= R()", "'rmul'", () -> imul(list(i(1)), withRmul)));
    }

    @TestFactory
    Stream<DynamicTest> inPlaceRepeat() {
        PyObject i = indexTwo;
        return run(
                row("x = [1]; x *= I()", "[1, 1]", () -> imul(list(i(1)), i)),
                row("x = (1,); x *= I()", "(1, 1)", () -> imul(tuple(i(1)), i)),
                row("x = 'a'; x *= I()", "'aa'", () -> imul(s("a"), i)),
                row("x = 2; x *= [1]", "[1, 1]", () -> imul(i(2), list(i(1)))),
                row("x = [1]; x *= 2.0", "TypeError: can't multiply sequence by non-int of type 'float'", () -> imul(list(i(1)), f("2.0"))),
                row("x = 2.0; x *= [1]", "TypeError: can't multiply sequence by non-int of type 'float'", () -> imul(f("2.0"), list(i(1)))),
                row("x = I(); x *= [1]", "TypeError: unsupported operand type(s) for *=: 'I' and 'list'", () -> imul(i, list(i(1)))),
                row("x = [1]; x *= 10**20", "OverflowError: cannot fit 'int' into an index-sized integer", () -> imul(list(i(1)), big("100000000000000000000"))));
    }

    @TestFactory
    Stream<DynamicTest> theDundersRepeatToo() {
        PyObject i = indexTwo;
        return run(
                row("[1].__mul__(I())", "[1, 1]", () -> call(list(i(1)), "__mul__", args(i))),
                row("[1].__rmul__(I())", "[1, 1]", () -> call(list(i(1)), "__rmul__", args(i))),
                row("'a'.__rmul__(I())", "'aa'", () -> call(s("a"), "__rmul__", args(i))),
                row("(1,).__mul__(I())", "(1, 1)", () -> call(tuple(i(1)), "__mul__", args(i))),
                row("b'a'.__mul__(I())", "b'aa'", () -> call(b("a"), "__mul__", args(i))),
                row("[1].__imul__(I())", "[1, 1]", () -> call(list(i(1)), "__imul__", args(i))),
                row("[1].__imul__(2.0)", "TypeError: 'float' object cannot be interpreted as an integer",
                        () -> call(list(i(1)), "__imul__", args(f("2.0")))));
    }
}
