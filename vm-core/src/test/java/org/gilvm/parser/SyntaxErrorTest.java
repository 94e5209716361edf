package org.gilvm.parser;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Syntax errors: kind, message, line, offset, end line, end offset and quoted text, each as
 * CPython 3.11.7 reports them for {@code compile(src, 'f.py', 'exec')} (values recorded from
 * python3, not computed).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SyntaxErrorTest {

    private static void check(String src, String kind, String msg, int line, int offset, int endLine,
                              int endOffset, String text) {
        ParseError e = assertThrows(ParseError.class, () -> Parser.parse(src, "f.py"), src);
        assertEquals(Arrays.asList(kind, msg, line, offset, endLine, endOffset, text),
                Arrays.asList(e.kind, e.msg, e.line, e.offset, e.endLine, e.endOffset, e.text), src);
        assertEquals("f.py", e.filename);
    }

    @Test
    void a_missing_colon_is_expected_where_the_line_ends() {
        check("if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5, "if x\n");
        check("while x\n  y\n", "SyntaxError", "expected ':'", 1, 8, 1, 8, "while x\n");
        check("for x in y\n  z\n", "SyntaxError", "expected ':'", 1, 11, 1, 11, "for x in y\n");
        check("class A\n  y\n", "SyntaxError", "expected ':'", 1, 8, 1, 8, "class A\n");
        check("def f()\n  y\n", "SyntaxError", "expected ':'", 1, 8, 1, 8, "def f()\n");
        check("with x\n  z\n", "SyntaxError", "expected ':'", 1, 7, 1, 7, "with x\n");
        check("try\n  z\n", "SyntaxError", "expected ':'", 1, 4, 1, 4, "try\n");
        check("if x:\n  pass\nelif y\n  pass\n", "SyntaxError", "expected ':'", 3, 7, 3, 7, "elif y\n");
        check("if x:\n  pass\nelse x\n", "SyntaxError", "expected ':'", 3, 6, 3, 7, "else x\n");
        check("if x  # c\n  pass\n", "SyntaxError", "expected ':'", 1, 7, 1, 10, "if x  # c\n");
        check("try:\n  pass\nexcept A\n  pass\n", "SyntaxError", "expected ':'", 3, 9, 3, 9, "except A\n");
        check("def f() -> : pass\n", "SyntaxError", "expected ':'", 1, 9, 1, 11, "def f() -> : pass\n");
        check("with (a as b)\n  pass\n", "SyntaxError", "expected ':'", 1, 14, 1, 14, "with (a as b)\n");
    }

    @Test
    void a_missing_block_is_an_indentation_error_naming_the_statement() {
        check("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5, "pass\n");
        check("if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1, "if x:\n");
        check("if x:\n  a\nelif y:\nb\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 2, "b\n");
        check("if x:\n  a\nelse:\nb\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2, "b\n");
        check("while x:\nc\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2, "c\n");
        check("for x in y:\nc\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2, "c\n");
        check("def f():\nc\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 2, "c\n");
        check("class C:\nc\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 2, "c\n");
        check("try:\nb\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2, "b\n");
        check("try:\n  a\nexcept:\nb\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2, "b\n");
        check("try:\n  a\nexcept E as e:\nb\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2, "b\n");
        check("try:\n  a\nfinally:\nb\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 2, "b\n");
        check("with a as b:\nc\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2, "c\n");
        check("def f():\n  if x:\nfoo\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0, 3, -1, "foo\n");
        check("if x:\n# c\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 4, 2, -1, "# c\n");
    }

    @Test
    void indentation_that_fits_no_block_is_reported_as_cpython_does() {
        check("  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, -1, "  x = 1\n");
        check("x=1\n  y=2\n", "IndentationError", "unexpected indent", 2, 2, 2, -1, "  y=2\n");
        check("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1, "  b\n");
        check("if x:\n    a\n  bcd = 5\n", "IndentationError", "unindent does not match any outer indentation level", 3, 10, 3, -1, "  bcd = 5\n");
        check("def f():\n  return\n  @d\n", "IndentationError", "unexpected unindent", 3, 5, 3, -1, "  @d\n");
        check("x = 1\n\f  y = 2\n", "IndentationError", "unexpected indent", 2, 3, 2, -1, "\f  y = 2\n");
    }

    @Test
    void mixing_tabs_and_spaces_inconsistently_is_a_tab_error() {
        check("if x:\n\tif y:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        a\n");
        check("if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tb\n");
    }

    @Test
    void unterminated_strings_report_where_they_start_and_where_they_were_noticed() {
        check("s = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "s = \"abc");
        check("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = 'abc");
        check("s = \"abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5, "s = \"abc\\");
        check("s = \"\"\"abc\n\nx\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5, "s = \"\"\"abc");
        check("s = \"\"\"abc\n\nx\n\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 5)", 1, 5, 1, 5, "s = \"\"\"abc");
        check("\"abc\" \"def\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 1, 7, "\"abc\" \"def");
    }

    @Test
    void brackets_that_are_never_closed_or_do_not_match_are_reported() {
        check("f(1, 2\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0, "f(1, 2\n");
        check("x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (1,");
        check("x = [1,\n 2,\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0, "x = [1,");
        check("foo(\n  x = {1:\n", "SyntaxError", "'{' was never closed", 2, 7, 2, 0, "  x = {1:\n");
        check("x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6, 1, 6, "x = 1)");
        check("x = 1\n)\n", "SyntaxError", "unmatched ')'", 2, 1, 2, 1, ")");
        check("x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7, "x = (1]");
        check("x = (1,\n2]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, 2, "2]");
        check("]\n", "SyntaxError", "unmatched ']'", 1, 1, 1, 1, "]");
    }

    @Test
    void a_missing_comma_between_bracketed_expressions_is_suggested() {
        check("f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, "f(a b)\n");
        check("f(a b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, "f(a b c)\n");
        check("[a b]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "[a b]\n");
        check("x = (1 2,\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9, "x = (1 2,\n");
        check("f(a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9, "f(a, b c)\n");
        check("x = {1: 2 3}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12, "x = {1: 2 3}\n");
        check("x[a b]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, "x[a b]\n");
        check("x = f\"{a b}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "(a b)\n");
    }

    @Test
    void a_missing_comma_is_not_suggested_outside_brackets_or_after_soft_keyword_prefixes() {
        check("x = 1 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8, "x = 1 2\n");
        check("f(m() 1)\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8, "f(m() 1)\n");
        check("if x y:\n  pass\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7, "if x y:\n");
    }

    @Test
    void assigning_to_a_non_target_names_the_offending_expression() {
        check("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2, "1 = x\n");
        check("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4, "f() = 1\n");
        check("a + b = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6, "a + b = 1\n");
        check("not x = 1\n", "SyntaxError", "cannot assign to expression", 1, 1, 1, 6, "not x = 1\n");
        check("x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6, "x = 1 = 2\n");
        check("(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6, "(a, 1) = x\n");
        check("[a, f()] = x\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8, "[a, f()] = x\n");
        check("a, 1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4, 1, 5, "a, 1 = x\n");
        check("1, a = x\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9, "1, a = x\n");
        check("x if y else z = 1\n", "SyntaxError", "cannot assign to conditional expression", 1, 1, 1, 14, "x if y else z = 1\n");
        check("lambda: 1 = 1\n", "SyntaxError", "cannot assign to lambda", 1, 1, 1, 10, "lambda: 1 = 1\n");
        check("a < b = 1\n", "SyntaxError", "cannot assign to comparison", 1, 1, 1, 6, "a < b = 1\n");
        check("yield x = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 1, 1, 8, "yield x = 1\n");
        check("if x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9, "if x = 1: pass\n");
        check("if x.y = 1: pass\n", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7, "if x.y = 1: pass\n");
        check("for f() in x: pass\n", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8, "for f() in x: pass\n");
        check("with a as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12, "with a as 1: pass\n");
        check("[x for 1 in y]\n", "SyntaxError", "cannot assign to literal", 1, 8, 1, 9, "[x for 1 in y]\n");
        check("del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8, "del f()\n");
        check("del a, 1\n", "SyntaxError", "cannot delete literal", 1, 8, 1, 9, "del a, 1\n");
    }

    @Test
    void annotations_and_augmented_assignments_need_single_targets() {
        check("(a, b): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7, "(a, b): int\n");
        check("[a, b]: int\n", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 7, "[a, b]: int\n");
        check("a, b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2, "a, b: int\n");
        check("a + b: int\n", "SyntaxError", "illegal target for annotation", 1, 1, 1, 6, "a + b: int\n");
        check("a + 1 += 1\n", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6, "a + 1 += 1\n");
        check("(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7, "(a, b) += 1\n");
        check("a + 1 += \n", "SyntaxError", "invalid syntax", 1, 7, 1, 9, "a + 1 += \n");
    }

    @Test
    void generic_errors_point_at_the_furthest_token_read() {
        check("x = = 1\n", "SyntaxError", "invalid syntax", 1, 5, 1, 6, "x = = 1\n");
        check("x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8, "x = 1 +\n");
        check("else:\n", "SyntaxError", "invalid syntax", 1, 1, 1, 5, "else:\n");
        check("@foo\n", "SyntaxError", "invalid syntax", 1, 0, 1, 0, "@foo\n");
        check("x = 1 $ 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8, "x = 1 $ 2\n");
        check("a := 1\n", "SyntaxError", "invalid syntax", 1, 3, 1, 5, "a := 1\n");
        check("import\n", "SyntaxError", "invalid syntax", 1, 7, 1, 7, "import\n");
        check("from x import (*)\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17, "from x import (*)\n");
        check("def f(:\n  pass\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8, "def f(:\n");
        check("x = a <> b\n", "SyntaxError", "invalid syntax", 1, 7, 1, 9, "x = a <> b\n");
    }

    @Test
    void number_literal_errors_match_cpython() {
        check("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1abc");
        check("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x");
        check("x = 0b12\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8, "x = 0b12");
        check("x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7, "x = 0o8");
        check("x = 09\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 09");
        check("x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 1_");
        check("x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 1__0");
        check("x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1e");
        check("x = 1.5x\n", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7, "x = 1.5x");
        check("x = 1j2\n", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6, "x = 1j2");
        check("x = 0o1_\n", "SyntaxError", "invalid octal literal", 1, 8, 1, 8, "x = 0o1_");
    }

    @Test
    void invalid_characters_are_named_with_their_code_point() {
        check("x = \u00a4\n", "SyntaxError", "invalid character '\u00a4' (U+00A4)", 1, 5, 1, 5, "x = \u00a4");
        check("x = a\u20acb\n", "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 6, 1, 6, "x = a\u20acb");
        check("x = \u00a0\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 5, 1, 5, "x = \u00a0");
        check("x = \u0001\n", "SyntaxError", "invalid non-printable character U+0001", 1, 5, 1, 5, "x = \u0001");
    }

    @Test
    void string_escape_errors_match_cpython() {
        check("x = \"\\x1\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10, "x = \"\\x1\"\n");
        check("x = \"\\U00110000\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17, "x = \"\\U00110000\"\n");
        check("x = \"\\N{foo}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14, 1, 14, "x = \"\\N{foo}\"\n");
        check("x = \"\\N\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9, 1, 9, "x = \"\\N\"\n");
        check("x = b\"\\x1\"\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 11, 1, 11, "x = b\"\\x1\"\n");
        check("x = b\"\u00e9\"\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 1, 9, "x = b\"\u00e9\"\n");
        check("x = \"a\" b\"c\"\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13, "x = \"a\" b\"c\"\n");
    }

    @Test
    void f_string_errors_match_cpython() {
        check("x = f\"{}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 10, 1, 10, "x = f\"{}\"\n");
        check("x = f\"{!r}\"\n", "SyntaxError", "f-string: expression required before '!'", 1, 12, 1, 12, "x = f\"{!r}\"\n");
        check("x = f\"{x!z}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, 1, 13, "x = f\"{x!z}\"\n");
        check("x = f\"{x\"\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10, "x = f\"{x\"\n");
        check("x = f\"}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 9, 1, 9, "x = f\"}\"\n");
        check("x = f\"{a#}\"\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 12, 1, 12, "x = f\"{a#}\"\n");
        check("x = f\"{a\\n}\"\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 13, 1, 13, "x = f\"{a\\n}\"\n");
        check("x = f\"{x:{y:{z}}}\"\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 1, 19, "x = f\"{x:{y:{z}}}\"\n");
        check("x = f\"{(}\"\n", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 11, 1, 11, "x = f\"{(}\"\n");
        check("x = f\"{1 +}\"\n", "SyntaxError", "f-string: invalid syntax", 1, 5, 1, 6, "(1 +)\n");
        check("x = f\"{1abc}\"\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "(1abc)");
    }

    @Test
    void call_and_parameter_errors_match_cpython() {
        check("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10, "f(a=1, b)\n");
        check("f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10, "f(**a, b)\n");
        check("f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9, "f(**a, *b)\n");
        check("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15, "f(x for x in y, 1)\n");
        check("f(1=2)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 5, "f(1=2)\n");
        check("f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3, 1, 8, "f(True=1)\n");
        check("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13, "def f(a=1, b): pass\n");
        check("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8, "def f(*): pass\n");
        check("def f(**a, b): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13, "def f(**a, b): pass\n");
        check("def f(a, /, b, /): pass\n", "SyntaxError", "/ may appear only once", 1, 16, 1, 17, "def f(a, /, b, /): pass\n");
        check("def f(*a, /): pass\n", "SyntaxError", "/ must be ahead of *", 1, 11, 1, 12, "def f(*a, /): pass\n");
        check("def f(*a=1): pass\n", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10, "def f(*a=1): pass\n");
        check("def f(a=): pass\n", "SyntaxError", "expected default value expression", 1, 8, 1, 9, "def f(a=): pass\n");
        check("lambda *: 1\n", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10, "lambda *: 1\n");
        check("def f((a)): pass\n", "SyntaxError", "Function parameters cannot be parenthesized", 1, 7, 1, 10, "def f((a)): pass\n");
        check("def f\n", "SyntaxError", "expected '('", 1, 6, 1, 6, "def f\n");
    }

    @Test
    void other_specific_errors_match_cpython() {
        check("x = a if b\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11, "x = a if b\n");
        check("print \"hi\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11, "print \"hi\"\n");
        check("try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2, "x = 1\n");
        check("from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17, "from x import a,\n");
        check("x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0, "x = {1: 2, 3}\n");
        check("x = {1: *a}\n", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 9, 1, 11, "x = {1: *a}\n");
        check("x = {1:}\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7, 1, 8, "x = {1:}\n");
        check("[*a for a in b]\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4, "[*a for a in b]\n");
        check("[a, b for a in c]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6, "[a, b for a in c]\n");
        check("x = (*a)\n", "SyntaxError", "cannot use starred expression here", 1, 6, 1, 8, "x = (*a)\n");
        check("x = (**a)\n", "SyntaxError", "cannot use double starred expression here", 1, 6, 1, 8, "x = (**a)\n");
        check("(a.b := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5, "(a.b := 1)\n");
        check("x = a \\ b\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0, "x = a \\ b\n");
        check("x = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1, "x = 1 \\\n");
        check("try:\n  pass\nexcept A, B:\n  pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12, "except A, B:\n");
    }

    @Test
    void a_tokenizer_error_later_in_the_file_wins_over_a_parser_error() {
        check("x = = 1\ns = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5, "s = 'abc");
    }

    @Test
    void an_unexpected_indent_is_reported_before_a_later_unmatched_bracket() {
        check("x = 1\n    y\n)\n", "IndentationError", "unexpected indent", 2, 4, 2, -1, "    y\n");
    }

    @Test
    void eval_input_reports_errors_too() {
        ParseError e = assertThrows(ParseError.class, () -> Parser.parseExpression("1 +", "<string>"));
        // Eval input gets no final newline, so the error is at the end marker (as in CPython).
        assertEquals(Arrays.asList("SyntaxError", "invalid syntax", 1, 0, 1, 0, "1 +"),
                Arrays.asList(e.kind, e.msg, e.line, e.offset, e.endLine, e.endOffset, e.text));
        assertEquals("<string>", e.filename);
    }

    @Test
    void null_bytes_are_rejected() {
        ParseError e = assertThrows(ParseError.class, () -> Parser.parse("x = 1\0", "f.py"));
        assertEquals("source code string cannot contain null bytes", e.msg);
    }

    @Test
    void unsupported_constructs_say_so() {
        ParseError m = assertThrows(ParseError.class,
                () -> Parser.parse("match x:\n    case 1:\n        pass\n", "f.py"));
        assertEquals("the match statement is not supported", m.msg);
        ParseError s = assertThrows(ParseError.class,
                () -> Parser.parse("try:\n    pass\nexcept* E:\n    pass\n", "f.py"));
        assertEquals("'except*' is not supported", s.msg);
    }
}
