package org.gilvm.ast;

import java.util.List;

/** {@code except [type [as name]]: body}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Loc loc) implements Node {}
