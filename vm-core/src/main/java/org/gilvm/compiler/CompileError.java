package org.gilvm.compiler;

import org.gilvm.ast.Loc;

/** A SyntaxError found after parsing (symbol table, compiler): "'return' outside function". */
public final class CompileError extends RuntimeException {
    public final String msg;
    public final String filename;
    public final Loc loc;

    public CompileError(String msg, String filename, Loc loc) {
        super(msg + " (" + filename + ", line " + loc.line() + ")", null, false, false);
        this.msg = msg;
        this.filename = filename;
        this.loc = loc;
    }
}
