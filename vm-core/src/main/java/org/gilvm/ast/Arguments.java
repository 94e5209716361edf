package org.gilvm.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}. {@code defaults} align with the
 * tail of {@code posonlyargs + args}; {@code kwDefaults} align one-to-one with
 * {@code kwonlyargs} and hold null where a keyword-only parameter has no default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults, Loc loc) implements Node {
    public static Arguments empty(Loc loc) {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of(), loc);
    }
}
