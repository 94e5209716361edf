package org.gilvm.ast;

/** {@code name [as asname]} in an import; {@code name} may be dotted; asname may be null. */
public record Alias(String name, String asname, Loc loc) implements Node {}
