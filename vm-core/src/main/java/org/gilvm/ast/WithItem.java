package org.gilvm.ast;

/** {@code context_expr [as optional_vars]}; the loc is that of the context expression. */
public record WithItem(Expr contextExpr, Expr optionalVars, Loc loc) implements Node {}
