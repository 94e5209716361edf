package org.gilvm.parser;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.gilvm.parser.Dumps.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Expression shapes. Expected dumps were produced from CPython 3.11's {@code ast.parse(src,
 * mode='eval')} rendered in {@link AstDump}'s format.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExpressionParserTest {

    @Test
    void arithmetic_follows_python_precedence() {
        assertEquals("BinOp(Name('a', LOAD), ADD, BinOp(Name('b', LOAD), MULT, Name('c', LOAD)))",
                expr("a + b * c"));
        assertEquals("BinOp(BinOp(Name('a', LOAD), ADD, Name('b', LOAD)), MULT, Name('c', LOAD))",
                expr("(a + b) * c"));
        assertEquals("BinOp(BinOp(Name('a', LOAD), SUB, Name('b', LOAD)), SUB, Name('c', LOAD))",
                expr("a - b - c"));
        assertEquals("BinOp(BinOp(BinOp(BinOp(Name('a', LOAD), DIV, Name('b', LOAD)), FLOORDIV, Name('c', LOAD)), MOD, Name('d', LOAD)), MATMUL, Name('e', LOAD))",
                expr("a / b // c % d @ e"));
        assertEquals("BinOp(Name('a', LOAD), LSHIFT, BinOp(Name('b', LOAD), ADD, Name('c', LOAD)))",
                expr("a << b + c"));
        assertEquals("BinOp(BinOp(Name('a', LOAD), BITAND, Name('b', LOAD)), BITOR, BinOp(Name('c', LOAD), BITXOR, Name('d', LOAD)))",
                expr("a & b | c ^ d"));
        assertEquals("BinOp(Name('a', LOAD), BITOR, BinOp(Name('b', LOAD), BITAND, Name('c', LOAD)))",
                expr("a | b & c"));
    }

    @Test
    void power_is_right_associative_and_binds_tighter_than_a_unary_minus_on_its_left() {
        assertEquals("UnaryOp(USUB, BinOp(Constant(2), POW, Constant(2)))",
                expr("-2 ** 2"));
        assertEquals("BinOp(Constant(2), POW, BinOp(Constant(3), POW, Constant(2)))",
                expr("2 ** 3 ** 2"));
        assertEquals("BinOp(Constant(2), POW, UnaryOp(USUB, Constant(1)))",
                expr("2 ** -1"));
        assertEquals("UnaryOp(USUB, BinOp(Name('a', LOAD), POW, UnaryOp(USUB, Name('b', LOAD))))",
                expr("-a ** -b"));
        assertEquals("BinOp(UnaryOp(INVERT, Name('x', LOAD)), ADD, UnaryOp(UADD, Name('y', LOAD)))",
                expr("~x + +y"));
        assertEquals("BinOp(Await(Name('x', LOAD)), POW, Constant(2))",
                expr("await x ** 2"));
    }

    @Test
    void boolean_operators_group_and_flatten() {
        assertEquals("BoolOp(false, [Name('a', LOAD), Name('b', LOAD), Name('c', LOAD)])",
                expr("a or b or c"));
        assertEquals("BoolOp(false, [BoolOp(true, [Name('a', LOAD), Name('b', LOAD)]), BoolOp(true, [Name('c', LOAD), Name('d', LOAD)])])",
                expr("a and b or c and d"));
        assertEquals("BoolOp(true, [UnaryOp(NOT, Name('a', LOAD)), UnaryOp(NOT, Name('b', LOAD))])",
                expr("not a and not b"));
        assertEquals("UnaryOp(NOT, UnaryOp(NOT, Name('a', LOAD)))",
                expr("not not a"));
    }

    @Test
    void comparisons_chain_including_not_in_and_is_not() {
        assertEquals("Compare(Name('a', LOAD), [LT, LTE], [Name('b', LOAD), Name('c', LOAD)])",
                expr("a < b <= c"));
        assertEquals("Compare(Name('a', LOAD), [EQ, NOTEQ, GT, GTE], [Name('b', LOAD), Name('c', LOAD), Name('d', LOAD), Name('e', LOAD)])",
                expr("a == b != c > d >= e"));
        assertEquals("Compare(Name('a', LOAD), [IN, NOTIN], [Name('b', LOAD), Name('c', LOAD)])",
                expr("a in b not in c"));
        assertEquals("Compare(Name('a', LOAD), [IS, ISNOT], [Name('b', LOAD), Name('c', LOAD)])",
                expr("a is b is not c"));
        assertEquals("UnaryOp(NOT, Compare(Name('a', LOAD), [IN], [Name('b', LOAD)]))",
                expr("not a in b"));
    }

    @Test
    void conditional_expressions_and_lambdas_nest_to_the_right() {
        assertEquals("IfExp(Name('b', LOAD), Name('a', LOAD), IfExp(Name('d', LOAD), Name('c', LOAD), Name('e', LOAD)))",
                expr("a if b else c if d else e"));
        assertEquals("Lambda(Arguments([], [], null, [], [], null, []), Constant(0))",
                expr("lambda: 0"));
        assertEquals("Lambda(Arguments([], [Arg('x', null), Arg('y', null)], Arg('a', null), [Arg('z', null)], [null], Arg('k', null), [Constant(1)]), Name('x', LOAD))",
                expr("lambda x, y=1, *a, z, **k: x"));
        assertEquals("Lambda(Arguments([Arg('x', null)], [Arg('y', null)], null, [], [], null, []), Name('x', LOAD))",
                expr("lambda x, /, y: x"));
        assertEquals("Lambda(Arguments([], [], null, [Arg('k', null)], [Constant(1)], null, []), Name('k', LOAD))",
                expr("lambda *, k=1: k"));
        assertEquals("IfExp(Name('b', LOAD), Name('a', LOAD), Lambda(Arguments([], [], null, [], [], null, []), Name('c', LOAD)))",
                expr("a if b else lambda: c"));
    }

    @Test
    void walrus_binds_a_name_in_parentheses_and_arguments() {
        assertEquals("NamedExpr(Name('x', STORE), Constant(1))",
                expr("(x := 1)"));
        assertEquals("Call(Name('f', LOAD), [NamedExpr(Name('y', STORE), Constant(2))], [])",
                expr("f(y := 2)"));
        assertEquals("ListExpr([NamedExpr(Name('z', STORE), Constant(3)), Constant(4)], LOAD)",
                expr("[z := 3, 4]"));
        assertEquals("Subscript(Name('a', LOAD), NamedExpr(Name('b', STORE), Constant(1)), LOAD)",
                expr("a[b := 1]"));
    }

    @Test
    void calls_accept_positional_keyword_and_unpacked_arguments() {
        assertEquals("Call(Name('f', LOAD), [], [])",
                expr("f()"));
        assertEquals("Call(Name('f', LOAD), [Name('a', LOAD), Starred(Name('c', LOAD), LOAD)], [Keyword('b', Constant(1)), Keyword('d', Constant(2)), Keyword(null, Name('e', LOAD))])",
                expr("f(a, b=1, *c, d=2, **e)"));
        assertEquals("Call(Name('f', LOAD), [Starred(Name('a', LOAD), LOAD), Starred(Name('b', LOAD), LOAD)], [Keyword(null, Name('c', LOAD)), Keyword(null, Name('d', LOAD))])",
                expr("f(*a, *b, **c, **d)"));
        assertEquals("Call(Name('f', LOAD), [GeneratorExp(Name('x', LOAD), [Comprehension(Name('x', STORE), Name('y', LOAD), [], false)])], [])",
                expr("f(x for x in y)"));
        assertEquals("Call(Call(Call(Name('f', LOAD), [Name('a', LOAD)], []), [Name('b', LOAD)], []), [Name('c', LOAD)], [])",
                expr("f(a)(b)(c)"));
        assertEquals("Attribute(Call(Attribute(Attribute(Name('a', LOAD), 'b', LOAD), 'c', LOAD), [Name('d', LOAD)], []), 'e', LOAD)",
                expr("a.b.c(d).e"));
    }

    @Test
    void subscripts_accept_slices_and_tuples_of_slices() {
        assertEquals("Subscript(Name('a', LOAD), Constant(1), LOAD)",
                expr("a[1]"));
        assertEquals("Subscript(Name('a', LOAD), Slice(Constant(1), Constant(2), null), LOAD)",
                expr("a[1:2]"));
        assertEquals("Subscript(Name('a', LOAD), Slice(null, null, Constant(3)), LOAD)",
                expr("a[::3]"));
        assertEquals("Subscript(Name('a', LOAD), Slice(null, null, null), LOAD)",
                expr("a[:]"));
        assertEquals("Subscript(Name('a', LOAD), Tuple([Slice(Constant(1), Constant(2), null), Slice(null, null, Constant(3))], LOAD), LOAD)",
                expr("a[1:2, ::3]"));
        assertEquals("Subscript(Name('a', LOAD), Tuple([Constant(1), Constant(2)], LOAD), LOAD)",
                expr("a[1, 2]"));
        assertEquals("Subscript(Name('a', LOAD), Tuple([Starred(Name('b', LOAD), LOAD)], LOAD), LOAD)",
                expr("a[*b]"));
        assertEquals("Subscript(Name('a', LOAD), Tuple([Name('b', LOAD), Constant(Ellipsis)], LOAD), LOAD)",
                expr("a[b, ...]"));
        assertEquals("Subscript(Subscript(Name('a', LOAD), Slice(Constant(1), Constant(2), Constant(3)), LOAD), Constant(4), LOAD)",
                expr("a[1:2:3][4]"));
    }

    @Test
    void displays_build_lists_tuples_sets_and_dicts() {
        assertEquals("ListExpr([], LOAD)",
                expr("[]"));
        assertEquals("Tuple([], LOAD)",
                expr("()"));
        assertEquals("Tuple([Constant(1)], LOAD)",
                expr("(1,)"));
        assertEquals("Constant(1)",
                expr("(1)"));
        assertEquals("ListExpr([Constant(1), Starred(Name('a', LOAD), LOAD), Constant(2)], LOAD)",
                expr("[1, *a, 2]"));
        assertEquals("Set([Constant(1), Starred(Name('s', LOAD), LOAD)])",
                expr("{1, *s}"));
        assertEquals("Dict([], [])",
                expr("{}"));
        assertEquals("Dict([Constant(1), null, Constant(3)], [Constant(2), Name('d', LOAD), Constant(4)])",
                expr("{1: 2, **d, 3: 4}"));
        assertEquals("Tuple([Constant(1), Constant(2)], LOAD)",
                expr("1, 2"));
        assertEquals("Tuple([Starred(Name('a', LOAD), LOAD), Name('b', LOAD)], LOAD)",
                expr("(*a, b)"));
    }

    @Test
    void comprehensions_nest_for_and_if_clauses() {
        assertEquals("ListComp(Name('x', LOAD), [Comprehension(Name('x', STORE), Name('y', LOAD), [], false)])",
                expr("[x for x in y]"));
        assertEquals("ListComp(BinOp(Name('x', LOAD), MULT, Name('y', LOAD)), [Comprehension(Name('x', STORE), Name('a', LOAD), [Name('x', LOAD)], false), Comprehension(Name('y', STORE), Name('b', LOAD), [Name('y', LOAD), Compare(Name('x', LOAD), [GT], [Name('y', LOAD)])], false)])",
                expr("[x * y for x in a if x for y in b if y if x > y]"));
        assertEquals("SetComp(Name('x', LOAD), [Comprehension(Name('x', STORE), Name('y', LOAD), [], false)])",
                expr("{x for x in y}"));
        assertEquals("DictComp(Name('k', LOAD), Name('v', LOAD), [Comprehension(Tuple([Name('k', STORE), Name('v', STORE)], STORE), Call(Attribute(Name('d', LOAD), 'items', LOAD), [], []), [], false)])",
                expr("{k: v for k, v in d.items()}"));
        assertEquals("GeneratorExp(Name('x', LOAD), [Comprehension(Name('x', STORE), Name('y', LOAD), [], false)])",
                expr("(x for x in y)"));
        assertEquals("ListComp(Name('x', LOAD), [Comprehension(Name('x', STORE), Name('y', LOAD), [], true)])",
                expr("[x async for x in y]"));
        assertEquals("ListComp(Tuple([Name('a', LOAD), Name('b', LOAD)], LOAD), [Comprehension(Tuple([Name('a', STORE), Name('b', STORE)], STORE), Name('c', LOAD), [], false)])",
                expr("[(a, b) for a, b in c]"));
    }

    @Test
    void yield_forms_are_expressions_in_parentheses() {
        assertEquals("Yield(null)",
                expr("(yield)"));
        assertEquals("Yield(Name('x', LOAD))",
                expr("(yield x)"));
        assertEquals("Yield(Tuple([Name('x', LOAD), Name('y', LOAD)], LOAD))",
                expr("(yield x, y)"));
        assertEquals("YieldFrom(Name('x', LOAD))",
                expr("(yield from x)"));
    }

    @Test
    void atoms_cover_names_constants_and_ellipsis() {
        assertEquals("Constant(None)",
                expr("None"));
        assertEquals("Constant(True)",
                expr("True"));
        assertEquals("Constant(False)",
                expr("False"));
        assertEquals("Constant(Ellipsis)",
                expr("..."));
        assertEquals("Name('x', LOAD)",
                expr("x"));
        assertEquals("Name('__name__', LOAD)",
                expr("__name__"));
    }

    @Test
    void eval_input_allows_trailing_newlines_and_tuples() {
        assertEquals("Tuple([Constant(1), Constant(2)], LOAD)", expr("1, 2\n\n"));
    }
}
