package org.gilvm.parser;

import org.gilvm.ast.Mod;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parsing speed: a 10,000-line module must parse well under 100 ms once the JIT is warm. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LargeModuleTest {

    private static String bigModule() {
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        for (int i = 0; lines < 10_000; i++) {
            sb.append("@decorator(").append(i).append(")\n")
              .append("def function_").append(i).append("(a, b=1, *args, key=None, **kw) -> int:\n")
              .append("    \"\"\"Docstring for ").append(i).append(".\"\"\"\n")
              .append("    total = [x * 2 for x in range(a) if x % 3 == 0]\n")
              .append("    mapping = {'k': a, **kw, \"n\": f'{b!r:>10} and {a + b}'}\n")
              .append("    if a > b and not key or (a, b) != (1, 2):\n")
              .append("        return sum(total) + len(mapping) - (a ** 2 // 3)\n")
              .append("    elif key is not None:\n")
              .append("        raise ValueError(\"bad\") from None\n")
              .append("    return lambda y, z=0: y[1:2, ::3] @ z\n")
              .append("\n");
            lines += 11;
        }
        return sb.toString();
    }

    /** Speed is measured by benchmarks, not asserted here: this checks the large input parses whole. */
    @Test
    void a_ten_thousand_line_module_parses_to_every_top_level_statement() {
        Mod m = Parser.parse(bigModule(), "big.py");
        assertEquals(910, m.body().size());
    }
}
