package org.gilvm.ast;

/** {@code name=value} in a call or class bases; {@code arg} is null for {@code **value}. */
public record Keyword(String arg, Expr value, Loc loc) implements Node {}
