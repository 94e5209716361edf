package org.gilvm.ast;

import java.util.List;

/**
 * Expressions, named and shaped as in CPython 3.11's {@code Parser/Python.asdl}.
 * Optional children are {@code null}; lists are never null.
 */
public sealed interface Expr extends Node {

    /** {@code a and b and c} / {@code a or b}. */
    record BoolOp(boolean isAnd, List<Expr> values, Loc loc) implements Expr {}

    /** {@code target := value}. */
    record NamedExpr(Expr target, Expr value, Loc loc) implements Expr {}

    record BinOp(Expr left, Operator op, Expr right, Loc loc) implements Expr {}

    record UnaryOp(UnaryOperator op, Expr operand, Loc loc) implements Expr {}

    record Lambda(Arguments args, Expr body, Loc loc) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Loc loc) implements Expr {}

    /** {@code {k: v, **d}}: a null key marks a {@code **} unpacking of the value. */
    record Dict(List<Expr> keys, List<Expr> values, Loc loc) implements Expr {}

    record Set(List<Expr> elts, Loc loc) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Loc loc) implements Expr {}

    record GeneratorExp(Expr elt, List<Comprehension> generators, Loc loc) implements Expr {}

    record Await(Expr value, Loc loc) implements Expr {}

    /** {@code yield [value]}. */
    record Yield(Expr value, Loc loc) implements Expr {}

    record YieldFrom(Expr value, Loc loc) implements Expr {}

    /** {@code left op0 c0 op1 c1 ...}: a chained comparison. */
    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Loc loc) implements Expr {}

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Loc loc) implements Expr {}

    /**
     * One {@code {value!conversion:format_spec}} field of an f-string. {@code conversion} is
     * -1 for none, else 's', 'r' or 'a'; {@code formatSpec} is a JoinedStr or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Loc loc) implements Expr {}

    /** An f-string: Constant string parts and FormattedValue fields. */
    record JoinedStr(List<Expr> values, Loc loc) implements Expr {}

    /**
     * A literal. {@code value} is one of: {@link ConstantValue} kinds below, so the compiler
     * never sees a Java boxed type it has to guess about.
     */
    record Constant(ConstantValue value, Loc loc) implements Expr {}

    record Attribute(Expr value, String attr, Ctx ctx, Loc loc) implements Expr {}

    record Subscript(Expr value, Expr slice, Ctx ctx, Loc loc) implements Expr {}

    record Starred(Expr value, Ctx ctx, Loc loc) implements Expr {}

    record Name(String id, Ctx ctx, Loc loc) implements Expr {}

    record ListExpr(List<Expr> elts, Ctx ctx, Loc loc) implements Expr {}

    record Tuple(List<Expr> elts, Ctx ctx, Loc loc) implements Expr {}

    /** {@code lower:upper:step}, each optional; only valid as a subscript. */
    record Slice(Expr lower, Expr upper, Expr step, Loc loc) implements Expr {}
}
