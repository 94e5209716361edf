package org.gilvm.ast;

public enum UnaryOperator { INVERT, NOT, UADD, USUB }
