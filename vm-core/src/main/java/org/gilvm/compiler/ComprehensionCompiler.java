package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.List;
import org.gilvm.ast.Comprehension;
import org.gilvm.ast.Expr;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyNone;

/**
 * Comprehensions and generator expressions, CPython 3.11's compiler_comprehension: each is a
 * nested function taking the outermost iterator as its argument {@code .0}, called at once.
 */
final class ComprehensionCompiler {
    static final int GENEXP = 0, LISTCOMP = 1, SETCOMP = 2, DICTCOMP = 3;

    private final Compiler c;

    ComprehensionCompiler(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    void comprehension(Expr e, int type, String name, List<Comprehension> generators, Expr elt, Expr val) {
        Unit.ScopeType outerScope = u().scopeType;
        Comprehension outermost = generators.get(0);
        c.enterScope(name, Unit.ScopeType.COMPREHENSION, e, e.loc().line());
        u().setLoc(e.loc());
        boolean isAsyncGenerator = u().ste.coroutine;
        if (isAsyncGenerator && type != GENEXP && outerScope != Unit.ScopeType.ASYNC_FUNCTION
                && outerScope != Unit.ScopeType.COMPREHENSION) {
            throw c.error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != GENEXP) {
            u().addopI(type == LISTCOMP ? BUILD_LIST : type == SETCOMP ? BUILD_SET : BUILD_MAP, 0);
        }
        generator(generators, 0, 0, elt, val, type);
        if (type != GENEXP) {
            u().addop(RETURN_VALUE);
        }
        PyCode co = c.assemble(true);
        c.exitScope();
        c.defs.makeClosure(co, 0);
        c.expr.visit(outermost.iter());
        u().addop(outermost.isAsync() ? GET_AITER : GET_ITER);
        u().addopI(PRECALL, 0);
        u().addopI(CALL, 0);
        if (isAsyncGenerator && type != GENEXP) {
            u().addopI(GET_AWAITABLE, 0);
            c.loadConst(PyNone.None);
            c.expr.addYieldFrom(true);
        }
    }

    private void generator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val, int type) {
        if (gens.get(index).isAsync()) {
            asyncGenerator(gens, index, depth, elt, val, type);
        } else {
            syncGenerator(gens, index, depth, elt, val, type);
        }
    }

    private void syncGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val, int type) {
        Block start = u().newBlock(), ifCleanup = u().newBlock(), anchor = u().newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            // The outermost iterator arrives as the implicit argument .0.
            u().argcount = 1;
            u().addopI(LOAD_FAST, 0);
        } else {
            // Fast path for the temporary-variable idiom: for y in [f(x)]
            Expr iter = c.opt.resolve(gen.iter());
            List<Expr> elts = switch (iter) {
                case Expr.ListExpr l when !c.opt.isConst(iter) -> l.elts();
                case Expr.Tuple t when !c.opt.isConst(iter) -> t.elts();
                default -> null;
            };
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                c.expr.visit(elts.get(0));
                start = null;
            }
            if (start != null) {
                c.expr.visit(gen.iter());
                u().addop(GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            u().useNextBlock(start);
            u().addopJ(FOR_ITER, anchor);
        }
        c.expr.visit(gen.target());
        for (Expr e : gen.ifs()) {
            c.expr.jumpIf(e, ifCleanup, false);
        }
        if (++index < gens.size()) {
            generator(gens, index, depth, elt, val, type);
        }
        if (index >= gens.size()) {
            element(elt, val, type, depth);
        }
        u().useNextBlock(ifCleanup);
        if (start != null) {
            u().addopJ(StackEffect.JUMP, start);
            u().useNextBlock(anchor);
        }
    }

    private void element(Expr elt, Expr val, int type, int depth) {
        switch (type) {
            case GENEXP -> {
                c.expr.visit(elt);
                if (u().ste.generator && u().ste.coroutine) {
                    u().addop(ASYNC_GEN_WRAP);
                }
                u().addop(YIELD_VALUE);
                u().addopI(RESUME, 1);
                u().addop(POP_TOP);
            }
            case LISTCOMP -> {
                c.expr.visit(elt);
                u().addopI(LIST_APPEND, depth + 1);
            }
            case SETCOMP -> {
                c.expr.visit(elt);
                u().addopI(SET_ADD, depth + 1);
            }
            default -> {
                // With {k: v}, k is evaluated before v.
                c.expr.visit(elt);
                c.expr.visit(val);
                u().addopI(MAP_ADD, depth + 1);
            }
        }
    }

    private void asyncGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val, int type) {
        Block start = u().newBlock(), except = u().newBlock(), ifCleanup = u().newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            u().argcount = 1;
            u().addopI(LOAD_FAST, 0);
        } else {
            c.expr.visit(gen.iter());
            u().addop(GET_AITER);
        }
        u().useNextBlock(start);
        // The runtime pushes a block here, so account for it.
        c.pushFblock(FBlock.Kind.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        u().addopJ(StackEffect.SETUP_FINALLY, except);
        u().addop(GET_ANEXT);
        c.loadConst(PyNone.None);
        c.expr.addYieldFrom(true);
        u().addop(StackEffect.POP_BLOCK);
        c.expr.visit(gen.target());
        for (Expr e : gen.ifs()) {
            c.expr.jumpIf(e, ifCleanup, false);
        }
        depth++;
        if (++index < gens.size()) {
            generator(gens, index, depth, elt, val, type);
        }
        if (index >= gens.size()) {
            element(elt, val, type, depth);
        }
        u().useNextBlock(ifCleanup);
        u().addopJ(StackEffect.JUMP, start);
        c.popFblock();
        u().useNextBlock(except);
        u().addop(END_ASYNC_FOR);
    }
}
