package org.gilvm.parser;

import org.gilvm.ast.Arguments;
import org.gilvm.ast.CmpOp;
import org.gilvm.ast.Comprehension;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Operator;
import org.gilvm.ast.UnaryOperator;
import org.gilvm.lexer.FStringOrigin;
import org.gilvm.lexer.Source;
import org.gilvm.lexer.Token;
import org.gilvm.lexer.TokenKind;
import org.gilvm.lexer.TokenList;
import org.gilvm.lexer.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static org.gilvm.lexer.TokenKind.*;

/**
 * Expressions of CPython 3.11's {@code Grammar/python.gram}, one method per rule. Each rule's
 * location runs from its first token to its last, like CPython's {@code EXTRA}, so a
 * parenthesized operand widens the enclosing node ({@code (a) + b} starts at the paren).
 */
class ExpressionParser extends ParserBase {

    /** The last tuple {@link #star_expressions} built without parentheses. */
    Expr lastBareTuple;

    ExpressionParser(Source src, Token[] toks, TokenList tokenList, FStringOrigin origin) {
        super(src, toks, tokenList, origin);
    }

    // ================================================================ helpers

    /** Tokens that can start an {@code expression}. */
    static boolean startsExpression(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA,
                 ELLIPSIS, NONE, TRUE, FALSE, AWAIT -> true;
            default -> false;
        };
    }

    /** Tokens that can start a {@code star_expression}. */
    static boolean startsStarExpression(TokenKind k) {
        return k == STAR || startsExpression(k);
    }

    /**
     * CPython 3.11 matches soft keywords with {@code strncmp} over the token's length, so any
     * prefix of "match", "case" or "_" counts; the comma hint depends on it.
     */
    private static boolean isSoftKeyword(Token t) {
        if (t.kind() != NAME) return false;
        String s = t.text();
        return "match".startsWith(s) || "case".startsWith(s) || "_".startsWith(s);
    }

    // ================================================================ eval and f-string entries

    /** {@code eval: expressions NEWLINE* ENDMARKER}. */
    final Expr parseEval() {
        try {
            Expr e = expressions();
            while (accept(NEWLINE)) {
                // trailing newlines are allowed
            }
            expect(ENDMARKER);
            return e;
        } catch (Backtrack b) {
            throw finalError(genericError());
        } catch (ParseError e) {
            throw finalError(e);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    /** {@code fstring: star_expressions}, over the field text in virtual parentheses. */
    final Expr fstringExpression() {
        try {
            Expr e = star_expressions();
            if (!at(NEWLINE)) throw fail();
            return e;
        } catch (Backtrack b) {
            throw finalError(genericError());
        } catch (ParseError e) {
            throw finalError(e);
        }
    }

    /**
     * Parses the expression of an f-string field, code points {@code [start, end)}. CPython
     * parses the text wrapped in parentheses; we add the parentheses as tokens placed on the
     * opening brace and on the character ending the expression.
     */
    final Expr fstringField(int start, int end) {
        int brace = start - 1;
        int bl = src.lineOf(brace);
        int bc = brace - src.lineStart(bl);
        FStringOrigin o = new FStringOrigin(bl, bc, src.text(start, end));
        TokenList sub = Tokenizer.tokenizeFStringExpression(src, start, end, o);
        List<Token> inner = sub.tokens();
        int n = inner.size();
        Token[] arr = new Token[n + 4];
        arr[0] = new Token(LPAR, "(", bl, bc, bl, bc + 1, brace, start, 1);
        for (int i = 0; i < n; i++) arr[i + 1] = inner.get(i);
        int el = src.lineOf(end);
        int ec = end - src.lineStart(el);
        arr[n + 1] = new Token(RPAR, ")", el, ec, el, ec + 1, end, end + 1, 0);
        arr[n + 2] = new Token(NEWLINE, "", el, ec + 1, el, ec + 1, end + 1, end + 1, 0);
        arr[n + 3] = new Token(ENDMARKER, "", el, ec + 1, el, ec + 1, end + 1, end + 1, 0);
        return new ExpressionParser(src, arr, sub, o).fstringExpression();
    }

    // ================================================================ expression lists

    /** {@code expressions: expression (',' expression)* [',']} */
    final Expr expressions() {
        Token start = peek();
        Expr a = expression();
        if (!at(COMMA)) return a;
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            if (!startsExpression(kind())) break;
            elts.add(expression());
        }
        return new Expr.Tuple(elts, Ctx.LOAD, locFrom(start));
    }

    /** {@code star_expressions: star_expression (',' star_expression)* [',']} */
    final Expr star_expressions() {
        Token start = peek();
        Expr a = star_expression();
        if (!at(COMMA)) return a;
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            if (!startsStarExpression(kind())) break;
            elts.add(star_expression());
        }
        Expr t = new Expr.Tuple(elts, Ctx.LOAD, locFrom(start));
        lastBareTuple = t;
        return t;
    }

    /** {@code star_expression: '*' bitwise_or | expression} */
    final Expr star_expression() {
        if (at(STAR)) {
            Token s = next();
            Expr v = bitwise_or();
            return new Expr.Starred(v, Ctx.LOAD, locFrom(s));
        }
        return expression();
    }

    /** {@code star_named_expression: '*' bitwise_or | named_expression} */
    final Expr star_named_expression() {
        if (at(STAR)) {
            Token s = next();
            Expr v = bitwise_or();
            return new Expr.Starred(v, Ctx.LOAD, locFrom(s));
        }
        return named_expression();
    }

    /**
     * {@code named_expression: assignment_expression | expression !':='}, with
     * {@code invalid_named_expression}.
     */
    final Expr named_expression() {
        int startIdx = pos;
        if (kind() == NAME && kind(1) == COLONEQUAL) return assignment_expression();
        Expr e = expression();
        return namedExpressionTail(e, startIdx);
    }

    /** {@code assignment_expression: NAME ':=' ~ expression} */
    final Expr assignment_expression() {
        Token name = next();
        next();
        Expr v = expression();
        return new Expr.NamedExpr(new Expr.Name(name.text(), Ctx.STORE, tokLoc(name)), v, locFrom(name));
    }

    /** The checks of {@code invalid_named_expression} after an expression that began at startIdx. */
    final Expr namedExpressionTail(Expr e, int startIdx) {
        TokenKind k = kind();
        if (k == COLONEQUAL) {
            if (quiet == 0) {
                Expr rhs = probe(() -> {
                    next();
                    return expression();
                });
                if (rhs != null) {
                    throw atNode(e, "cannot use assignment expressions with " + Targets.exprName(e));
                }
            }
            throw fail();
        }
        if (k == EQUAL && quiet == 0) checkMistakenAssignment(e, startIdx);
        return e;
    }

    /**
     * {@code a = b} where a comparison or walrus was probably meant (CPython's
     * {@code invalid_named_expression}); only called where '=' cannot follow validly.
     */
    final void checkMistakenAssignment(Expr e, int startIdx) {
        Token first = toks[startIdx];
        if (!isBitwiseOrLevel(e, first)) return;
        Expr b = probe(() -> {
            next();
            Expr r = bitwise_or();
            TokenKind k = kind();
            if (k == EQUAL || k == COLONEQUAL) throw fail();
            return r;
        });
        if (b == null) return;
        if (first.kind() == NAME && e instanceof Expr.Name && pos == startIdx + 1) {
            throw between(e.loc(), b.loc(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (startsWithDisplay(e, first)) return;
        throw atNode(e, "cannot assign to " + Targets.exprName(e) + " here. Maybe you meant '==' instead of '='?");
    }

    /** Whether {@code e} (starting at token {@code first}) is what {@code bitwise_or} parses. */
    private static boolean isBitwiseOrLevel(Expr e, Token first) {
        boolean grouped = first.kind() == LPAR
                && (e.loc().line() != first.line() || e.loc().col() != first.col());
        if (grouped) return true;
        return !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr
                || (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT));
    }

    /** CPython's lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')}. */
    private static boolean startsWithDisplay(Expr e, Token first) {
        if (first.kind() == TRUE || first.kind() == NONE || first.kind() == FALSE) return true;
        if (first.kind() != LPAR && first.kind() != LSQB) return false;
        Expr cur = e;
        while (cur != null) {
            boolean here = cur.loc().line() == first.line() && cur.loc().col() == first.col();
            if (here && (cur instanceof Expr.ListExpr || cur instanceof Expr.Tuple
                    || cur instanceof Expr.GeneratorExp)) {
                return true;
            }
            cur = switch (cur) {
                case Expr.BinOp b -> b.left();
                case Expr.Attribute a -> a.value();
                case Expr.Subscript s -> s.value();
                case Expr.Call c -> c.func();
                default -> null;
            };
        }
        return false;
    }

    // ================================================================ expression

    /**
     * {@code expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef},
     * with {@code invalid_expression} and {@code invalid_legacy_expression}.
     */
    final Expr expression() {
        return expression(true);
    }

    /** {@code invalidChecks} false skips {@code invalid_expression} for this level only. */
    final Expr expression(boolean invalidChecks) {
        if (at(LAMBDA)) return lambdef();
        int startIdx = pos;
        Token start = peek();
        Expr a = disjunction();
        if (at(IF)) {
            // If the conditional is incomplete, the expression is just the disjunction.
            int save = pos;
            next();
            try {
                Expr b = disjunction();
                if (at(ELSE)) {
                    next();
                    Expr c = expression();
                    return new Expr.IfExp(b, a, c, locFrom(start));
                }
                if (invalidChecks && quiet == 0 && !at(COLON)) {
                    throw between(a.loc(), b.loc(), "expected 'else' after 'if' expression");
                }
            } catch (Backtrack x) {
                // fall back
            }
            pos = save;
            return a;
        }
        if (invalidChecks && quiet == 0 && startsExpression(kind())) checkAdjacent(a, startIdx);
        return a;
    }

    /**
     * Two expressions side by side: a Python 2 print statement, or (inside brackets) a
     * missing comma. Never valid, so checking here only refines an error.
     */
    private void checkAdjacent(Expr a, int startIdx) {
        Token first = toks[startIdx];
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        // invalid_expression: a missing comma, inside brackets only.
        if (!legacy && !(first.kind() == NAME && (toks[startIdx + 1].kind() == STRING || isSoftKeyword(first)))) {
            int[] endPos = new int[1];
            Expr b = probeQuiet(() -> {
                Expr r = expression();
                endPos[0] = pos;
                return r;
            });
            if (b != null && toks[endPos[0] - 1].level() > 0) {
                throw between(a.loc(), b.loc(), "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        // invalid_legacy_expression reads what follows any bare name (which may run into
        // errors further on) and then complains only about print and exec.
        if (first.kind() == NAME && pos == startIdx + 1 && !at(LPAR)) {
            Expr b = probe(this::star_expressions);
            if (b != null && legacy) {
                String id = ((Expr.Name) a).id();
                throw between(a.loc(), b.loc(), "Missing parentheses in call to '" + id
                        + "'. Did you mean " + id + "(...)?");
            }
        }
    }

    /** {@code disjunction: conjunction ('or' conjunction)+ | conjunction} */
    final Expr disjunction() {
        Token start = peek();
        Expr a = conjunction();
        if (!at(OR)) return a;
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(OR)) {
            Expr b = operand(this::conjunction);
            if (b == null) break;
            values.add(b);
        }
        if (values.size() == 1) return a;
        return new Expr.BoolOp(false, values, locFrom(start));
    }

    /**
     * After an operator: its right operand, or null (position back on the operator) if none
     * parses. A PEG repetition stops before an incomplete item instead of failing, which
     * matters for the checks that run afterwards.
     */
    private Expr operand(java.util.function.Supplier<Expr> rule) {
        int save = pos;
        next();
        try {
            return rule.get();
        } catch (Backtrack b) {
            pos = save;
            return null;
        }
    }

    /** {@code conjunction: inversion ('and' inversion)+ | inversion} */
    final Expr conjunction() {
        Token start = peek();
        Expr a = inversion();
        if (!at(AND)) return a;
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(AND)) {
            Expr b = operand(this::inversion);
            if (b == null) break;
            values.add(b);
        }
        if (values.size() == 1) return a;
        return new Expr.BoolOp(true, values, locFrom(start));
    }

    /** {@code inversion: 'not' inversion | comparison} */
    final Expr inversion() {
        if (at(NOT)) {
            Token start = next();
            Expr v = inversion();
            return new Expr.UnaryOp(UnaryOperator.NOT, v, locFrom(start));
        }
        return comparison();
    }

    /** {@code comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or} */
    final Expr comparison() {
        Token start = peek();
        Expr a = bitwise_or();
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        for (;;) {
            int save = pos;
            CmpOp op;
            switch (kind()) {
                case EQEQUAL -> op = CmpOp.EQ;
                case NOTEQUAL -> op = CmpOp.NOTEQ;
                case LESSEQUAL -> op = CmpOp.LTE;
                case LESS -> op = CmpOp.LT;
                case GREATEREQUAL -> op = CmpOp.GTE;
                case GREATER -> op = CmpOp.GT;
                case IN -> op = CmpOp.IN;
                case NOT -> {
                    if (kind(1) != IN) op = null;
                    else {
                        next();
                        op = CmpOp.NOTIN;
                    }
                }
                case IS -> {
                    if (kind(1) == NOT) {
                        next();
                        op = CmpOp.ISNOT;
                    } else {
                        op = CmpOp.IS;
                    }
                }
                default -> op = null;
            }
            if (op == null) break;
            next();
            Expr right;
            try {
                right = bitwise_or();
            } catch (Backtrack b) {
                pos = save;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        if (ops == null) return a;
        return new Expr.Compare(a, ops, comparators, locFrom(start));
    }

    /** {@code bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor} */
    final Expr bitwise_or() {
        Token start = peek();
        Expr a = bitwise_xor();
        while (at(VBAR)) {
            Expr b = operand(this::bitwise_xor);
            if (b == null) break;
            a = new Expr.BinOp(a, Operator.BITOR, b, locFrom(start));
        }
        return a;
    }

    /** {@code bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and} */
    final Expr bitwise_xor() {
        Token start = peek();
        Expr a = bitwise_and();
        while (at(CIRCUMFLEX)) {
            Expr b = operand(this::bitwise_and);
            if (b == null) break;
            a = new Expr.BinOp(a, Operator.BITXOR, b, locFrom(start));
        }
        return a;
    }

    /** {@code bitwise_and: bitwise_and '&' shift_expr | shift_expr} */
    final Expr bitwise_and() {
        Token start = peek();
        Expr a = shift_expr();
        while (at(AMPER)) {
            Expr b = operand(this::shift_expr);
            if (b == null) break;
            a = new Expr.BinOp(a, Operator.BITAND, b, locFrom(start));
        }
        return a;
    }

    /** {@code shift_expr: shift_expr ('<<' | '>>') sum | sum} */
    final Expr shift_expr() {
        Token start = peek();
        Expr a = sum();
        for (;;) {
            Operator op = switch (kind()) {
                case LEFTSHIFT -> Operator.LSHIFT;
                case RIGHTSHIFT -> Operator.RSHIFT;
                default -> null;
            };
            if (op == null) return a;
            Expr b = operand(this::sum);
            if (b == null) return a;
            a = new Expr.BinOp(a, op, b, locFrom(start));
        }
    }

    /** {@code sum: sum ('+' | '-') term | term} */
    final Expr sum() {
        Token start = peek();
        Expr a = term();
        for (;;) {
            Operator op = switch (kind()) {
                case PLUS -> Operator.ADD;
                case MINUS -> Operator.SUB;
                default -> null;
            };
            if (op == null) return a;
            Expr b = operand(this::term);
            if (b == null) return a;
            a = new Expr.BinOp(a, op, b, locFrom(start));
        }
    }

    /** {@code term: term ('*' | '/' | '//' | '%' | '@') factor | factor} */
    final Expr term() {
        Token start = peek();
        Expr a = factor();
        for (;;) {
            Operator op = switch (kind()) {
                case STAR -> Operator.MULT;
                case SLASH -> Operator.DIV;
                case DOUBLESLASH -> Operator.FLOORDIV;
                case PERCENT -> Operator.MOD;
                case AT -> Operator.MATMUL;
                default -> null;
            };
            if (op == null) return a;
            Expr b = operand(this::factor);
            if (b == null) return a;
            a = new Expr.BinOp(a, op, b, locFrom(start));
        }
    }

    /** {@code factor: '+' factor | '-' factor | '~' factor | power} */
    final Expr factor() {
        UnaryOperator op = switch (kind()) {
            case PLUS -> UnaryOperator.UADD;
            case MINUS -> UnaryOperator.USUB;
            case TILDE -> UnaryOperator.INVERT;
            default -> null;
        };
        if (op == null) return power();
        Token start = next();
        Expr v = factor();
        return new Expr.UnaryOp(op, v, locFrom(start));
    }

    /** {@code power: await_primary '**' factor | await_primary} (so -2**2 is -(2**2)). */
    final Expr power() {
        Token start = peek();
        Expr a = await_primary();
        if (!at(DOUBLESTAR)) return a;
        Expr b = operand(this::factor);
        if (b == null) return a;
        return new Expr.BinOp(a, Operator.POW, b, locFrom(start));
    }

    /** {@code await_primary: AWAIT primary | primary} */
    final Expr await_primary() {
        if (at(AWAIT)) {
            Token start = next();
            Expr v = primary();
            return new Expr.Await(v, locFrom(start));
        }
        return primary();
    }

    /**
     * {@code primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
     * | primary '[' slices ']' | atom}
     */
    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        for (;;) {
            // Each trailer is a PEG alternative: if it does not parse, the primary ends before it.
            int save = pos;
            switch (kind()) {
                case DOT -> {
                    if (kind(1) != NAME) return e;
                    next();
                    Token name = next();
                    e = new Expr.Attribute(e, name.text(), Ctx.LOAD, locFrom(start));
                }
                case LPAR -> {
                    try {
                        e = call(e, start);
                    } catch (Backtrack b) {
                        pos = save;
                        return e;
                    }
                }
                case LSQB -> {
                    try {
                        next();
                        Expr s = slices();
                        expect(RSQB);
                        e = new Expr.Subscript(e, s, Ctx.LOAD, locFrom(start));
                    } catch (Backtrack b) {
                        pos = save;
                        return e;
                    }
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** A call's parentheses; {@code f(x for x in y)} is CPython's {@code primary genexp}. */
    private Expr call(Expr func, Token start) {
        CallArguments.Result a = CallArguments.arguments(this, true);
        if (a.genexp() != null) {
            return new Expr.Call(func, List.of(a.genexp()), List.of(), locFrom(start));
        }
        return new Expr.Call(func, a.args(), a.keywords(), locFrom(start));
    }

    /** {@code slices: slice !',' | ','.(slice | starred_expression)+ [',']} */
    final Expr slices() {
        Token start = peek();
        Expr first = sliceOrStarred();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) break;
            elts.add(sliceOrStarred());
        }
        return new Expr.Tuple(elts, Ctx.LOAD, locFrom(start));
    }

    private Expr sliceOrStarred() {
        if (at(STAR)) {
            Token s = next();
            Expr v = expression();
            return new Expr.Starred(v, Ctx.LOAD, locFrom(s));
        }
        return slice();
    }

    /** {@code slice: [expression] ':' [expression] [':' [expression]] | named_expression} */
    final Expr slice() {
        Token start = peek();
        int startIdx = pos;
        Expr lower = null;
        if (!at(COLON)) {
            if (kind() == NAME && kind(1) == COLONEQUAL) return assignment_expression();
            lower = expression();
            if (!at(COLON)) return namedExpressionTail(lower, startIdx);
        }
        next();
        Expr upper = startsExpression(kind()) ? expression() : null;
        Expr step = null;
        if (accept(COLON)) step = startsExpression(kind()) ? expression() : null;
        return new Expr.Slice(lower, upper, step, locFrom(start));
    }

    // ================================================================ atoms

    /**
     * {@code atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
     * | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'}
     */
    final Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                next();
                return new Expr.Name(t.text(), Ctx.LOAD, tokLoc(t));
            }
            case TRUE, FALSE -> {
                next();
                return new Expr.Constant(new ConstantValue.BoolValue(t.kind() == TRUE), tokLoc(t));
            }
            case NONE -> {
                next();
                return new Expr.Constant(ConstantValue.NONE, tokLoc(t));
            }
            case ELLIPSIS -> {
                next();
                return new Expr.Constant(ConstantValue.ELLIPSIS, tokLoc(t));
            }
            case NUMBER -> {
                next();
                try {
                    return new Expr.Constant(NumberLiteral.parse(t.text()), tokLoc(t));
                } catch (NumberLiteral.TooManyDigits e) {
                    throw hard(errorAt("SyntaxError", "Exceeds the limit (" + NumberLiteral.MAX_STR_DIGITS
                            + " digits) for integer string conversion: value has " + e.digits
                            + " digits; use sys.set_int_max_str_digits() to increase the limit"
                            + " - Consider hexadecimal for huge integer literals to avoid decimal"
                            + " conversion limits.", t.line(), 0, t.endLine(), 0));
                }
            }
            case STRING -> {
                return strings();
            }
            case LPAR -> {
                return tuple_group_genexp();
            }
            case LSQB -> {
                return list_listcomp();
            }
            case LBRACE -> {
                return dict_set();
            }
            default -> throw fail();
        }
    }

    /** {@code strings: STRING+} */
    final Expr strings() {
        int from = pos;
        while (at(STRING)) pos++;
        return StringParser.concatenate(this, from, pos);
    }

    /**
     * {@code tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'},
     * {@code group: '(' (yield_expr | named_expression) ')'},
     * {@code genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'};
     * with {@code invalid_group} and {@code invalid_comprehension}.
     */
    final Expr tuple_group_genexp() {
        Token lpar = next();
        if (accept(RPAR)) return new Expr.Tuple(List.of(), Ctx.LOAD, locFrom(lpar));
        if (at(YIELD)) {
            Expr y = yield_expr();
            expect(RPAR);
            return y;
        }
        if (at(DOUBLESTAR)) {
            Token ds = peek();
            if (quiet == 0 && probe(() -> {
                next();
                expression();
                return at(RPAR) ? ds : null;
            }) != null) {
                throw atToken(ds, "cannot use double starred expression here");
            }
            throw fail();
        }
        Expr e = star_named_expression();
        if (atComprehension()) {
            starredComprehensionCheck(e);
            List<Comprehension> gens = for_if_clauses();
            expect(RPAR);
            return new Expr.GeneratorExp(e, gens, locFrom(lpar));
        }
        if (at(RPAR)) {
            next();
            if (e instanceof Expr.Starred) throw soft(() -> atNode(e, "cannot use starred expression here"));
            return e;
        }
        if (!at(COMMA)) throw fail();
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (accept(COMMA)) {
            if (!startsStarExpression(kind())) break;
            elts.add(star_named_expression());
        }
        expect(RPAR);
        return new Expr.Tuple(elts, Ctx.LOAD, locFrom(lpar));
    }

    /** {@code invalid_comprehension}: {@code [*a for ...]}. */
    private void starredComprehensionCheck(Expr e) {
        if (e instanceof Expr.Starred && quiet == 0 && probe(this::for_if_clauses) != null) {
            throw atNode(e, "iterable unpacking cannot be used in comprehension");
        }
    }

    final boolean atComprehension() {
        TokenKind k = kind();
        return k == FOR || (k == ASYNC && kind(1) == FOR);
    }

    /**
     * {@code list: '[' [star_named_expressions] ']'},
     * {@code listcomp: '[' named_expression for_if_clauses ']'}.
     */
    final Expr list_listcomp() {
        Token lsqb = next();
        if (accept(RSQB)) return new Expr.ListExpr(List.of(), Ctx.LOAD, locFrom(lsqb));
        Expr e = star_named_expression();
        if (atComprehension()) {
            starredComprehensionCheck(e);
            List<Comprehension> gens = for_if_clauses();
            expect(RSQB);
            return new Expr.ListComp(e, gens, locFrom(lsqb));
        }
        List<Expr> elts = elementsAfterFirst(e, RSQB);
        expect(RSQB);
        return new Expr.ListExpr(elts, Ctx.LOAD, locFrom(lsqb));
    }

    /** The rest of a list or set display, with "did you forget parentheses" for a comprehension. */
    private List<Expr> elementsAfterFirst(Expr first, TokenKind close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Token lastComma = null;
        while (at(COMMA)) {
            lastComma = next();
            if (!startsStarExpression(kind())) break;
            elts.add(star_named_expression());
            lastComma = null;
        }
        if (elts.size() > 1 || lastComma != null) {
            if (quiet == 0 && at(FOR) && probe(this::for_if_clauses) != null) {
                Loc end = lastComma != null ? tokLoc(lastComma) : elts.getLast().loc();
                throw soft(() -> between(first.loc(), end,
                        "did you forget parentheses around the comprehension target?"));
            }
        }
        return elts;
    }

    /**
     * {@code dict: '{' [double_starred_kvpairs] '}'}, {@code set: '{' star_named_expressions '}'},
     * {@code dictcomp: '{' kvpair for_if_clauses '}'},
     * {@code setcomp: '{' named_expression for_if_clauses '}'}; with
     * {@code invalid_double_starred_kvpairs} and {@code invalid_dict_comprehension}.
     */
    final Expr dict_set() {
        Token lb = next();
        if (accept(RBRACE)) return new Expr.Dict(List.of(), List.of(), locFrom(lb));
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (at(DOUBLESTAR)) {
            Token ds = next();
            Expr v = bitwise_or();
            if (atComprehension() && quiet == 0 && probe(() -> {
                for_if_clauses();
                return expect(RBRACE);
            }) != null) {
                throw atToken(ds, "dict unpacking cannot be used in dict comprehension");
            }
            keys.add(null);
            values.add(v);
        } else if (at(STAR)) {
            Expr e = star_named_expression();
            if (atComprehension()) starredComprehensionCheck(e);
            List<Expr> elts = elementsAfterFirst(e, RBRACE);
            expect(RBRACE);
            return new Expr.Set(elts, locFrom(lb));
        } else {
            int startIdx = pos;
            boolean walrus = kind() == NAME && kind(1) == COLONEQUAL;
            Expr k = walrus ? assignment_expression() : expression();
            if (!walrus && at(COLON)) {
                Expr v = dictValue();
                if (atComprehension()) {
                    List<Comprehension> gens = for_if_clauses();
                    expect(RBRACE);
                    return new Expr.DictComp(k, v, gens, locFrom(lb));
                }
                keys.add(k);
                values.add(v);
            } else {
                Expr e = walrus ? k : namedExpressionTail(k, startIdx);
                if (atComprehension()) {
                    List<Comprehension> gens = for_if_clauses();
                    expect(RBRACE);
                    return new Expr.SetComp(e, gens, locFrom(lb));
                }
                List<Expr> elts = elementsAfterFirst(e, RBRACE);
                expect(RBRACE);
                return new Expr.Set(elts, locFrom(lb));
            }
        }
        while (accept(COMMA)) {
            if (at(RBRACE)) break;
            if (at(DOUBLESTAR)) {
                next();
                keys.add(null);
                values.add(bitwise_or());
            } else {
                // CPython's second pass does not give the comma hint for these keys.
                Expr k = expression(false);
                if (!at(COLON)) {
                    throw soft(() -> errorAt("SyntaxError", "':' expected after dictionary key",
                            k.loc().line(), k.loc().endCol(), k.loc().endLine(), 0));
                }
                keys.add(k);
                values.add(dictValue());
            }
        }
        expect(RBRACE);
        return new Expr.Dict(keys, values, locFrom(lb));
    }

    /** After a dict key: ':' expression. */
    private Expr dictValue() {
        Token colon = next();
        if (at(STAR) && quiet == 0) {
            Token star = peek();
            if (probe(() -> {
                next();
                return bitwise_or();
            }) != null) {
                throw startingFrom(star, "cannot use a starred expression in a dictionary value");
            }
        }
        if (at(RBRACE) || at(COMMA)) {
            throw soft(() -> atToken(colon, "expression expected after dictionary key and ':'"));
        }
        return expression();
    }

    // ================================================================ comprehensions

    /** {@code for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+} */
    final List<Comprehension> for_if_clauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
            Token start = peek();
            boolean isAsync = accept(ASYNC);
            expect(FOR);
            Expr target = forTargets();
            expect(IN);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(IF)) ifs.add(disjunction());
            gens.add(new Comprehension(target, iter, ifs, isAsync, locFrom(start)));
        }
        return gens;
    }

    /**
     * The targets after 'for' (loop or comprehension), which must be followed by 'in'; with
     * {@code invalid_for_target}: {@code 'for' star_expressions} naming the bad target.
     */
    final Expr forTargets() {
        int save = pos;
        Expr t = attempt(this::star_targets);
        if (t != null && at(IN)) return t;
        pos = save;
        if (quiet == 0) {
            Expr a = probe(this::star_expressions);
            if (a != null) {
                Expr bad = Targets.invalid(a, Targets.Kind.FOR);
                if (bad != null) throw atNode(bad, "cannot assign to " + Targets.exprName(bad));
            }
        }
        if (t == null) star_targets(); // fails where the targets do
        throw fail();
    }

    /** {@code star_targets: star_target !',' | star_target (',' star_target)* [',']} */
    final Expr star_targets() {
        Token start = peek();
        Expr a = star_target();
        if (!at(COMMA)) return a;
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            if (!startsTarget(kind())) break;
            elts.add(star_target());
        }
        return new Expr.Tuple(elts, Ctx.STORE, locFrom(start));
    }

    static boolean startsTarget(TokenKind k) {
        return switch (k) {
            case STAR, NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, TRUE, FALSE, NONE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /**
     * {@code star_target: '*' (!'*' star_target) | target_with_star_atom}, the latter read
     * as a primary and converted to STORE context.
     */
    final Expr star_target() {
        if (at(STAR)) {
            Token s = next();
            if (at(STAR)) throw fail();
            Expr inner = star_target();
            return new Expr.Starred(inner, Ctx.STORE, locFrom(s));
        }
        Expr e = primary();
        Expr t = Targets.store(e);
        if (t == null) throw fail();
        return t;
    }

    // ================================================================ lambda and parameters

    /** {@code lambdef: 'lambda' [lambda_params] ':' expression} */
    final Expr lambdef() {
        Token start = next();
        Arguments args = at(COLON) ? Arguments.empty(Loc.NONE) : Parameters.params(this, true);
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, locFrom(start));
    }

    // ================================================================ yield

    /** {@code yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]} */
    final Expr yield_expr() {
        Token start = next();
        if (accept(FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(v, locFrom(start));
        }
        Expr v = startsStarExpression(kind()) ? star_expressions() : null;
        return new Expr.Yield(v, locFrom(start));
    }
}
