package org.gilvm.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilvm.compiler.Compiler;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyCode;
import org.gilvm.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Our compiler's code objects, disassembled, against the listings CPython 3.11.7 printed for
 * the same source (src/test/resources/dis/NAME.py and NAME.dis, captured by
 * scripts/capture-dis.sh). A first line "# dis: FUNC" selects one function, as dis.dis(FUNC).
 */
class DisListingTest {
    private final ThreadState ts = new ThreadState(new Interpreter(InterpreterConfig.standard(List.of("t.py"))));

    private static String resource(String name) throws IOException {
        try (InputStream in = DisListingTest.class.getResourceAsStream("/dis/" + name)) {
            assertNotNull(in, "missing test resource dis/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String normalise(String listing) {
        return listing.replaceAll("0x[0-9a-f]+", "0x...");
    }

    private void assertListingMatches(String name) throws IOException {
        String file = name + ".py";
        String source = resource(file);
        PyCode code = Compiler.compileModule(Parser.parse(source, file), file, ts);
        if (source.startsWith("# dis: ")) {
            String function = source.substring("# dis: ".length(), source.indexOf('\n')).trim();
            code = Disassembler.findCode(code, function);
            assertNotNull(code, "no function " + function);
        }
        StringBuilder ours = new StringBuilder();
        new Disassembler(ts, ours).disassembleRecursive(code);
        String[] expected = resource(name + ".dis").split("\n", -1);
        String[] actual = normalise(ours.toString()).split("\n", -1);
        for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
            assertEquals(expected[i], actual[i], name + ".dis line " + (i + 1));
        }
        assertEquals(expected.length, actual.length, name + ".dis line count");
    }

    @Test
    void theSeedsGlobalIncrementFunctionMatchesCPython() throws IOException {
        assertListingMatches("seed_foo");
    }

    @Test
    void loopsWithBreakContinueAndElseMatchCPython() throws IOException {
        assertListingMatches("loops");
    }

    @Test
    void tryExceptFinallyAndTheExceptionTableMatchCPython() throws IOException {
        assertListingMatches("try_except");
    }

    @Test
    void closuresWithCellsAndFreeVariablesMatchCPython() throws IOException {
        assertListingMatches("closure");
    }

    @Test
    void methodCallsAndImportedModuleAttributesMatchCPython() throws IOException {
        assertListingMatches("method_call");
    }

    @Test
    void keywordAndStarredCallsMatchCPython() throws IOException {
        assertListingMatches("kw_names");
    }

    @Test
    void comprehensionsAndGeneratorExpressionsMatchCPython() throws IOException {
        assertListingMatches("comprehension");
    }

    @Test
    void fStringsAndPercentFormatsMatchCPython() throws IOException {
        assertListingMatches("fstrings");
    }

    @Test
    void classBodiesWithSuperPropertiesAndDecoratorsMatchCPython() throws IOException {
        assertListingMatches("class_body");
    }

    @Test
    void withStatementsMatchCPython() throws IOException {
        assertListingMatches("with_stmt");
    }

    @Test
    void assignmentsAssertionsFoldingAndGlobalsMatchCPython() throws IOException {
        assertListingMatches("misc");
    }

    @Test
    void generatorsAndYieldFromMatchCPython() throws IOException {
        assertListingMatches("generators");
    }

    @Test
    void longJumpsGetExtendedArgPrefixes() throws IOException {
        assertListingMatches("extended_arg");
    }

    @Test
    void coroutinesAsyncWithAsyncForAndAwaitMatchCPython() throws IOException {
        assertListingMatches("async_def");
    }
}
