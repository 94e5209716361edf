package org.gilvm.parser;

import org.gilvm.ast.Alias;
import org.gilvm.ast.Arguments;
import org.gilvm.ast.ExceptHandler;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Mod;
import org.gilvm.ast.Operator;
import org.gilvm.ast.Stmt;
import org.gilvm.ast.WithItem;
import org.gilvm.lexer.Source;
import org.gilvm.lexer.Token;
import org.gilvm.lexer.TokenKind;
import org.gilvm.lexer.TokenList;

import java.util.ArrayList;
import java.util.List;

import static org.gilvm.lexer.TokenKind.*;

/** Statements of CPython 3.11's {@code Grammar/python.gram}, one method per rule. */
final class StatementParser extends ExpressionParser {

    StatementParser(Source src, TokenList tokenList) {
        super(src, tokenList.tokens().toArray(new Token[0]), tokenList, null);
    }

    /** Parses the file, turning failures into the error CPython would report. */
    Mod parseFile() {
        try {
            return file();
        } catch (Backtrack b) {
            throw finalError(genericError());
        } catch (ParseError e) {
            throw finalError(e);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    // ================================================================ structure

    /** {@code file: [statements] ENDMARKER} */
    Mod file() {
        List<Stmt> body = statements();
        expect(ENDMARKER);
        Loc loc = body.isEmpty() ? Loc.NONE : Loc.span(body.getFirst().loc(), body.getLast().loc());
        return new Mod(body, loc);
    }

    /** {@code statements: statement+} (up to the end of the block or file) */
    List<Stmt> statements() {
        List<Stmt> out = new ArrayList<>();
        for (;;) {
            TokenKind k = kind();
            if (k == ENDMARKER || k == DEDENT) return out;
            statement(out);
        }
    }

    /** {@code statement: compound_stmt | simple_stmts} */
    void statement(List<Stmt> out) {
        Stmt c = compound_stmt();
        if (c != null) out.add(c);
        else simple_stmts(out);
    }

    /** {@code simple_stmts: ';'.simple_stmt+ [';'] NEWLINE} */
    void simple_stmts(List<Stmt> out) {
        for (;;) {
            int stmtIdx = pos;
            Stmt s;
            try {
                s = simple_stmt();
            } catch (Backtrack b) {
                unsupportedMatch(stmtIdx);
                recheckTargets(stmtIdx);
                throw b;
            }
            out.add(s);
            if (accept(SEMI)) {
                if (at(NEWLINE)) break;
                continue;
            }
            if (!at(NEWLINE)) {
                // A complete assignment means CPython's assignment rule matched, so its
                // invalid_assignment alternative is never tried.
                if (!(s instanceof Stmt.Assign || s instanceof Stmt.AnnAssign || s instanceof Stmt.AugAssign)) {
                    unsupportedMatch(stmtIdx);
                    recheckTargets(stmtIdx);
                }
                throw fail();
            }
            break;
        }
        next();
    }

    /**
     * A statement that failed to parse but reads as {@code match subject: NEWLINE INDENT case}
     * gets a clear message rather than "invalid syntax" (the match statement is not supported).
     */
    private void unsupportedMatch(int stmtIdx) {
        Token first = toks[stmtIdx];
        if (quiet > 0 || first.kind() != NAME || !first.text().equals("match")) return;
        int save = pos;
        pos = stmtIdx;
        try {
            Boolean isMatch = probe(() -> {
                next();
                star_named_expression();
                while (accept(COMMA)) {
                    if (!startsStarExpression(kind())) break;
                    star_named_expression();
                }
                expect(COLON);
                expect(NEWLINE);
                expect(INDENT);
                return at(NAME) && peek().text().equals("case");
            });
            if (Boolean.TRUE.equals(isMatch)) {
                throw atToken(first, "the match statement is not supported");
            }
        } finally {
            pos = save;
        }
    }

    /**
     * CPython's second pass tries {@code invalid_assignment} on every failing simple
     * statement; its {@code star_named_expression ',' star_named_expressions*} reads the
     * statement's leading expressions with the "Maybe you meant '=='" checks on. This re-reads
     * them so those checks can fire; it does nothing if none does.
     */
    private void recheckTargets(int stmtIdx) {
        if (quiet > 0 || !startsStarExpression(toks[stmtIdx].kind())) return;
        int save = pos;
        pos = stmtIdx;
        try {
            probe(() -> {
                star_named_expression();
                if (!accept(COMMA)) return null;
                while (startsStarExpression(kind())) {
                    star_named_expression();
                    accept(COMMA);
                }
                return null;
            });
        } finally {
            pos = save;
        }
    }

    /**
     * {@code block: NEWLINE INDENT statements DEDENT | simple_stmts}, with the
     * "expected an indented block after ..." IndentationError of the statement's invalid rule.
     */
    List<Stmt> block(String what, int line) {
        if (at(NEWLINE)) {
            next();
            if (!at(INDENT)) {
                throw atLastToken("IndentationError", "expected an indented block after " + what
                        + " on line " + line);
            }
            next();
            List<Stmt> body = statements();
            expect(DEDENT);
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simple_stmts(body);
        return body;
    }

    /** ':' where CPython's invalid rule says "expected ':'" if a NEWLINE comes instead. */
    private void colon() {
        if (accept(COLON)) return;
        if (at(NEWLINE)) throw atLastToken("expected ':'");
        throw fail();
    }

    /** A forced token {@code &&':'}: anything else is an immediate "expected ':'". */
    private void forcedColon() {
        if (accept(COLON)) return;
        throw hard(atToken(peek(), "expected ':'"));
    }

    // ================================================================ simple statements

    /**
     * {@code simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt
     * | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt
     * | nonlocal_stmt}
     */
    Stmt simple_stmt() {
        Token t = peek();
        switch (t.kind()) {
            case PASS -> {
                next();
                return new Stmt.Pass(tokLoc(t));
            }
            case BREAK -> {
                next();
                return new Stmt.Break(tokLoc(t));
            }
            case CONTINUE -> {
                next();
                return new Stmt.Continue(tokLoc(t));
            }
            case RETURN -> {
                return return_stmt();
            }
            case IMPORT -> {
                return import_name();
            }
            case FROM -> {
                return import_from();
            }
            case RAISE -> {
                return raise_stmt();
            }
            case DEL -> {
                return del_stmt();
            }
            case ASSERT -> {
                return assert_stmt();
            }
            case GLOBAL, NONLOCAL -> {
                return global_nonlocal_stmt();
            }
            default -> {
                return assignment();
            }
        }
    }

    /**
     * {@code assignment}, or an expression statement ({@code star_expressions},
     * {@code yield_stmt}): the first part is parsed as an expression and turned into a target
     * once '=', ':' or an augmented operator shows what it is.
     */
    Stmt assignment() {
        int startIdx = pos;
        Token start = peek();
        Expr first = at(YIELD) ? yield_expr() : star_expressions();
        boolean bare = first == lastBareTuple;
        TokenKind k = kind();
        if (k == COLON) return annotated(first, bare, start);
        if (k == EQUAL) return assign(first, startIdx, start);
        Operator op = augassign(k);
        if (op != null) return augmented(first, bare, op, start);
        return new Stmt.ExprStmt(first, locFrom(start));
    }

    /** {@code (star_targets '=')+ (yield_expr | star_expressions)}, with {@code invalid_assignment}. */
    private Stmt assign(Expr first, int startIdx, Token start) {
        List<Expr> targets = new ArrayList<>();
        Expr cur = first;
        int curIdx = startIdx;
        while (at(EQUAL)) {
            Expr t = Targets.store(cur);
            if (t == null) throw invalidAssignment(cur, curIdx, startIdx);
            targets.add(t);
            next();
            curIdx = pos;
            cur = at(YIELD) ? yield_expr() : star_expressions();
        }
        return new Stmt.Assign(targets, cur, locFrom(start));
    }

    private RuntimeException invalidAssignment(Expr target, int targetIdx, int stmtIdx) {
        recheckTargets(stmtIdx);
        if ((target instanceof Expr.Yield || target instanceof Expr.YieldFrom) && toks[targetIdx].kind() == YIELD) {
            return atNode(target, "assignment to yield expression not possible");
        }
        Expr bad = Targets.invalid(target, Targets.Kind.STAR);
        if (bad == null) return fail();
        return atNode(bad, "cannot assign to " + Targets.exprName(bad));
    }

    /** {@code target ':' expression ['=' annotated_rhs]}, with {@code invalid_assignment}'s checks. */
    private Stmt annotated(Expr first, boolean bare, Token start) {
        Expr target = null;
        boolean simple = false;
        if (!bare) {
            if (first instanceof Expr.Name) {
                simple = start.kind() == NAME;
                target = Targets.store(first);
            } else if (first instanceof Expr.Attribute || first instanceof Expr.Subscript) {
                target = Targets.store(first);
            }
        }
        if (target == null) {
            // invalid_assignment needs ': expression' to parse; if it does not, the error is the
            // first pass's, which never read past the ':'.
            if (probe(() -> {
                next();
                return expression();
            }) == null) {
                throw fail();
            }
            if (bare) {
                throw atNode(((Expr.Tuple) first).elts().getFirst(), "only single target (not tuple) can be annotated");
            }
            if (first instanceof Expr.ListExpr || first instanceof Expr.Tuple) {
                throw atNode(first, "only single target (not " + Targets.exprName(first) + ") can be annotated");
            }
            throw atNode(first, "illegal target for annotation");
        }
        next();
        Expr annotation = expression();
        Expr value = null;
        if (accept(EQUAL)) value = at(YIELD) ? yield_expr() : star_expressions();
        return new Stmt.AnnAssign(target, annotation, value, simple, locFrom(start));
    }

    /** {@code single_target augassign ~ (yield_expr | star_expressions)} */
    private Stmt augmented(Expr first, boolean bare, Operator op, Token start) {
        int opIdx = pos;
        next();
        boolean ok = !bare && (first instanceof Expr.Name || first instanceof Expr.Attribute
                || first instanceof Expr.Subscript);
        if (!ok) {
            Expr rhs = probe(() -> at(YIELD) ? yield_expr() : star_expressions());
            if (rhs == null) {
                maxPeek = opIdx; // CPython's first pass never read past the operator
                throw fail();
            }
            throw atNode(first, "'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment");
        }
        Expr value = at(YIELD) ? yield_expr() : star_expressions();
        return new Stmt.AugAssign(Targets.store(first), op, value, locFrom(start));
    }

    /** {@code augassign: '+=' | '-=' | ...} */
    private static Operator augassign(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MULT;
            case ATEQUAL -> Operator.MATMUL;
            case SLASHEQUAL -> Operator.DIV;
            case PERCENTEQUAL -> Operator.MOD;
            case AMPEREQUAL -> Operator.BITAND;
            case VBAREQUAL -> Operator.BITOR;
            case CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case DOUBLESTAREQUAL -> Operator.POW;
            case DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            default -> null;
        };
    }

    /** {@code return_stmt: 'return' [star_expressions]} */
    Stmt return_stmt() {
        Token start = next();
        Expr v = startsStarExpression(kind()) ? star_expressions() : null;
        return new Stmt.Return(v, locFrom(start));
    }

    /** {@code raise_stmt: 'raise' expression ['from' expression] | 'raise'} */
    Stmt raise_stmt() {
        Token start = next();
        Expr exc = null;
        Expr cause = null;
        if (startsExpression(kind())) {
            exc = expression();
            if (accept(FROM)) cause = expression();
        }
        return new Stmt.Raise(exc, cause, locFrom(start));
    }

    /** {@code assert_stmt: 'assert' expression [',' expression]} */
    Stmt assert_stmt() {
        Token start = next();
        Expr test = expression();
        Expr msg = accept(COMMA) ? expression() : null;
        return new Stmt.Assert(test, msg, locFrom(start));
    }

    /** {@code global_stmt: 'global' ','.NAME+} and {@code nonlocal_stmt: 'nonlocal' ','.NAME+} */
    Stmt global_nonlocal_stmt() {
        Token start = next();
        List<String> names = new ArrayList<>();
        names.add(expect(NAME).text());
        while (accept(COMMA)) names.add(expect(NAME).text());
        return start.kind() == GLOBAL ? new Stmt.Global(names, locFrom(start))
                : new Stmt.Nonlocal(names, locFrom(start));
    }

    /** {@code del_stmt: 'del' del_targets &(';' | NEWLINE)}, with {@code invalid_del_stmt}. */
    Stmt del_stmt() {
        Token start = next();
        int save = pos;
        List<Expr> targets = attempt(() -> {
            List<Expr> ts = new ArrayList<>();
            for (;;) {
                ts.add(del_target());
                if (!accept(COMMA) || !startsTarget(kind())) break;
            }
            if (!at(SEMI) && !at(NEWLINE)) throw fail();
            return ts;
        });
        if (targets != null) return new Stmt.Delete(targets, locFrom(start));
        // invalid_del_stmt: 'del' star_expressions, naming what cannot be deleted.
        pos = save;
        if (quiet == 0) {
            Expr e = probe(this::star_expressions);
            if (e != null) {
                Expr bad = Targets.invalid(e, Targets.Kind.DEL);
                if (bad != null) throw atNode(bad, "cannot delete " + Targets.exprName(bad));
            }
        }
        throw fail();
    }

    /** {@code del_target}: a primary converted to DEL context. */
    private Expr del_target() {
        Expr t = Targets.del(primary());
        if (t == null) throw fail();
        return t;
    }

    /** {@code import_name: 'import' dotted_as_names} */
    Stmt import_name() {
        Token start = next();
        List<Alias> names = new ArrayList<>();
        names.add(dotted_as_name());
        while (accept(COMMA)) names.add(dotted_as_name());
        return new Stmt.Import(names, locFrom(start));
    }

    /** {@code dotted_as_name: dotted_name ['as' NAME]} */
    private Alias dotted_as_name() {
        Token start = peek();
        String name = dotted_name();
        String as = accept(AS) ? expect(NAME).text() : null;
        return new Alias(name, as, locFrom(start));
    }

    /** {@code dotted_name: dotted_name '.' NAME | NAME} */
    private String dotted_name() {
        String first = expect(NAME).text();
        if (!at(DOT)) return first;
        StringBuilder sb = new StringBuilder(first);
        while (accept(DOT)) sb.append('.').append(expect(NAME).text());
        return sb.toString();
    }

    /**
     * {@code import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
     * | 'from' ('.' | '...')+ 'import' import_from_targets}
     */
    Stmt import_from() {
        Token start = next();
        int level = 0;
        for (;;) {
            if (accept(DOT)) level++;
            else if (accept(ELLIPSIS)) level += 3;
            else break;
        }
        String module = level == 0 || !at(IMPORT) ? dotted_name() : null;
        expect(IMPORT);
        List<Alias> names;
        if (at(STAR)) {
            Token star = next();
            names = List.of(new Alias("*", null, tokLoc(star)));
        } else if (accept(LPAR)) {
            names = import_from_as_names(true);
            expect(RPAR);
        } else {
            names = import_from_as_names(false);
        }
        return new Stmt.ImportFrom(module, names, level, locFrom(start));
    }

    /** {@code import_from_as_names: ','.import_from_as_name+}, with a trailing comma in parentheses. */
    private List<Alias> import_from_as_names(boolean parenthesized) {
        List<Alias> names = new ArrayList<>();
        names.add(import_from_as_name());
        while (at(COMMA)) {
            TokenKind after = kind(1);
            if (parenthesized && after == RPAR) {
                next();
                break;
            }
            if (!parenthesized && after == NEWLINE) {
                next();
                throw atLastToken("trailing comma not allowed without surrounding parentheses");
            }
            next();
            names.add(import_from_as_name());
        }
        return names;
    }

    /** {@code import_from_as_name: NAME ['as' NAME]} */
    private Alias import_from_as_name() {
        Token start = expect(NAME);
        String as = accept(AS) ? expect(NAME).text() : null;
        return new Alias(start.text(), as, locFrom(start));
    }

    // ================================================================ compound statements

    /**
     * {@code compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt
     * | try_stmt | while_stmt}; null if none starts here ({@code match} is not supported).
     */
    Stmt compound_stmt() {
        switch (kind()) {
            case DEF -> {
                return function_def(List.of());
            }
            case AT -> {
                return decorated();
            }
            case IF -> {
                return if_stmt();
            }
            case CLASS -> {
                return class_def(List.of());
            }
            case WITH -> {
                return with_stmt();
            }
            case FOR -> {
                return for_stmt();
            }
            case TRY -> {
                return try_stmt();
            }
            case WHILE -> {
                return while_stmt();
            }
            case ASYNC -> {
                return switch (kind(1)) {
                    case DEF -> function_def(List.of());
                    case WITH -> with_stmt();
                    case FOR -> for_stmt();
                    default -> null;
                };
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code decorators: ('@' named_expression NEWLINE)+} then a function or class. */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(named_expression());
            expect(NEWLINE);
        }
        if (at(DEF) || (at(ASYNC) && kind(1) == DEF)) return function_def(decorators);
        if (at(CLASS)) return class_def(decorators);
        throw fail();
    }

    /**
     * {@code function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':'
     * block}
     */
    Stmt function_def(List<Expr> decorators) {
        Token start = peek();
        boolean isAsync = accept(ASYNC);
        Token def = expect(DEF);
        Token name = expect(NAME);
        if (!at(LPAR)) throw hard(atToken(peek(), "expected '('"));
        next();
        Arguments args = at(RPAR) ? Arguments.empty(Loc.NONE) : Parameters.params(this, false);
        expect(RPAR);
        Expr returns = null;
        if (at(RARROW)) {
            // An optional group: if the annotation does not parse, CPython backs off to the
            // arrow and then fails on the forced ':' there.
            returns = attempt(() -> {
                next();
                return expression();
            });
        }
        forcedColon();
        List<Stmt> body = block("function definition", def.line());
        return new Stmt.FunctionDef(name.text(), args, body, decorators, returns, isAsync, locFrom(start));
    }

    /** {@code class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block} */
    Stmt class_def(List<Expr> decorators) {
        Token start = next();
        Token name = expect(NAME);
        List<Expr> bases = List.of();
        List<org.gilvm.ast.Keyword> keywords = List.of();
        if (at(LPAR)) {
            CallArguments.Result a = CallArguments.arguments(this, false);
            bases = a.args();
            keywords = a.keywords();
        }
        colon();
        List<Stmt> body = block("class definition", start.line());
        return new Stmt.ClassDef(name.text(), bases, keywords, body, decorators, locFrom(start));
    }

    /** {@code if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])}; also elif_stmt. */
    Stmt if_stmt() {
        Token start = next();
        Expr test = named_expression();
        colon();
        String what = start.kind() == IF ? "'if' statement" : "'elif' statement";
        List<Stmt> body = block(what, start.line());
        List<Stmt> orelse;
        if (at(ELIF)) orelse = List.of(if_stmt());
        else if (at(ELSE)) orelse = else_block();
        else orelse = List.of();
        return new Stmt.If(test, body, orelse, locFrom(start));
    }

    /** {@code else_block: 'else' &&':' block} */
    List<Stmt> else_block() {
        Token start = next();
        forcedColon();
        return block("'else' statement", start.line());
    }

    /** {@code while_stmt: 'while' named_expression ':' block [else_block]} */
    Stmt while_stmt() {
        Token start = next();
        Expr test = named_expression();
        colon();
        List<Stmt> body = block("'while' statement", start.line());
        List<Stmt> orelse = at(ELSE) ? else_block() : List.of();
        return new Stmt.While(test, body, orelse, locFrom(start));
    }

    /** {@code for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]} */
    Stmt for_stmt() {
        Token start = peek();
        boolean isAsync = accept(ASYNC);
        Token kw = expect(FOR);
        Expr target = forTargets();
        expect(IN);
        Expr iter = star_expressions();
        colon();
        List<Stmt> body = block("'for' statement", kw.line());
        List<Stmt> orelse = at(ELSE) ? else_block() : List.of();
        return new Stmt.For(target, iter, body, orelse, isAsync, locFrom(start));
    }

    /**
     * {@code with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
     * | [ASYNC] 'with' ','.with_item+ ':' block}
     */
    Stmt with_stmt() {
        Token start = peek();
        boolean isAsync = accept(ASYNC);
        Token kw = expect(WITH);
        List<WithItem> items = null;
        int itemsIdx = pos;
        if (at(LPAR)) {
            // The parenthesized form is tried first; "with (a, b) as c:" falls back to an
            // expression in parentheses.
            items = attempt(this::parenthesizedWithItems);
        }
        if (items == null) {
            try {
                items = new ArrayList<>();
                items.add(with_item());
                while (accept(COMMA)) items.add(with_item());
            } catch (Backtrack b) {
                // CPython's second pass tries the parenthesized form first: let its checks speak.
                if (toks[itemsIdx].kind() == LPAR && quiet == 0) {
                    int save = pos;
                    pos = itemsIdx;
                    try {
                        probe(this::parenthesizedWithItems);
                    } finally {
                        pos = save;
                    }
                }
                throw b;
            }
        }
        colon();
        List<Stmt> body = block("'with' statement", kw.line());
        return new Stmt.With(items, body, isAsync, locFrom(start));
    }

    /** {@code '(' ','.with_item+ ','? ')'} followed by ':'. */
    private List<WithItem> parenthesizedWithItems() {
        next();
        List<WithItem> its = new ArrayList<>();
        its.add(with_item());
        while (accept(COMMA)) {
            if (at(RPAR)) break;
            its.add(with_item());
        }
        expect(RPAR);
        if (at(NEWLINE) && quiet == 0) throw atLastToken("expected ':'");
        if (!at(COLON)) throw fail();
        return its;
    }

    /**
     * {@code with_item: expression 'as' star_target &(',' | ')' | ':') | expression}, with
     * {@code invalid_with_item}.
     */
    private WithItem with_item() {
        Expr e = expression();
        if (!at(AS)) return new WithItem(e, null, e.loc());
        next();
        int targetIdx = pos;
        Expr t = attempt(this::star_target);
        if (t != null && (at(COMMA) || at(RPAR) || at(COLON))) return new WithItem(e, t, e.loc());
        if (t != null && at(NEWLINE) && quiet == 0) throw atLastToken("expected ':'");
        pos = targetIdx;
        if (quiet == 0) {
            Expr a = probe(() -> {
                Expr x = expression();
                if (!at(COMMA) && !at(RPAR) && !at(COLON)) throw fail();
                return x;
            });
            if (a != null) {
                Expr bad = Targets.invalid(a, Targets.Kind.STAR);
                if (bad != null) throw atNode(bad, "cannot assign to " + Targets.exprName(bad));
            }
        }
        if (t == null) star_target();
        throw fail();
    }

    /**
     * {@code try_stmt: 'try' &&':' block finally_block
     * | 'try' &&':' block except_block+ [else_block] [finally_block]}
     */
    Stmt try_stmt() {
        Token start = next();
        forcedColon();
        List<Stmt> body = block("'try' statement", start.line());
        List<ExceptHandler> handlers = new ArrayList<>();
        while (at(EXCEPT)) handlers.add(except_block());
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (handlers.isEmpty()) {
            if (!at(FINALLY)) throw atLastToken("expected 'except' or 'finally' block");
            finalbody = finally_block();
        } else {
            if (at(ELSE)) orelse = else_block();
            if (at(FINALLY)) finalbody = finally_block();
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, locFrom(start));
    }

    /** {@code except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block} */
    private ExceptHandler except_block() {
        Token start = next();
        if (at(STAR)) throw atToken(peek(), "'except*' is not supported");
        Expr type = null;
        String name = null;
        if (!accept(COLON)) {
            if (at(NEWLINE)) throw atLastToken("expected ':'");
            type = expression();
            if (at(COMMA)) {
                // except A, B: -- Python 2 syntax
                Expr t = type;
                boolean matches = probe(() -> {
                    next();
                    expressions();
                    if (accept(AS)) expect(NAME);
                    expect(COLON);
                    return Boolean.TRUE;
                }) != null;
                if (matches) throw multipleExceptionTypes(t);
            }
            if (accept(AS)) name = expect(NAME).text();
            colon();
        }
        List<Stmt> body = block("'except' statement", start.line());
        return new ExceptHandler(type, name, body, locFrom(start));
    }

    /** "except A, B:" -- CPython reports from A to the ':' it read. */
    private ParseError multipleExceptionTypes(Expr type) {
        int i = pos;
        int depth = 0;
        while (i < toks.length - 1) {
            TokenKind k = toks[i].kind();
            if (k == LPAR || k == LSQB || k == LBRACE) depth++;
            else if (k == RPAR || k == RSQB || k == RBRACE) depth--;
            else if (k == COLON && depth == 0) break;
            i++;
        }
        Token colonTok = toks[i];
        Loc l = type.loc();
        return errorAt("SyntaxError", "multiple exception types must be parenthesized", l.line(), l.col() + 1,
                colonTok.endLine(), colonTok.endCol());
    }

    /** {@code finally_block: 'finally' &&':' block} */
    private List<Stmt> finally_block() {
        Token start = next();
        forcedColon();
        return block("'finally' statement", start.line());
    }
}
