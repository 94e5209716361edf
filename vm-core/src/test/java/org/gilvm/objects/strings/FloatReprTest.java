package org.gilvm.objects.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.FloatFormat;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyStr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every path that shows a float as text agrees with CPython's float_repr: repr, str, the
 * {@code __repr__} slot, {@code format(x, '')}, {@code '%r'} and {@code float.hex} of
 * non-finite values. Subnormals are where Java's Double.toString differs from dtoa.
 */
class FloatReprTest extends StringsTestSupport {
    private static final String[][] VALUES = {
            {"5e-324", "5e-324"}, {"1e-323", "1e-323"}, {"2.5e-323", "2.5e-323"}, {"1e-310", "1e-310"},
            {"2.225073858507201e-308", "2.225073858507201e-308"},
            {"2.2250738585072014e-308", "2.2250738585072014e-308"},
            {"1e16", "1e+16"}, {"1e-5", "1e-05"}, {"0.30000000000000004", "0.30000000000000004"},
            {"inf", "inf"}, {"-inf", "-inf"}, {"nan", "nan"}, {"-0.0", "-0.0"}, {"0.0", "0.0"},
            {"1e22", "1e+22"}, {"123456789012345678.0", "1.2345678901234568e+17"},
            {"1e15", "1000000000000000.0"}, {"9999999999999998.0", "9999999999999998.0"},
            {"1.7976931348623157e308", "1.7976931348623157e+308"}, {"0.0001", "0.0001"},
            {"2.5", "2.5"}, {"-1.5e-7", "-1.5e-07"}, {"100.0", "100.0"},
    };

    @TestFactory
    Stream<DynamicTest> reprMatchesCPython() {
        return Stream.of(VALUES).map(v -> DynamicTest.dynamicTest("repr(" + v[0] + ") == " + v[1], () -> {
            PyFloat x = f(v[0]);
            assertEquals(v[1], x.repr(ts));
            assertEquals(v[1], x.str(ts));
            assertEquals(v[1], FloatFormat.repr(x.value));
            assertEquals(v[1], format(x, ""));
            assertEquals(v[1], percent("%r", x));
            assertEquals(v[1], ((PyStr) call(x, "__repr__", args())).value());
        }));
    }

    @TestFactory
    Stream<DynamicTest> sumOfTenthsAndHexOfNonFinite() {
        return run(
                row("0.1 + 0.2", "0.30000000000000004", () -> binary(f("0.1"), BinaryOps.ADD, f("0.2"))),
                row("(5e-324).hex()", "'0x0.0000000000001p-1022'", () -> call(f("5e-324"), "hex", args())),
                row("float('inf').hex()", "'inf'", () -> call(f("inf"), "hex", args())),
                row("float('-inf').hex()", "'-inf'", () -> call(f("-inf"), "hex", args())),
                row("float('nan').hex()", "'nan'", () -> call(f("nan"), "hex", args())));
    }
}
