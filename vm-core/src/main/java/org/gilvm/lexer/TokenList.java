package org.gilvm.lexer;

import org.gilvm.parser.ParseError;

import java.util.List;

/**
 * What the tokenizer produced. Tokenizing runs ahead of parsing, but CPython tokenizes lazily,
 * so a tokenizer error must only surface when the parser reaches it: the list then ends with
 * an {@link TokenKind#ERROR} token and {@link #error} holds the error to raise there.
 *
 * <p>CPython also re-tokenizes the rest of the file after a parser error and lets some
 * tokenizer errors win; {@link #overridesParserErrors} and {@link #unclosedParenLine} say
 * which (see {@code Parser}).
 *
 * @param tokens                 the tokens, ending with ENDMARKER or ERROR
 * @param error                  the tokenizer error, or null
 * @param overridesParserErrors  true for errors CPython raises from inside the tokenizer
 *                               (bad literals, characters, strings, brackets): those replace
 *                               any syntax error the parser found earlier in the file
 * @param unclosedParenLine      for "'(' was never closed" at end of file: the bracket's line
 *                               (such an error replaces parser errors on later lines), else 0
 */
public record TokenList(List<Token> tokens, ParseError error, boolean overridesParserErrors,
                        int unclosedParenLine) {
}
