package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilvm.Gilvm;
import org.gilvm.bytecode.Op;
import org.gilvm.objects.PyCode;
import org.junit.jupiter.api.Test;

/**
 * The superinstructions: the quickened copy differs from CPython's code only in the first
 * opcode of each pair, and programs behave the same whichever path (fused or generic) runs.
 */
class QuickeningTest {
    private final CapturedRun program = new CapturedRun();

    private int run(String source) {
        return program.run(source);
    }

    private static PyCode function(String source) {
        PyCode module = Gilvm.compile(source, "t.py");
        for (Object c : module.consts) {
            if (c instanceof PyCode fn) {
                return fn;
            }
        }
        throw new AssertionError("no function in " + source);
    }

    @Test
    void binaryOpThenStoreFastIsFusedInTheCopyOnly() {
        PyCode co = function("def f(a, b):\n    c = a + b\n    return c\n");
        char[] code = co.code, q = co.quickened();
        int fused = 0;
        for (int i = 0; i < code.length; i++) {
            if ((q[i] & 0xff) == Quickening.BINARY_OP__STORE_FAST) {
                assertEquals(Op.BINARY_OP, code[i] & 0xff);
                assertEquals(code[i] >>> 8, q[i] >>> 8, "the oparg stays");
                fused++;
            } else if ((q[i] & 0xff) < Quickening.LOAD_FAST__LOAD_CONST) {
                assertEquals(code[i], q[i]);
            }
        }
        assertEquals(1, fused);
        assertArrayEquals(code, function("def f(a, b):\n    c = a + b\n    return c\n").code);
    }

    @Test
    void fusedAndGenericPathsAgree() {
        assertEquals(0, run("""
                def f(a, b):
                    c = a + b
                    d = a - b
                    a += b
                    return c, d, a
                print(f(2, 3))
                print(f(2**62, 2**62))
                def h(a, b):
                    a += b
                    c = a + b
                    return c
                print(h('x', 'y'), h([1], [2]))
                i = 0
                def g(n):
                    i = 0
                    while i < n:
                        i += 1
                    return i
                print(g(1000), g(0))
                """));
        assertEquals("(5, -1, 5)\n(9223372036854775808, 0, 9223372036854775808)\nxyy [1, 2, 2]\n1000 0\n",
                program.out());
    }

    @Test
    void anErrorInAFusedPairPointsAtTheOperation() {
        assertEquals(1, run("def f(a):\n    c = a + 'x'\n    return c\nf(1)\n"));
        String text = program.err();
        assertTrue(text.contains("line 2, in f\n    c = a + 'x'\n        ~~^~~~~\n"), text);
        assertTrue(text.endsWith("TypeError: unsupported operand type(s) for +: 'int' and 'str'\n"), text);
    }
}
