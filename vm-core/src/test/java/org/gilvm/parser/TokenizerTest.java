package org.gilvm.parser;

import org.gilvm.lexer.Source;
import org.gilvm.lexer.Token;
import org.gilvm.lexer.TokenKind;
import org.gilvm.lexer.TokenList;
import org.gilvm.lexer.Tokenizer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The tokenizer on its own: token kinds, texts and positions, as CPython's tokenizer. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TokenizerTest {

    /** Tokens as "KIND" or "KIND:text" for names, numbers, strings and comments. */
    private static String kinds(String src, boolean trivia) {
        TokenList tl = Tokenizer.tokenize(Source.of(src, "t.py"), trivia);
        assertNull(tl.error(), () -> "unexpected error " + tl.error());
        return tl.tokens().stream().map(TokenizerTest::show).collect(Collectors.joining(" "));
    }

    private static String show(Token t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING, COMMENT, OP -> t.kind() + ":" + t.text();
            default -> t.kind().symbol != null ? t.kind().symbol : t.kind().name();
        };
    }

    private static List<Token> tokens(String src) {
        return Tokenizer.tokenize(Source.of(src, "t.py")).tokens();
    }

    @Test
    void indentation_produces_indent_and_dedent_tokens_and_dedents_close_at_end_of_file() {
        assertEquals("if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT "
                        + "NAME:d NEWLINE DEDENT ENDMARKER",
                kinds("if a:\n    if b:\n        c\n    d\n", false));
        assertEquals("NAME:x NEWLINE INDENT NAME:y NEWLINE INDENT NAME:z NEWLINE DEDENT DEDENT ENDMARKER",
                kinds("x\n  y\n    z\n", false));
    }

    @Test
    void blank_lines_and_comments_give_nl_and_comment_tokens_only_as_trivia() {
        assertEquals("NAME:x NEWLINE ENDMARKER", kinds("x  # note\n\n   # alone\n", false));
        assertEquals("NAME:x COMMENT:# note NEWLINE NL COMMENT:# alone NL ENDMARKER",
                kinds("x  # note\n\n   # alone\n", true));
    }

    @Test
    void newlines_inside_brackets_and_after_backslashes_do_not_end_the_line() {
        assertEquals("NAME:f ( NUMBER:1 , NL NUMBER:2 ) NEWLINE ENDMARKER", kinds("f(1,\n  2)\n", true));
        assertEquals("NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER", kinds("x = 1 + \\\n  2\n", true));
    }

    @Test
    void every_operator_and_delimiter_is_one_token() {
        assertEquals(":= -> **= //= >>= <<= @= ... . ** // >> << <= >= == != += -= *= /= %= &= |= ^= "
                        + "( ) [ ] { } , : ; @ = ~ ^ | & % NEWLINE ENDMARKER",
                kinds(":= -> **= //= >>= <<= @= ... . ** // >> << <= >= == != += -= *= /= %= &= |= ^= "
                        + "( ) [ ] { } , : ; @ = ~ ^ | & %\n", false));
    }

    @Test
    void keywords_are_their_own_kinds_and_soft_keywords_stay_names() {
        List<Token> t = tokens("not in is lambda match case _ await async\n");
        assertEquals(List.of(TokenKind.NOT, TokenKind.IN, TokenKind.IS, TokenKind.LAMBDA, TokenKind.NAME,
                        TokenKind.NAME, TokenKind.NAME, TokenKind.AWAIT, TokenKind.ASYNC, TokenKind.NEWLINE,
                        TokenKind.ENDMARKER),
                t.stream().map(Token::kind).toList());
    }

    @Test
    void numbers_in_every_form_are_single_tokens() {
        assertEquals("NUMBER:0 NUMBER:1_000 NUMBER:0x_FF NUMBER:0o17 NUMBER:0b1_0 NUMBER:1. NUMBER:.5 "
                        + "NUMBER:1e-3 NUMBER:1_000.5 NUMBER:2j NUMBER:1.5E+3J NEWLINE ENDMARKER",
                kinds("0 1_000 0x_FF 0o17 0b1_0 1. .5 1e-3 1_000.5 2j 1.5E+3J\n", false));
        // A number may touch a keyword ("1if x else y"), as CPython allows with a warning.
        assertEquals("NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER", kinds("1if x else 2\n", false));
    }

    @Test
    void strings_take_any_legal_prefix_and_span_lines_when_triple_quoted() {
        assertEquals("STRING:'a' STRING:\"b\" STRING:r'\\d' STRING:Rb'x' STRING:bR'x' STRING:f'{x}' "
                        + "STRING:Fr'y' STRING:u'z' NEWLINE ENDMARKER",
                kinds("'a' \"b\" r'\\d' Rb'x' bR'x' f'{x}' Fr'y' u'z'\n", false));
        // "ub" is no prefix: a name followed by a string, as in CPython.
        assertEquals("NAME:ub STRING:'x' NEWLINE ENDMARKER", kinds("ub'x'\n", false));
        Token s = tokens("x = '''a\nb'''\n").get(2);
        assertEquals(List.of(1, 4, 2, 4), List.of(s.line(), s.col(), s.endLine(), s.endCol()));
    }

    @Test
    void positions_are_one_based_lines_and_zero_based_code_point_columns() {
        List<Token> t = tokens("é = 'ü'  # c\n");
        assertEquals(List.of(1, 0, 1, 1), List.of(t.get(0).line(), t.get(0).col(), t.get(0).endLine(), t.get(0).endCol()));
        assertEquals(List.of(1, 4, 1, 7), List.of(t.get(2).line(), t.get(2).col(), t.get(2).endLine(), t.get(2).endCol()));
        // The NEWLINE after a comment starts at the comment, as in CPython's C tokenizer.
        assertEquals(List.of(1, 9, 1, 12), List.of(t.get(3).line(), t.get(3).col(), t.get(3).endLine(), t.get(3).endCol()));
    }

    @Test
    void tokenizer_errors_stop_the_token_list_and_wait_for_the_parser() {
        TokenList tl = Tokenizer.tokenize(Source.of("x = 1\ny = 'abc\n", "t.py"));
        assertNotNull(tl.error());
        assertEquals("unterminated string literal (detected at line 2)", tl.error().msg);
        assertEquals(TokenKind.ERROR, tl.tokens().getLast().kind());
        assertEquals(TokenKind.NEWLINE, tl.tokens().get(3).kind());
    }
}
