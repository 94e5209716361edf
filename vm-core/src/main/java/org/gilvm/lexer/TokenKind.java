package org.gilvm.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * Token types, as CPython 3.11's {@code Grammar/Tokens} plus one kind per keyword (CPython's
 * PEG parser also gives each keyword its own token type). Soft keywords ({@code match},
 * {@code case}, {@code _}) stay {@link #NAME}.
 */
public enum TokenKind {
    NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** A newline that does not end a logical line; only produced when trivia is kept. */
    NL,
    /** A comment; only produced when trivia is kept. */
    COMMENT,
    /** Marks where the tokenizer stopped on an error; reaching it raises that error. */
    ERROR,
    /** A character that is no operator of Python ({@code $ ? ! `}) or {@code <>}. */
    OP,

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), RARROW("->"), AT("@"),
    EQUAL("="), COLONEQUAL(":="),
    PLUS("+"), MINUS("-"), STAR("*"), DOUBLESTAR("**"), SLASH("/"), DOUBLESLASH("//"),
    PERCENT("%"), VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"),
    LESS("<"), GREATER(">"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="),
    AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASHEQUAL("//="), ATEQUAL("@="),

    FALSE("False", true), NONE("None", true), TRUE("True", true), AND("and", true),
    AS("as", true), ASSERT("assert", true), ASYNC("async", true), AWAIT("await", true),
    BREAK("break", true), CLASS("class", true), CONTINUE("continue", true), DEF("def", true),
    DEL("del", true), ELIF("elif", true), ELSE("else", true), EXCEPT("except", true),
    FINALLY("finally", true), FOR("for", true), FROM("from", true), GLOBAL("global", true),
    IF("if", true), IMPORT("import", true), IN("in", true), IS("is", true),
    LAMBDA("lambda", true), NONLOCAL("nonlocal", true), NOT("not", true), OR("or", true),
    PASS("pass", true), RAISE("raise", true), RETURN("return", true), TRY("try", true),
    WHILE("while", true), WITH("with", true), YIELD("yield", true);

    /** The operator or keyword spelling, or null for the token classes above. */
    public final String symbol;
    private final boolean keyword;

    TokenKind() { this(null, false); }

    TokenKind(String symbol) { this(symbol, false); }

    TokenKind(String symbol, boolean keyword) {
        this.symbol = symbol;
        this.keyword = keyword;
    }

    public boolean isKeyword() { return keyword; }

    private static final Map<String, TokenKind> KEYWORDS;

    static {
        Map<String, TokenKind> m = new HashMap<>();
        for (TokenKind k : values()) {
            if (k.keyword) m.put(k.symbol, k);
        }
        KEYWORDS = Map.copyOf(m);
    }

    /** The keyword spelled {@code name}, or {@link #NAME} if it is an ordinary identifier. */
    public static TokenKind keywordOrName(String name) {
        return KEYWORDS.getOrDefault(name, NAME);
    }
}
