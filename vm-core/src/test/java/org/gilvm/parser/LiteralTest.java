package org.gilvm.parser;

import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Expr;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.gilvm.parser.Dumps.expr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Literals and f-strings. Expected dumps were produced from CPython 3.11's
 * {@code ast.parse(src, mode='eval')} rendered in {@link AstDump}'s format.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LiteralTest {

    @Test
    void integers_of_any_size_and_base_are_big_integers() {
        assertEquals("Constant(0)",
                expr("0"));
        assertEquals("Constant(42)",
                expr("42"));
        assertEquals("Constant(1000000)",
                expr("1_000_000"));
        assertEquals("Constant(255)",
                expr("0xff"));
        assertEquals("Constant(3735928559)",
                expr("0XDEAD_beef"));
        assertEquals("Constant(15)",
                expr("0o17"));
        assertEquals("Constant(170)",
                expr("0b1010_1010"));
        assertEquals("Constant(0)",
                expr("00"));
        assertEquals("Constant(123456789012345678901234567890)",
                expr("123456789012345678901234567890"));
        assertEquals("Constant(1461501637330902918203684832716283019655932542975)",
                expr("0xffffffffffffffffffffffffffffffffffffffff"));
    }

    @Test
    void floats_and_imaginary_numbers_parse_like_python() {
        assertEquals("Constant(1.0)",
                expr("1."));
        assertEquals("Constant(0.5)",
                expr(".5"));
        assertEquals("Constant(0.001)",
                expr("1e-3"));
        assertEquals("Constant(1000.5)",
                expr("1_000.5"));
        assertEquals("Constant(10000000000.0)",
                expr("1E+10"));
        assertEquals("Constant(0.0)",
                expr("0e0"));
        assertEquals("Constant(inf)",
                expr("1e400"));
        assertEquals("Constant(2.0j)",
                expr("2j"));
        assertEquals("Constant(1.5j)",
                expr("1.5J"));
        assertEquals("Constant(1000.0j)",
                expr("1e3j"));
        assertEquals("Constant(0.1)",
                expr("0.1"));
    }

    @Test
    void string_prefixes_and_quotes_are_all_accepted() {
        assertEquals("Constant('a')",
                expr("'a'"));
        assertEquals("Constant('a')",
                expr("\"a\""));
        assertEquals("Constant('a\\nb')",
                expr("'''a\nb'''"));
        assertEquals("Constant('a')",
                expr("\"\"\"a\"\"\""));
        assertEquals("Constant('\\\\n')",
                expr("r'\\n'"));
        assertEquals("Constant('\\\\d')",
                expr("R'\\d'"));
        assertEquals("Constant('x')",
                expr("u'x'"));
        assertEquals("Constant('x')",
                expr("U'x'"));
        assertEquals("Constant(b'x')",
                expr("b'x'"));
        assertEquals("Constant(b'x')",
                expr("B'x'"));
        assertEquals("Constant(b'\\\\x')",
                expr("rb'\\x'"));
        assertEquals("Constant(b'\\\\x')",
                expr("bR'\\x'"));
        assertEquals("Constant(b'x')",
                expr("Br'x'"));
        assertEquals("Constant('')",
                expr("''"));
        assertEquals("Constant('')",
                expr("\"\"\"\"\"\""));
    }

    @Test
    void escape_sequences_are_decoded() {
        assertEquals("Constant('\\n\\u{9}\\\\\\'\"\\u{7}\\u{8}\\u{C}\\u{B}\\u{D}')",
                expr("'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'"));
        assertEquals("Constant('AA\\u{E9}\\u{1F600}')",
                expr("'\\x41\\101\\u00e9\\U0001F600'"));
        assertEquals("Constant('a\\u{2014}')",
                expr("'\\N{LATIN SMALL LETTER A}\\N{EM DASH}'"));
        assertEquals("Constant('\\u{1FF}')",
                expr("'\\777'"));
        assertEquals("Constant('\\\\q\\\\d')",
                expr("'\\q\\d'"));
        assertEquals("Constant('ab')",
                expr("'a\\\nb'"));
        assertEquals("Constant(b'\\u{0}\\u{FF}\\u{FF}\\\\q')",
                expr("b'\\x00\\xff\\377\\q'"));
        assertEquals("Constant('\\u{0}')",
                expr("'\\0'"));
    }

    @Test
    void adjacent_literals_concatenate() {
        assertEquals("Constant('ab')",
                expr("'a' 'b'"));
        assertEquals("Constant('abc')",
                expr("'a' \"b\" '''c'''"));
        assertEquals("Constant(b'ab')",
                expr("b'a' b'b'"));
        assertEquals("Constant('a\\\\n')",
                expr("'a' r'\\n'"));
    }

    @Test
    void f_strings_become_joined_strings_of_constants_and_fields() {
        assertEquals("JoinedStr([Constant('a'), FormattedValue(Name('x', LOAD), -1, null), Constant('b')])",
                expr("f'a{x}b'"));
        assertEquals("JoinedStr([FormattedValue(Name('x', LOAD), 114, null)])",
                expr("f'{x!r}'"));
        assertEquals("JoinedStr([FormattedValue(Name('x', LOAD), 115, JoinedStr([Constant('>10')]))])",
                expr("f'{x!s:>10}'"));
        assertEquals("JoinedStr([FormattedValue(Name('x', LOAD), -1, JoinedStr([FormattedValue(Name('w', LOAD), -1, null), Constant('.'), FormattedValue(Name('p', LOAD), -1, null), Constant('f')]))])",
                expr("f'{x:{w}.{p}f}'"));
        assertEquals("JoinedStr([Constant('{}'), FormattedValue(Name('x', LOAD), -1, null)])",
                expr("f'{{}}{x}'"));
        assertEquals("JoinedStr([])",
                expr("f''"));
        assertEquals("JoinedStr([Constant('plain')])",
                expr("f'plain'"));
        assertEquals("JoinedStr([Constant('a'), FormattedValue(Name('b', LOAD), -1, null), Constant('c')])",
                expr("'a' f'{b}' 'c'"));
        assertEquals("JoinedStr([FormattedValue(Name('a', LOAD), -1, null), FormattedValue(Name('b', LOAD), -1, null)])",
                expr("f'{a}' f'{b}'"));
        assertEquals("JoinedStr([FormattedValue(Name('x', LOAD), -1, null)])",
                expr("F'{x}'"));
        assertEquals("JoinedStr([Constant('\\\\n'), FormattedValue(Name('x', LOAD), -1, null)])",
                expr("rf'\\n{x}'"));
        assertEquals("JoinedStr([FormattedValue(Name('x', LOAD), -1, null), Constant('\\\\d')])",
                expr("fr'{x}\\d'"));
        assertEquals("JoinedStr([FormattedValue(Tuple([Name('x', LOAD), Name('y', LOAD)], LOAD), -1, null)])",
                expr("f'{x,y}'"));
        assertEquals("JoinedStr([FormattedValue(GeneratorExp(Name('x', LOAD), [Comprehension(Name('x', STORE), Name('y', LOAD), [], false)]), -1, null)])",
                expr("f'{x for x in y}'"));
        assertEquals("JoinedStr([FormattedValue(Yield(null), -1, null)])",
                expr("f'{yield}'"));
        assertEquals("JoinedStr([FormattedValue(Constant('q'), -1, null)])",
                expr("f'{\"q\"}'"));
        assertEquals("JoinedStr([FormattedValue(JoinedStr([FormattedValue(Name('x', LOAD), -1, null)]), -1, null)])",
                expr("f'{f\"{x}\"}'"));
        assertEquals("JoinedStr([FormattedValue(Name('x', LOAD), -1, JoinedStr([]))])",
                expr("f'{x:}'"));
        assertEquals("JoinedStr([FormattedValue(Compare(Name('a', LOAD), [EQ], [Name('b', LOAD)]), -1, null)])",
                expr("f'{a == b}'"));
        assertEquals("JoinedStr([FormattedValue(Compare(Name('a', LOAD), [NOTEQ], [Name('b', LOAD)]), -1, null)])",
                expr("f'{a != b}'"));
        assertEquals("JoinedStr([FormattedValue(Compare(Name('a', LOAD), [GTE], [Name('b', LOAD)]), -1, null)])",
                expr("f'{a >= b}'"));
    }

    @Test
    void self_documenting_f_string_fields_keep_their_text_and_default_to_repr() {
        assertEquals("JoinedStr([Constant('x='), FormattedValue(Name('x', LOAD), 114, null)])",
                expr("f'{x=}'"));
        assertEquals("JoinedStr([Constant('x = '), FormattedValue(Name('x', LOAD), 114, null)])",
                expr("f'{x = }'"));
        assertEquals("JoinedStr([Constant('x='), FormattedValue(Name('x', LOAD), 114, JoinedStr([Constant('>10')]))])",
                expr("f'{x=!r:>10}'"));
        assertEquals("JoinedStr([Constant('x='), FormattedValue(Name('x', LOAD), 115, null)])",
                expr("f'{x=!s}'"));
        assertEquals("JoinedStr([Constant('x='), FormattedValue(Name('x', LOAD), -1, JoinedStr([Constant('>10')]))])",
                expr("f'{x=:>10}'"));
        assertEquals("JoinedStr([Constant('ax='), FormattedValue(Name('x', LOAD), 114, null), Constant('b')])",
                expr("f'a{x=}b'"));
        assertEquals("JoinedStr([Constant('x='), FormattedValue(Name('x', LOAD), 114, null), Constant('y='), FormattedValue(Name('y', LOAD), 114, null)])",
                expr("f'{x=}{y=}'"));
    }

    @Test
    void constant_values_have_the_java_types_the_compiler_expects() {
        Expr.Constant big = (Expr.Constant) Parser.parseExpression("123456789012345678901234567890", "t.py");
        assertEquals(new ConstantValue.IntValue(new BigInteger("123456789012345678901234567890")), big.value());
        Expr.Constant f = (Expr.Constant) Parser.parseExpression("1_0.25e1", "t.py");
        assertEquals(new ConstantValue.FloatValue(102.5), f.value());
        Expr.Constant c = (Expr.Constant) Parser.parseExpression("3.5j", "t.py");
        assertEquals(new ConstantValue.ComplexValue(3.5), c.value());
        Expr.Constant b = (Expr.Constant) Parser.parseExpression("b'\\xff\\x00A'", "t.py");
        assertArrayEquals(new byte[] {(byte) 0xff, 0, 'A'}, ((ConstantValue.BytesValue) b.value()).value());
        Expr.Constant s = (Expr.Constant) Parser.parseExpression("'\\U0001F600'", "t.py");
        assertEquals(new ConstantValue.StrValue("\uD83D\uDE00"), s.value());
    }

    @Test
    void non_ascii_identifiers_are_nfkc_normalized() {
        assertEquals("Name('fi', LOAD)", expr("\uFB01"));
    }
}
