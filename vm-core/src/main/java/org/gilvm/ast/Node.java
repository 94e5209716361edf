package org.gilvm.ast;

/** Every AST node knows where it came from. */
public sealed interface Node permits Mod, Stmt, Expr, Arguments, Arg, Keyword, Alias, WithItem,
        ExceptHandler, Comprehension {
    Loc loc();
}
