package org.gilvm.parser;

import org.gilvm.ast.Comprehension;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Keyword;
import org.gilvm.lexer.Token;
import org.gilvm.lexer.TokenKind;

import java.util.ArrayList;
import java.util.List;

import static org.gilvm.lexer.TokenKind.*;

/** The {@code arguments} rule of calls and class definitions. */
final class CallArguments {
    private CallArguments() {}

    /** Positional and keyword arguments; {@code genexp} is set for {@code f(x for x in y)}. */
    record Result(List<Expr> args, List<Keyword> keywords, Expr genexp) {}

    /**
     * {@code '(' [arguments] ')'} where {@code arguments: args [','] &')'}, args being
     * positional/starred arguments then keyword/double-starred ones; with
     * {@code invalid_arguments} and {@code invalid_kwarg}.
     */
    static Result arguments(ExpressionParser p, boolean allowGenexp) {
        Token lpar = p.expect(LPAR);
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (p.accept(RPAR)) return new Result(args, keywords, null);
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        String positionalAfter = null;
        int count = 0;
        for (;;) {
            Token argStart = p.peek();
            TokenKind k = argStart.kind();
            if (k == STAR) {
                if (seenDoubleStar) {
                    throw p.soft(() -> p.atToken(argStart,
                            "iterable argument unpacking follows keyword argument unpacking"));
                }
                p.next();
                Expr v = p.expression();
                args.add(new Expr.Starred(v, Ctx.LOAD, p.locFrom(argStart)));
            } else if (k == DOUBLESTAR) {
                p.next();
                Expr v = p.expression();
                keywords.add(new Keyword(null, v, p.locFrom(argStart)));
                seenDoubleStar = true;
            } else if (k == NAME && p.kind(1) == EQUAL) {
                p.next();
                Token eq = p.next();
                Expr v = p.expression();
                if (p.at(FOR) || (p.at(ASYNC) && p.kind(1) == FOR)) {
                    throw p.soft(() -> p.between(ParserBase.tokLoc(argStart), ParserBase.tokLoc(eq),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
                }
                keywords.add(new Keyword(argStart.text(), v, p.locFrom(argStart)));
                seenKeyword = true;
            } else {
                int argIdx = p.pos;
                int savedMax = p.maxPeek;
                Expr v;
                try {
                    if (k == NAME && p.kind(1) == COLONEQUAL) v = p.assignment_expression();
                    else {
                        v = p.expression();
                        if (p.at(COLONEQUAL)) throw ParserBase.fail();
                    }
                } catch (ParserBase.Backtrack b) {
                    // After keyword arguments CPython's first pass only tries keyword forms
                    // here, so it never read further than this argument's first tokens.
                    if (seenKeyword || seenDoubleStar) p.maxPeek = Math.max(savedMax, argIdx + (k == NAME ? 1 : 0));
                    throw b;
                }
                // Only a first argument can start CPython's "primary genexp"; later ones are
                // checked by its second pass.
                if (count == 0 ? p.atComprehension() : p.at(FOR)) {
                    if (!allowGenexp && count == 0) throw ParserBase.fail();
                    List<Comprehension> gens = p.for_if_clauses();
                    if (count == 0) {
                        if (p.at(RPAR) && allowGenexp) {
                            p.next();
                            return new Result(args, keywords, new Expr.GeneratorExp(v, gens, p.locFrom(lpar)));
                        }
                        if (!p.at(COMMA)) throw ParserBase.fail();
                        p.kind(1); // CPython's rule goes on to try more arguments
                    }
                    Comprehension lastGen = gens.getLast();
                    Expr lastItem = lastGen.ifs().isEmpty() ? lastGen.iter() : lastGen.ifs().getLast();
                    throw p.soft(() -> p.between(v.loc(), lastItem.loc(), "Generator expression must be parenthesized"));
                }
                if (p.at(EQUAL)) {
                    Token eq = p.peek();
                    if (k == TRUE || k == FALSE || k == NONE) {
                        throw p.soft(() -> p.between(ParserBase.tokLoc(argStart), ParserBase.tokLoc(eq), "cannot assign to " + argStart.text()));
                    }
                    throw p.soft(() -> p.between(v.loc(), ParserBase.tokLoc(eq),
                            "expression cannot contain assignment, perhaps you meant \"==\"?"));
                }
                if ((seenKeyword || seenDoubleStar) && positionalAfter == null) {
                    // CPython reports this after reading the rest of the arguments.
                    positionalAfter = seenDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                args.add(v);
            }
            count++;
            if (!p.accept(COMMA)) break;
            if (p.at(RPAR)) break;
        }
        if (positionalAfter != null) {
            String msg = positionalAfter;
            throw p.soft(() -> p.atLastToken(msg));
        }
        p.expect(RPAR);
        return new Result(args, keywords, null);
    }
}
