package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.junit.jupiter.api.Test;

/**
 * The math module against CPython 3.11.7: the values were printed by python3 (each line's
 * Python call is spelled out by its arguments), the error texts too.
 */
class MathModuleTest extends BuiltinsTestSupport {

    static PyInt big(String digits) {
        return PyInt.of(new BigInteger(digits));
    }

    @Test
    void valuesMatchCPython() {
        assertEquals("1.4142135623730951", r("math", "sqrt", i(2L)));
        assertEquals("2.718281828459045", r("math", "exp", i(1L)));
        assertEquals("3.0", r("math", "log", i(8L), i(2L)));
        assertEquals("921.0340371976182", r("math", "log", big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")));
        assertEquals("2.0", r("math", "log", i(100L), i(10L)));
        assertEquals("3.0", r("math", "log2", i(8L)));
        assertEquals("1000.0", r("math", "log2", big("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376")));
        assertEquals("3.0", r("math", "log10", i(1000L)));
        assertEquals("400.0", r("math", "log10", big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")));
        assertEquals("-3", r("math", "floor", f(-2.5)));
        assertEquals("3", r("math", "ceil", f(2.1)));
        assertEquals("1000000000000000000000000000000", r("math", "floor", big("1000000000000000000000000000000")));
        assertEquals("-2", r("math", "trunc", f(-2.7)));
        assertEquals("2432902008176640000", r("math", "factorial", i(20L)));
        assertEquals("15511210043330985984000000", r("math", "factorial", i(25L)));
        assertEquals("0", r("math", "gcd"));
        assertEquals("3", r("math", "gcd", i(12L), i(18L), i(27L)));
        assertEquals("2", r("math", "gcd", i(-4L), i(6L)));
        assertEquals("36893488147419103232", r("math", "gcd", big("1180591620717411303424"), big("36893488147419103232")));
        assertEquals("60", r("math", "lcm", i(4L), i(6L), i(10L)));
        assertEquals("1", r("math", "lcm"));
        assertEquals("0", r("math", "lcm", i(0L), i(5L)));
        assertEquals("12", r("math", "lcm", i(-4L), i(6L)));
        assertEquals("10000000000", r("math", "isqrt", big("100000000000000000000")));
        assertEquals("1125899906842624", r("math", "isqrt", big("1267650600228229401496703205376")));
        assertEquals("9", r("math", "isqrt", i(99L)));
        assertEquals("2.356194490192345", r("math", "atan2", i(1L), i(-1L)));
        assertEquals("5.0", r("math", "hypot", i(3L), i(4L)));
        assertEquals("0.0", r("math", "hypot"));
        assertEquals("3.7416573867739413", r("math", "hypot", i(1L), i(2L), i(3L)));
        assertEquals("1.4142135623730951e+308", r("math", "hypot", f(1e+308), f(1e+308)));
        assertEquals("180.0", r("math", "degrees", f(3.141592653589793)));
        assertEquals("3.141592653589793", r("math", "radians", i(180L)));
        assertEquals("True", r("math", "isclose", i(1L), f(1.0000000001)));
        assertEquals("-1.0", r("math", "copysign", i(1L), f(-0.0)));
        assertEquals("1.0", r("math", "fmod", i(7L), i(-3L)));
        assertEquals("(0.5, 2.0)", r("math", "modf", f(2.5)));
        assertEquals("(-0.5, -2.0)", r("math", "modf", f(-2.5)));
        assertEquals("(-0.0, -inf)", r("math", "modf", f(Double.NEGATIVE_INFINITY)));
        assertEquals("(0.5, 4)", r("math", "frexp", f(8.0)));
        assertEquals("(0.0, 0)", r("math", "frexp", f(0.0)));
        assertEquals("(0.5, -1073)", r("math", "frexp", f(5e-324)));
        assertEquals("(-0.875, 2)", r("math", "frexp", f(-3.5)));
        assertEquals("2.0", r("math", "ldexp", f(0.5), i(2L)));
        assertEquals("0.0", r("math", "ldexp", i(1L), big("-1000000000000000000000000000000")));
        assertEquals("1.0", r("math", "fsum", list(f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1))));
        assertEquals("1e-100", r("math", "fsum", list(f(1e+100), f(1.0), f(-1e+100), f(1e-100), f(1e+50), f(-1.0), f(-1e+50))));
        assertEquals("1.0000000000000002e+16", r("math", "fsum", list(f(1e-16), i(1L), f(1e+16))));
        assertEquals("6", r("math", "prod", list(i(1L), i(2L), i(3L))));
        assertEquals("6.0", repr(callKw("math", "prod", new PyObject[] {list(f(1.5), i(2L))}, new String[] {"start"}, i(2L))));
        assertEquals("1", r("math", "prod", list()));
        assertEquals("1208925819614629174706176", r("math", "prod", list(i(1099511627776L), i(1099511627776L))));
        assertEquals("10", r("math", "comb", i(5L), i(2L)));
        assertEquals("0", r("math", "comb", i(5L), i(7L)));
        assertEquals("4999999999999999999950000000000000000000", r("math", "comb", big("100000000000000000000"), i(2L)));
        assertEquals("18446744073709551616", r("math", "comb", big("18446744073709551616"), big("18446744073709551615")));
        assertEquals("120", r("math", "perm", i(5L)));
        assertEquals("20", r("math", "perm", i(5L), i(2L)));
        assertEquals("0", r("math", "perm", i(5L), i(6L)));
        assertEquals("340282366920938463444927863358058659840", r("math", "perm", big("18446744073709551616"), i(2L)));
        assertEquals("5.0", r("math", "dist", tuple(i(0L), i(0L)), tuple(i(3L), i(4L))));
        assertEquals("1.0", r("math", "dist", list(i(0L)), list(i(1L))));
        assertEquals("6.870953354520754", r("math", "dist", tuple(f(1.5), f(2.5), i(-3L)), tuple(f(0.1), i(7L), i(2L))));
        assertEquals("6.283185307179586", repr(attr("math", "tau")));
        assertEquals("3.141592653589793", repr(attr("math", "pi")));
        assertEquals("2.718281828459045", repr(attr("math", "e")));
        assertEquals("1.0", r("math", "cos", i(0L)));
        assertEquals("0.8414709848078965", r("math", "sin", i(1L)));
        assertEquals("1.5574077246549023", r("math", "tan", i(1L)));
        assertEquals("0.5235987755982989", r("math", "asin", f(0.5)));
        assertEquals("1.0471975511965979", r("math", "acos", f(0.5)));
        assertEquals("0.7853981633974483", r("math", "atan", i(1L)));
        assertEquals("1.4142135623730951", r("math", "pow", i(2L), f(0.5)));
        assertEquals("1.0", r("math", "pow", i(1L), f(Double.NaN)));
        assertEquals("1.0", r("math", "pow", f(Double.NaN), i(0L)));
        assertEquals("1.0", r("math", "pow", i(-1L), f(Double.POSITIVE_INFINITY)));
        assertEquals("0.0", r("math", "pow", f(Double.POSITIVE_INFINITY), i(-1L)));
        assertEquals("-inf", r("math", "pow", f(Double.NEGATIVE_INFINITY), i(3L)));
        assertEquals("0.0", r("math", "exp", i(-1000L)));
        assertEquals("-2.0", r("math", "cbrt", i(-8L)));
        assertEquals("1024.0", r("math", "exp2", i(10L)));
        assertEquals("1.00000000005e-10", r("math", "expm1", f(1e-10)));
        assertEquals("9.999999999500001e-11", r("math", "log1p", f(1e-10)));
        assertEquals("1.1752011936438014", r("math", "sinh", i(1L)));
        assertEquals("1.5430806348152437", r("math", "cosh", i(1L)));
        assertEquals("0.7615941559557649", r("math", "tanh", i(1L)));
        assertEquals("0.0", r("math", "log", PyBool.True));
        assertEquals("762.4618986159398", r("math", "log", big("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376")));
        assertEquals(Double.MIN_VALUE, ((org.gilvm.objects.PyFloat) call("math", "hypot", f(5e-324), f(5e-324))).value);
        assertEquals("6.4031242374328485", r("math", "hypot", f(1.5), f(2.5), f(3.5), f(4.5)));
    }

    @Test
    void domainAndRangeErrors() {
        raises("ValueError", "math domain error", () -> call("math", "sqrt", i(-1)));
        raises("TypeError", "must be real number, not str", () -> call("math", "sqrt", s("a")));
        raises("OverflowError", "math range error", () -> call("math", "exp", i(1000)));
        raises("ValueError", "math domain error", () -> call("math", "log", i(0)));
        raises("ValueError", "math domain error", () -> call("math", "log", f(-0.0)));
        raises("ValueError", "math domain error", () -> call("math", "log", i(1), i(0)));
        raises("ZeroDivisionError", "float division by zero", () -> call("math", "log", i(2), i(1)));
        raises("ValueError", "math domain error", () -> call("math", "log2", i(0)));
        raises("ValueError", "math domain error", () -> call("math", "log10", i(-1)));
        raises("ValueError", "math domain error", () -> call("math", "pow", i(0), i(-1)));
        raises("ValueError", "math domain error", () -> call("math", "pow", i(-8), f(1.0 / 3)));
        raises("OverflowError", "math range error", () -> call("math", "pow", i(10), i(400)));
        raises("ValueError", "math domain error", () -> call("math", "sin", f(Double.POSITIVE_INFINITY)));
        raises("ValueError", "math domain error", () -> call("math", "asin", i(2)));
        raises("OverflowError", "math range error", () -> call("math", "cosh", i(1000)));
        raises("ValueError", "math domain error", () -> call("math", "fmod", i(1), i(0)));
        raises("ValueError", "math domain error", () -> call("math", "fmod", f(Double.POSITIVE_INFINITY), i(1)));
        raises("OverflowError", "math range error", () -> call("math", "ldexp", i(1), i(1024)));
        raises("OverflowError", "math range error", () -> call("math", "ldexp", i(1), big("1000000000000000000000000000000")));
        raises("TypeError", "Expected an int as second argument to ldexp.", () -> call("math", "ldexp", f(1.5), f(1.5)));
        raises("ValueError", "tolerances must be non-negative", () -> callKw("math", "isclose",
                new PyObject[] {i(1), f(1.1)}, new String[] {"rel_tol"}, i(-1)));
    }

    @Test
    void floatToIntConversions() {
        raises("OverflowError", "cannot convert float infinity to integer", () -> call("math", "floor", f(Double.POSITIVE_INFINITY)));
        raises("OverflowError", "cannot convert float infinity to integer", () -> call("math", "ceil", f(Double.POSITIVE_INFINITY)));
        raises("ValueError", "cannot convert float NaN to integer", () -> call("math", "floor", f(Double.NaN)));
        raises("TypeError", "must be real number, not str", () -> call("math", "floor", s("a")));
        raises("TypeError", "type str doesn't define __trunc__ method", () -> call("math", "trunc", s("a")));
        assertEquals("1", r("math", "floor", PyBool.True));
        assertEquals("0", r("math", "floor", f(-0.0)));
        assertEquals("7", r("math", "floor", instance(userClass("F", "__floor__",
                (org.gilvm.objects.BuiltinBody) (t, argv, off, n, kw) -> i(7)))));
    }

    @Test
    void integerFunctionErrors() {
        raises("ValueError", "factorial() not defined for negative values", () -> call("math", "factorial", i(-1)));
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> call("math", "factorial", f(2.0)));
        raises("OverflowError", "factorial() argument should not exceed 9223372036854775807",
                () -> call("math", "factorial", big("100000000000000000000")));
        raises("TypeError", "'float' object cannot be interpreted as an integer", () -> call("math", "gcd", f(1.5)));
        raises("ValueError", "isqrt() argument must be nonnegative", () -> call("math", "isqrt", i(-1)));
        raises("ValueError", "n must be a non-negative integer", () -> call("math", "comb", i(-1), i(2)));
        raises("ValueError", "k must be a non-negative integer", () -> call("math", "comb", i(5), i(-1)));
        raises("ValueError", "k must be a non-negative integer", () -> call("math", "perm", i(5), i(-1)));
        raises("OverflowError", "min(n - k, k) must not exceed 9223372036854775807",
                () -> call("math", "comb", big("100000000000000000000"), big("10000000000000000000")));
    }

    @Test
    void sumsAndNorms() {
        raises("OverflowError", "intermediate overflow in fsum", () -> call("math", "fsum", list(f(1e308), f(1e308))));
        raises("OverflowError", "intermediate overflow in fsum", () -> call("math", "fsum", list(f(1e308), f(1e308), f(-1e308))));
        raises("ValueError", "-inf + inf in fsum", () -> call("math", "fsum",
                list(f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY))));
        raises("TypeError", "must be real number, not str", () -> call("math", "fsum", s("a")));
        raises("TypeError", "prod() takes exactly 1 positional argument (2 given)", () -> call("math", "prod", ints(1, 2), i(3)));
        raises("TypeError", "prod() takes exactly 1 positional argument (0 given)", () -> call("math", "prod"));
        raises("TypeError", "can't multiply sequence by non-int of type 'str'", () -> callKw("math", "prod",
                new PyObject[] {list(s("a"))}, new String[] {"start"}, s("")));
        raises("ValueError", "both points must have the same number of dimensions",
                () -> call("math", "dist", tuple(i(0)), tuple(i(3), i(4))));
        raises("TypeError", "dist expected 2 arguments, got 3", () -> call("math", "dist", tuple(i(1)), tuple(i(2)), tuple(i(3))));
        assertEquals("inf", r("math", "hypot", f(Double.POSITIVE_INFINITY), f(Double.NaN)));
        assertEquals("nan", r("math", "hypot", i(1), f(Double.NaN)));
    }
}
