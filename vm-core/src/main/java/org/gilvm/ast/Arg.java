package org.gilvm.ast;

public record Arg(String arg, Expr annotation, Loc loc) implements Node {}
