package org.gilvm.parser;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.gilvm.parser.Dumps.exprLocs;
import static org.gilvm.parser.Dumps.stmtLocs;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Source positions ({@code @line:col-endLine:endCol}, lines 1-based, columns 0-based code
 * points). Expected values were produced from CPython 3.11's {@code ast} locations.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LocationTest {

    @Test
    void expression_locations_are_one_based_lines_and_zero_based_columns() {
        assertEquals("BinOp(Name('a', LOAD)@1:0-1:1, ADD, BinOp(Name('b', LOAD)@1:4-1:5, MULT, Name('c', LOAD)@1:8-1:9)@1:4-1:9)@1:0-1:9",
                exprLocs("a + b * c"));
        assertEquals("BinOp(Name('a', LOAD)@1:1-1:2, ADD, Name('b', LOAD)@1:6-1:7)@1:0-1:7",
                exprLocs("(a) + b"));
        assertEquals("Attribute(Subscript(Call(Name('f', LOAD)@1:0-1:1, [Name('x', LOAD)@1:2-1:3], [])@1:0-1:4, Constant(1)@1:5-1:6, LOAD)@1:0-1:7, 'y', LOAD)@1:0-1:9",
                exprLocs("f(x)[1].y"));
        assertEquals("Call(Name('f', LOAD)@1:0-1:1, [GeneratorExp(Name('x', LOAD)@1:2-1:3, [Comprehension(Name('x', STORE)@1:8-1:9, Name('y', LOAD)@1:13-1:14, [], false)])@1:1-1:15], [])@1:0-1:15",
                exprLocs("f(x for x in y)"));
        assertEquals("Tuple([Constant(1)@1:1-1:2, Constant(2)@1:4-1:5], LOAD)@1:0-1:6",
                exprLocs("(1, 2)"));
        assertEquals("Tuple([Constant(1)@1:0-1:1, Constant(2)@1:3-1:4], LOAD)@1:0-1:5",
                exprLocs("1, 2,"));
        assertEquals("Subscript(Name('a', LOAD)@1:0-1:1, Tuple([Slice(Constant(1)@1:2-1:3, Constant(2)@1:4-1:5, null)@1:2-1:5, Slice(null, null, Constant(3)@1:9-1:10)@1:7-1:10], LOAD)@1:2-1:10, LOAD)@1:0-1:11",
                exprLocs("a[1:2, ::3]"));
        assertEquals("Lambda(Arguments([], [Arg('x', null)@1:7-1:8], null, [], [], null, []), Name('x', LOAD)@1:10-1:11)@1:0-1:11",
                exprLocs("lambda x: x"));
        assertEquals("UnaryOp(USUB, BinOp(Name('x', LOAD)@1:1-1:2, POW, Constant(2)@1:6-1:7)@1:1-1:7)@1:0-1:7",
                exprLocs("-x ** 2"));
    }

    @Test
    void statement_locations_span_their_blocks() {
        assertEquals("If(Name('a', LOAD)@1:3-1:4, [ExprStmt(Name('b', LOAD)@2:4-2:5)@2:4-2:5], [If(Name('c', LOAD)@3:5-3:6, [ExprStmt(Name('d', LOAD)@4:4-4:5)@4:4-4:5], [])@3:0-4:5])@1:0-4:5",
                stmtLocs("if a:\n    b\nelif c:\n    d\n"));
        assertEquals("FunctionDef('f', Arguments([], [Arg('x', Name('int', LOAD)@2:9-2:12)@2:6-2:12], null, [], [], null, [Constant(1)@2:15-2:16]), [Return(Name('x', LOAD)@3:11-3:12)@3:4-3:12], [Name('d', LOAD)@1:1-1:2], Name('y', LOAD)@2:21-2:22, false)@2:0-3:12",
                stmtLocs("@d\ndef f(x: int = 1) -> y:\n    return x\n"));
        assertEquals("Assign([Name('x', STORE)@1:0-1:1], BinOp(Constant(1)@1:5-1:6, ADD, Constant(2)@2:5-2:6)@1:5-2:6)@1:0-2:7",
                stmtLocs("x = (1 +\n     2)"));
        assertEquals("Import([Alias('a.b', 'c')@1:7-1:15, Alias('d', null)@1:17-1:18])@1:0-1:18",
                stmtLocs("import a.b as c, d"));
        assertEquals("Try([ExprStmt(Name('a', LOAD)@2:4-2:5)@2:4-2:5], [ExceptHandler(Name('E', LOAD)@3:7-3:8, 'e', [ExprStmt(Name('b', LOAD)@4:4-4:5)@4:4-4:5])@3:0-4:5], [], [])@1:0-4:5",
                stmtLocs("try:\n    a\nexcept E as e:\n    b\n"));
    }

    @Test
    void columns_count_code_points_not_bytes() {
        assertEquals("Assign([Name('\\u{E9}', STORE)@1:0-1:1], BinOp(Constant('\\u{FC}')@1:4-1:7, ADD, Name('\\u{F1}', LOAD)@1:10-1:11)@1:4-1:11)@1:0-1:11",
                stmtLocs("\u00e9 = \"\u00fc\" + \u00f1"));
    }

    @Test
    void f_string_fields_point_at_their_real_position() {
        assertEquals("JoinedStr([Constant('a')@1:0-1:17, FormattedValue(Name('x', LOAD)@1:4-1:5, -1, null)@1:0-1:17, Constant('b')@1:0-1:17, FormattedValue(Name('y', LOAD)@1:8-1:9, 114, JoinedStr([FormattedValue(Name('w', LOAD)@1:13-1:14, -1, null)@1:0-1:17])@1:0-1:17)@1:0-1:17])@1:0-1:17",
                exprLocs("f'a{x}b{y!r:{w}}'"));
        assertEquals("JoinedStr([Constant('s')@1:0-1:13, FormattedValue(Tuple([Name('a', LOAD)@1:7-1:8, Name('b', LOAD)@1:10-1:11], LOAD)@1:6-1:12, -1, null)@1:0-1:13])@1:0-1:13",
                exprLocs("'s' f'{a, b}'"));
        assertEquals("Assign([Name('x', STORE)@1:0-1:1], JoinedStr([Constant('\\n')@1:4-2:8, FormattedValue(Name('y', LOAD)@2:2-2:3, -1, null)@1:4-2:8])@1:4-2:8)@1:0-2:8",
                stmtLocs("x = f\"\"\"\n{ y }\"\"\""));
    }

}
