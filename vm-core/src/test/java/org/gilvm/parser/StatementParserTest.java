package org.gilvm.parser;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.gilvm.parser.Dumps.module;
import static org.gilvm.parser.Dumps.stmt;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statement shapes. Expected dumps were produced from CPython 3.11's {@code ast.parse}
 * rendered in {@link AstDump}'s format.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatementParserTest {

    @Test
    void assignments_chain_and_store_into_every_target_form() {
        assertEquals("Assign([Name('a', STORE), Name('b', STORE)], Name('c', LOAD))",
                stmt("a = b = c"));
        assertEquals("Assign([Tuple([Name('a', STORE), Name('b', STORE)], STORE)], Name('c', LOAD))",
                stmt("a, b = c"));
        assertEquals("Assign([ListExpr([Name('a', STORE), Starred(Name('b', STORE), STORE)], STORE)], Name('c', LOAD))",
                stmt("[a, *b] = c"));
        assertEquals("Assign([Tuple([Name('a', STORE), Tuple([Name('b', STORE), Name('c', STORE)], STORE)], STORE)], Name('d', LOAD))",
                stmt("(a, (b, c)) = d"));
        assertEquals("Assign([Subscript(Attribute(Name('a', LOAD), 'b', LOAD), Name('c', LOAD), STORE)], Name('d', LOAD))",
                stmt("a.b[c] = d"));
        assertEquals("Assign([Tuple([Starred(Name('a', STORE), STORE), Name('b', STORE)], STORE)], Name('c', LOAD))",
                stmt("*a, b = c"));
        assertEquals("Assign([Name('x', STORE)], Yield(Name('y', LOAD)))",
                stmt("x = yield y"));
        assertEquals("Assign([Name('x', STORE)], Tuple([Starred(Name('a', LOAD), LOAD), Starred(Name('b', LOAD), LOAD)], LOAD))",
                stmt("x = *a, *b"));
    }

    @Test
    void augmented_and_annotated_assignments_keep_their_targets() {
        assertEquals("AugAssign(Name('a', STORE), ADD, Constant(1))",
                stmt("a += 1"));
        assertEquals("AugAssign(Attribute(Name('a', LOAD), 'b', STORE), FLOORDIV, Constant(2))",
                stmt("a.b //= 2"));
        assertEquals("AugAssign(Subscript(Name('a', LOAD), Constant(0), STORE), POW, Constant(3))",
                stmt("a[0] **= 3"));
        assertEquals("AugAssign(Name('x', STORE), MATMUL, Name('y', LOAD))",
                stmt("x @= y"));
        assertEquals("AnnAssign(Name('x', STORE), Name('int', LOAD), null, true)",
                stmt("x: int"));
        assertEquals("AnnAssign(Name('x', STORE), Name('int', LOAD), Constant(1), true)",
                stmt("x: int = 1"));
        assertEquals("AnnAssign(Name('x', STORE), Name('int', LOAD), Constant(1), false)",
                stmt("(x): int = 1"));
        assertEquals("AnnAssign(Attribute(Name('a', LOAD), 'b', STORE), Name('str', LOAD), null, false)",
                stmt("a.b: str"));
        assertEquals("AnnAssign(Subscript(Name('a', LOAD), Constant(0), STORE), Name('list', LOAD), ListExpr([], LOAD), false)",
                stmt("a[0]: list = []"));
    }

    @Test
    void simple_statements_cover_the_keywords() {
        assertEquals("Pass()",
                stmt("pass"));
        assertEquals("Break()",
                stmt("break"));
        assertEquals("Continue()",
                stmt("continue"));
        assertEquals("Return(null)",
                stmt("return"));
        assertEquals("Return(Tuple([Name('a', LOAD), Name('b', LOAD)], LOAD))",
                stmt("return a, b"));
        assertEquals("Raise(null, null)",
                stmt("raise"));
        assertEquals("Raise(Name('E', LOAD), null)",
                stmt("raise E"));
        assertEquals("Raise(Name('E', LOAD), Constant(None))",
                stmt("raise E from None"));
        assertEquals("Assert(Name('x', LOAD), null)",
                stmt("assert x"));
        assertEquals("Assert(Name('x', LOAD), Constant('m'))",
                stmt("assert x, \"m\""));
        assertEquals("Delete([Name('a', DEL), Attribute(Name('b', LOAD), 'c', DEL), Subscript(Name('d', LOAD), Constant(0), DEL)])",
                stmt("del a, b.c, d[0]"));
        assertEquals("Delete([Tuple([Name('a', DEL), Name('b', DEL)], DEL)])",
                stmt("del (a, b)"));
        assertEquals("Global(['a', 'b'])",
                stmt("global a, b"));
        assertEquals("Nonlocal(['x'])",
                stmt("nonlocal x"));
        assertEquals("ExprStmt(Yield(null))",
                stmt("yield"));
        assertEquals("ExprStmt(YieldFrom(Name('x', LOAD)))",
                stmt("yield from x"));
    }

    @Test
    void imports_keep_dotted_names_relative_levels_and_aliases() {
        assertEquals("Import([Alias('a', null)])",
                stmt("import a"));
        assertEquals("Import([Alias('a.b.c', 'd'), Alias('e', null)])",
                stmt("import a.b.c as d, e"));
        assertEquals("ImportFrom('a', [Alias('b', null)], 0)",
                stmt("from a import b"));
        assertEquals("ImportFrom('a', [Alias('b', 'c')], 1)",
                stmt("from .a import b as c"));
        assertEquals("ImportFrom(null, [Alias('x', null)], 1)",
                stmt("from . import x"));
        assertEquals("ImportFrom('a.b', [Alias('c', null), Alias('d', 'e')], 3)",
                stmt("from ...a.b import (c, d as e,)"));
        assertEquals("ImportFrom(null, [Alias('x', null)], 4)",
                stmt("from .... import x"));
        assertEquals("ImportFrom('a', [Alias('*', null)], 0)",
                stmt("from a import *"));
    }

    @Test
    void if_statements_turn_elif_into_nested_ifs() {
        assertEquals("If(Name('a', LOAD), [ExprStmt(Name('b', LOAD))], [If(Name('c', LOAD), [ExprStmt(Name('d', LOAD))], [If(Name('e', LOAD), [ExprStmt(Name('f', LOAD))], [ExprStmt(Name('g', LOAD))])])])",
                stmt("if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g\n"));
        assertEquals("If(Name('a', LOAD), [ExprStmt(Name('b', LOAD))], [])",
                stmt("if a: b\n"));
        assertEquals("If(NamedExpr(Name('x', STORE), Call(Name('f', LOAD), [], [])), [Pass()], [])",
                stmt("if (x := f()): pass\n"));
    }

    @Test
    void loops_have_optional_else_blocks() {
        assertEquals("While(Name('a', LOAD), [ExprStmt(Name('b', LOAD))], [ExprStmt(Name('c', LOAD))])",
                stmt("while a:\n    b\nelse:\n    c\n"));
        assertEquals("For(Name('x', STORE), Name('y', LOAD), [ExprStmt(Name('z', LOAD))], [ExprStmt(Name('w', LOAD))], false)",
                stmt("for x in y:\n    z\nelse:\n    w\n"));
        assertEquals("For(Tuple([Name('a', STORE), Starred(Name('b', STORE), STORE)], STORE), Tuple([Name('c', LOAD), Name('d', LOAD)], LOAD), [Pass()], [], false)",
                stmt("for a, *b in c, d: pass\n"));
        assertEquals("For(Tuple([Name('a', STORE), Name('b', STORE)], STORE), Name('c', LOAD), [Pass()], [], false)",
                stmt("for (a, b) in c: pass\n"));
        assertEquals("FunctionDef('f', Arguments([], [], null, [], [], null, []), [For(Name('x', STORE), Name('y', LOAD), [Pass()], [], true)], [], null, true)",
                stmt("async def f():\n    async for x in y: pass\n"));
    }

    @Test
    void try_statements_keep_handlers_else_and_finally() {
        assertEquals("Try([ExprStmt(Name('a', LOAD))], [ExceptHandler(Name('E', LOAD), 'e', [ExprStmt(Name('b', LOAD))]), ExceptHandler(Tuple([Name('A', LOAD), Name('B', LOAD)], LOAD), null, [ExprStmt(Name('c', LOAD))]), ExceptHandler(null, null, [ExprStmt(Name('d', LOAD))])], [ExprStmt(Name('e', LOAD))], [ExprStmt(Name('f', LOAD))])",
                stmt("try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n"));
        assertEquals("Try([ExprStmt(Name('a', LOAD))], [], [], [ExprStmt(Name('b', LOAD))])",
                stmt("try:\n    a\nfinally:\n    b\n"));
    }

    @Test
    void with_statements_accept_several_and_parenthesized_items() {
        assertEquals("With([WithItem(Name('a', LOAD), null)], [Pass()], false)",
                stmt("with a: pass\n"));
        assertEquals("With([WithItem(Name('a', LOAD), Name('b', STORE)), WithItem(Name('c', LOAD), Name('d', STORE))], [Pass()], false)",
                stmt("with a as b, c as d: pass\n"));
        assertEquals("With([WithItem(Name('a', LOAD), Name('b', STORE)), WithItem(Name('c', LOAD), Name('d', STORE))], [Pass()], false)",
                stmt("with (a as b, c as d,): pass\n"));
        assertEquals("With([WithItem(Name('a', LOAD), null), WithItem(Name('b', LOAD), null)], [Pass()], false)",
                stmt("with (a, b): pass\n"));
        assertEquals("With([WithItem(Tuple([Name('a', LOAD), Name('b', LOAD)], LOAD), Name('c', STORE))], [Pass()], false)",
                stmt("with (a, b) as c: pass\n"));
        assertEquals("With([WithItem(Name('a', LOAD), Tuple([Name('b', STORE), Name('c', STORE)], STORE))], [Pass()], false)",
                stmt("with (a) as (b, c): pass\n"));
    }

    @Test
    void function_definitions_support_every_parameter_form() {
        assertEquals("FunctionDef('f', Arguments([], [], null, [], [], null, []), [Pass()], [], null, false)",
                stmt("def f(): pass\n"));
        assertEquals("FunctionDef('f', Arguments([Arg('a', null), Arg('b', null)], [Arg('c', null)], Arg('args', null), [Arg('d', null), Arg('e', null)], [null, Constant(3)], Arg('kw', null), [Constant(1), Constant(2)]), [Pass()], [], Name('int', LOAD), false)",
                stmt("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass\n"));
        assertEquals("FunctionDef('f', Arguments([], [Arg('a', Name('int', LOAD))], null, [Arg('b', Name('str', LOAD))], [Constant('x')], null, []), [Pass()], [], Constant(None), false)",
                stmt("def f(a: int, *, b: str = \"x\") -> None: pass\n"));
        assertEquals("FunctionDef('f', Arguments([], [], Arg('args', Name('int', LOAD)), [], [], Arg('kw', Name('str', LOAD)), []), [Pass()], [], null, false)",
                stmt("def f(*args: int, **kw: str): pass\n"));
        assertEquals("FunctionDef('f', Arguments([], [], null, [], [], null, []), [Pass()], [Name('d1', LOAD), Call(Attribute(Name('d2', LOAD), 'x', LOAD), [Constant(1)], [])], null, false)",
                stmt("@d1\n@d2.x(1)\ndef f(): pass\n"));
        assertEquals("FunctionDef('f', Arguments([], [], null, [], [], null, []), [ExprStmt(Await(Name('x', LOAD)))], [], null, true)",
                stmt("async def f(): await x\n"));
    }

    @Test
    void class_definitions_keep_bases_keywords_and_decorators() {
        assertEquals("ClassDef('A', [], [], [Pass()], [])",
                stmt("class A: pass\n"));
        assertEquals("ClassDef('A', [Name('B', LOAD), Name('C', LOAD)], [Keyword('metaclass', Name('M', LOAD)), Keyword(null, Name('kw', LOAD))], [Pass()], [])",
                stmt("class A(B, C, metaclass=M, **kw): pass\n"));
        assertEquals("ClassDef('A', [Starred(Name('bases', LOAD), LOAD)], [], [Pass()], [])",
                stmt("class A(*bases): pass\n"));
        assertEquals("ClassDef('A', [], [], [Assign([Name('x', STORE)], Constant(1)), FunctionDef('f', Arguments([], [Arg('self', null)], null, [], [], null, []), [Return(Attribute(Name('self', LOAD), 'x', LOAD))], [], null, false)], [Name('dec', LOAD)])",
                stmt("@dec\nclass A():\n    x = 1\n    def f(self): return self.x\n"));
    }

    @Test
    void statements_may_share_a_line_with_semicolons() {
        assertEquals("Mod([Assign([Name('x', STORE)], Constant(1)), Assign([Name('y', STORE)], Constant(2))])",
                module("x = 1; y = 2;\n"));
    }

    @Test
    void blank_lines_comments_and_continuations_do_not_make_statements() {
        assertEquals("Mod([])", module(""));
        assertEquals("Mod([])", module("\n\n# only a comment\n   \n"));
        assertEquals("Mod([Assign([Name('x', STORE)], BinOp(Constant(1), ADD, Constant(2)))])",
                module("x = 1 + \\\n    2  # comment\n"));
        assertEquals("Mod([Assign([Name('x', STORE)], ListExpr([Constant(1), Constant(2)], LOAD))])",
                module("x = [1,\n\n  # inside brackets\n        2]\n"));
    }

    @Test
    void a_missing_final_newline_and_windows_line_endings_are_accepted() {
        assertEquals("Mod([If(Name('a', LOAD), [Pass()], [])])", module("if a:\r\n    pass"));
        assertEquals("Mod([ExprStmt(Name('x', LOAD)), ExprStmt(Name('y', LOAD))])", module("x\ry"));
    }

    @Test
    void nested_blocks_close_with_dedents() {
        assertEquals("Mod([FunctionDef('f', Arguments([], [], null, [], [], null, []), "
                        + "[If(Name('a', LOAD), [While(Name('b', LOAD), [Break()], [])], []), Return(null)], [], null, false), "
                        + "ExprStmt(Name('x', LOAD))])",
                module("def f():\n    if a:\n        while b:\n            break\n    return\nx\n"));
    }

    @Test
    void tabs_indent_blocks_consistently() {
        assertEquals("Mod([If(Name('a', LOAD), [If(Name('b', LOAD), [ExprStmt(Name('c', LOAD))], []), "
                        + "ExprStmt(Name('d', LOAD))], [])])",
                module("if a:\n\tif b:\n\t\tc\n\td\n"));
    }

    @Test
    void soft_keywords_are_ordinary_names() {
        assertEquals("Mod([Assign([Name('match', STORE)], Call(Attribute(Name('re', LOAD), 'match', LOAD), [Name('case', LOAD)], [])), "
                        + "ExprStmt(Name('_', LOAD))])",
                module("match = re.match(case)\n_\n"));
    }
}
