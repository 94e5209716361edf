package org.gilvm.ast;

import java.util.List;

/** {@code for target in iter if cond...} inside a comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync, Loc loc)
        implements Node {}
