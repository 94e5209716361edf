package org.gilvm.ast;

import java.util.List;

/**
 * Statements, named and shaped as in CPython 3.11's {@code Parser/Python.asdl}.
 * Optional children are {@code null}; lists are never null (empty instead).
 */
public sealed interface Stmt extends Node {

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                       Expr returns, boolean isAsync, Loc loc) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList, Loc loc) implements Stmt {}

    record Return(Expr value, Loc loc) implements Stmt {}

    record Delete(List<Expr> targets, Loc loc) implements Stmt {}

    /** {@code a = b = value}: several targets, one value. */
    record Assign(List<Expr> targets, Expr value, Loc loc) implements Stmt {}

    record AugAssign(Expr target, Operator op, Expr value, Loc loc) implements Stmt {}

    /** {@code target: annotation [= value]}; {@code simple} is true for a bare name target. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Loc loc) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, Loc loc)
            implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Loc loc) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Loc loc) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Loc loc) implements Stmt {}

    /** {@code raise [exc [from cause]]}. */
    record Raise(Expr exc, Expr cause, Loc loc) implements Stmt {}

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               Loc loc) implements Stmt {}

    record Assert(Expr test, Expr msg, Loc loc) implements Stmt {}

    record Import(List<Alias> names, Loc loc) implements Stmt {}

    /** {@code from module import names}; {@code module} is null for {@code from . import x}. */
    record ImportFrom(String module, List<Alias> names, int level, Loc loc) implements Stmt {}

    record Global(List<String> names, Loc loc) implements Stmt {}

    record Nonlocal(List<String> names, Loc loc) implements Stmt {}

    record ExprStmt(Expr value, Loc loc) implements Stmt {}

    record Pass(Loc loc) implements Stmt {}

    record Break(Loc loc) implements Stmt {}

    record Continue(Loc loc) implements Stmt {}
}
