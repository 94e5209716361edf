package org.gilvm.ast;

/** Whether a name, attribute, subscript, list or tuple is read, assigned or deleted. */
public enum Ctx { LOAD, STORE, DEL }
