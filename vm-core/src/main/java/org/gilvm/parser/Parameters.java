package org.gilvm.parser;

import org.gilvm.ast.Arg;
import org.gilvm.ast.Arguments;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.lexer.Token;
import org.gilvm.lexer.TokenKind;

import java.util.ArrayList;
import java.util.List;

import static org.gilvm.lexer.TokenKind.*;

/** Parameter lists of {@code def} and {@code lambda}. */
final class Parameters {
    private Parameters() {}

    /**
     * {@code params} / {@code lambda_params}: positional-only parameters before '/', then
     * positional-or-keyword ones, '*' or '*args', keyword-only ones, '**kwargs'; with the
     * checks of {@code invalid_parameters}, {@code invalid_star_etc} and {@code invalid_kwds}.
     * Stops before ')' (or ':' for a lambda).
     */
    static Arguments params(ExpressionParser p, boolean lambda) {
        TokenKind close = lambda ? COLON : RPAR;
        Token start = p.peek();
        int startPos = p.pos;
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean slash = false;
        boolean star = false;
        for (;;) {
            Token t = p.peek();
            if (t.kind() == close) break;
            if (kwarg != null) {
                if (t.kind() == NAME || t.kind() == STAR || t.kind() == DOUBLESTAR || t.kind() == SLASH) {
                    throw p.soft(() -> p.atToken(t, "arguments cannot follow var-keyword argument"));
                }
                throw ParserBase.fail();
            }
            switch (t.kind()) {
                case SLASH -> {
                    if (star) throw p.soft(() -> p.atToken(t, "/ must be ahead of *"));
                    if (slash) throw p.soft(() -> p.atToken(t, "/ may appear only once"));
                    if (args.isEmpty()) {
                        if (p.kindUntracked(1) == COMMA) {
                            throw p.soft(() -> p.atToken(t, "at least one argument must precede /"));
                        }
                        throw ParserBase.fail();
                    }
                    p.next();
                    slash = true;
                    posonly.addAll(args);
                    args.clear();
                    if (p.at(STAR)) {
                        Token st = p.peek();
                        throw p.soft(() -> p.atToken(st, "expected comma between / and *"));
                    }
                }
                case STAR -> {
                    if (star) throw p.soft(() -> p.atToken(t, "* argument may appear only once"));
                    p.next();
                    star = true;
                    TokenKind k = p.kind();
                    if (k == close || (k == COMMA && (p.kind(1) == close || p.kind(1) == DOUBLESTAR))) {
                        throw p.soft(() -> lambda ? p.atLastToken("named arguments must follow bare *")
                                : p.atToken(t, "named arguments must follow bare *"));
                    }
                    if (k != COMMA) {
                        vararg = param(p, lambda, true);
                        if (p.at(EQUAL)) {
                            Token eq = p.peek();
                            throw p.soft(() -> p.atToken(eq, "var-positional argument cannot have default value"));
                        }
                    }
                }
                case DOUBLESTAR -> {
                    p.next();
                    kwarg = param(p, lambda, false);
                    if (p.at(EQUAL)) {
                        Token eq = p.peek();
                        throw p.soft(() -> p.atToken(eq, "var-keyword argument cannot have default value"));
                    }
                }
                case NAME -> {
                    Arg a = param(p, lambda, false);
                    Expr d = null;
                    if (p.at(EQUAL)) {
                        Token eq = p.next();
                        if (p.at(COMMA) || p.at(close)) {
                            throw p.soft(() -> p.atToken(eq, "expected default value expression"));
                        }
                        d = p.expression();
                    }
                    if (star) {
                        kwonly.add(a);
                        kwDefaults.add(d);
                    } else {
                        if (d != null) defaults.add(d);
                        else if (!defaults.isEmpty()) {
                            throw p.soft(() -> p.atNode(a, "non-default argument follows default argument"));
                        }
                        args.add(a);
                    }
                }
                case LPAR -> {
                    if (p.quiet == 0 && posonly.isEmpty() && !slash && !star && defaults.isEmpty()) {
                        Token rpar = p.probe(() -> {
                            p.next();
                            for (;;) {
                                p.expect(NAME);
                                if (!lambda && p.accept(COLON)) p.expression();
                                if (!p.accept(COMMA) || p.at(RPAR)) break;
                            }
                            return p.expect(RPAR);
                        });
                        if (rpar != null) {
                            throw p.between(ParserBase.tokLoc(t), ParserBase.tokLoc(rpar), lambda
                                    ? "Lambda expression parameters cannot be parenthesized"
                                    : "Function parameters cannot be parenthesized");
                        }
                    }
                    throw ParserBase.fail();
                }
                default -> throw ParserBase.fail();
            }
            if (!p.accept(COMMA)) break;
        }
        if (!p.at(close)) throw ParserBase.fail();
        Loc loc = p.pos > startPos ? p.locFrom(start) : Loc.NONE;
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults, loc);
    }

    /**
     * {@code param: NAME annotation?} ({@code lambda_param: NAME}); after '*' the annotation
     * may be starred ({@code *args: *Ts}).
     */
    private static Arg param(ExpressionParser p, boolean lambda, boolean starAnnotation) {
        Token name = p.expect(NAME);
        Expr annotation = null;
        if (!lambda && p.accept(COLON)) annotation = starAnnotation ? p.star_expression() : p.expression();
        return new Arg(name.text(), annotation, p.locFrom(name));
    }
}
