package org.gilvm.ast;

import java.util.List;

/** A whole module, as CPython's {@code ast.Module}. */
public record Mod(List<Stmt> body, Loc loc) implements Node {}
