package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.ast.CmpOp;
import org.gilvm.ast.Comprehension;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Keyword;
import org.gilvm.ast.Loc;
import org.gilvm.objects.PyCode;

/** Expressions, CPython 3.11's compiler_visit_expr and friends. */
final class ExprCompiler {
    private final Compiler c;

    ExprCompiler(Compiler c) {
        this.c = c;
    }

    void visit(Expr e) {
        Loc loc = e.loc();
        switch (e) {
            case Expr.Constant k -> c.loadConst(k.value(), loc);
            case Expr.Name n -> c.nameOp(n.id(), n.ctx(), loc);
            case Expr.BinOp b -> {
                Folding.Folded f = Folding.fold(b);
                if (f != null) {
                    c.loadConst(f.value(), f.key(), loc);
                    return;
                }
                visit(b.left());
                visit(b.right());
                c.emit(BINARY_OP, b.op().nb(), loc);
            }
            case Expr.UnaryOp u -> {
                Folding.Folded f = Folding.fold(u);
                if (f != null) {
                    c.loadConst(f.value(), f.key(), loc);
                    return;
                }
                visit(u.operand());
                c.emit(switch (u.op()) {
                    case INVERT -> UNARY_INVERT;
                    case NOT -> UNARY_NOT;
                    case UADD -> UNARY_POSITIVE;
                    case USUB -> UNARY_NEGATIVE;
                }, 0, loc);
            }
            case Expr.BoolOp b -> {
                CodeBuilder.Label end = c.label();
                int jump = b.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) {
                    visit(vs.get(i));
                    c.emitJump(jump, end, loc);
                }
                visit(vs.get(vs.size() - 1));
                c.bind(end);
            }
            case Expr.Compare cmp -> compare(cmp);
            case Expr.IfExp i -> {
                CodeBuilder.Label orelse = c.label(), end = c.label();
                jumpIf(i.test(), orelse, false);
                visit(i.body());
                c.emitJump(StackEffect.JUMP, end, loc);
                c.bind(orelse);
                visit(i.orelse());
                c.bind(end);
            }
            case Expr.NamedExpr n -> {
                visit(n.value());
                c.emit(COPY, 1, loc);
                c.nameOp(((Expr.Name) n.target()).id(), Ctx.STORE, n.target().loc());
            }
            case Expr.Call call -> call(call);
            case Expr.Attribute a -> {
                if (a.ctx() == Ctx.LOAD) {
                    visit(a.value());
                    c.emit(LOAD_ATTR, c.u.b.nameIndex(c.mangle(a.attr())), loc);
                } else {
                    throw new IllegalStateException("attribute store handled by assignment");
                }
            }
            case Expr.Subscript s -> {
                visit(s.value());
                visit(s.slice());
                c.emit(BINARY_SUBSCR, 0, loc);
            }
            case Expr.Slice s -> {
                int n = 2;
                optional(s.lower(), loc);
                optional(s.upper(), loc);
                if (s.step() != null) {
                    visit(s.step());
                    n = 3;
                }
                c.emit(BUILD_SLICE, n, loc);
            }
            case Expr.Tuple t -> {
                Folding.Folded f = Folding.fold(t);
                if (f != null) {
                    c.loadConst(f.value(), f.key(), loc);
                    return;
                }
                sequence(t.elts(), BUILD_TUPLE, loc, true);
            }
            case Expr.ListExpr l -> sequence(l.elts(), BUILD_LIST, loc, false);
            case Expr.Set s -> sequence(s.elts(), BUILD_SET, loc, false);
            case Expr.Dict d -> dict(d);
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Lambda l -> {
                int flags = c.defaults(l.args(), loc);
                PyCode code = c.functionCode(l, "<lambda>", l.args(), List.of(), l.body(), loc);
                c.makeClosure(code, flags, loc);
            }
            case Expr.ListComp lc -> comprehension(lc, "<listcomp>", lc.generators(), lc.elt(), null, BUILD_LIST);
            case Expr.SetComp sc -> comprehension(sc, "<setcomp>", sc.generators(), sc.elt(), null, BUILD_SET);
            case Expr.DictComp dc -> comprehension(dc, "<dictcomp>", dc.generators(), dc.key(), dc.value(), BUILD_MAP);
            case Expr.GeneratorExp g -> comprehension(g, "<genexpr>", g.generators(), g.elt(), null, -1);
            case Expr.Yield y -> {
                if (y.value() != null) {
                    visit(y.value());
                } else {
                    c.loadNone(loc);
                }
                c.emit(YIELD_VALUE, 0, loc);
                c.emit(RESUME, 1, loc);
            }
            case Expr.YieldFrom y -> {
                visit(y.value());
                c.emit(GET_YIELD_FROM_ITER, 0, loc);
                c.loadNone(loc);
                yieldFrom(loc);
            }
            case Expr.Await a -> throw c.error("'await' outside async function", loc);
            case Expr.Starred s -> throw c.error("can't use starred expression here", loc);
        }
    }

    private void optional(Expr e, Loc loc) {
        if (e == null) {
            c.loadNone(loc);
        } else {
            visit(e);
        }
    }

    /** The SEND loop of {@code yield from} / {@code await}, CPython's compiler_add_yield_from. */
    void yieldFrom(Loc loc) {
        CodeBuilder.Label send = c.label(), exit = c.label();
        c.bind(send);
        c.emitJump(SEND, exit, loc);
        c.emit(YIELD_VALUE, 0, loc);
        c.emit(RESUME, 2, loc);
        c.emitJump(StackEffect.JUMP_NO_INTERRUPT, send, loc);
        c.bind(exit);
    }

    // ---- comparisons and conditions --------------------------------------------------

    private void compareOp(CmpOp op, Loc loc) {
        switch (op) {
            case IS -> c.emit(IS_OP, 0, loc);
            case ISNOT -> c.emit(IS_OP, 1, loc);
            case IN -> c.emit(CONTAINS_OP, 0, loc);
            case NOTIN -> c.emit(CONTAINS_OP, 1, loc);
            default -> c.emit(COMPARE_OP, op.ordinal(), loc);
        }
    }

    private void compare(Expr.Compare cmp) {
        Loc loc = cmp.loc();
        visit(cmp.left());
        int n = cmp.ops().size() - 1;
        if (n == 0) {
            visit(cmp.comparators().get(0));
            compareOp(cmp.ops().get(0), loc);
            return;
        }
        CodeBuilder.Label cleanup = c.label(), end = c.label();
        for (int i = 0; i < n; i++) {
            visit(cmp.comparators().get(i));
            c.emit(SWAP, 2, loc);
            c.emit(COPY, 2, loc);
            compareOp(cmp.ops().get(i), loc);
            c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup, loc);
        }
        visit(cmp.comparators().get(n));
        compareOp(cmp.ops().get(n), loc);
        c.emitJump(StackEffect.JUMP, end, loc);
        c.bind(cleanup);
        c.emit(SWAP, 2, loc);
        c.emit(POP_TOP, 0, loc);
        c.bind(end);
    }

    /** Jumps to {@code target} if {@code e} is {@code cond}, CPython's compiler_jump_if. */
    void jumpIf(Expr e, CodeBuilder.Label target, boolean cond) {
        if (e instanceof Expr.UnaryOp u && u.op() == org.gilvm.ast.UnaryOperator.NOT) {
            jumpIf(u.operand(), target, !cond);
            return;
        }
        if (e instanceof Expr.BoolOp b) {
            boolean isOr = !b.isAnd();
            CodeBuilder.Label next2 = target;
            CodeBuilder.Label skip = null;
            if (cond != isOr) {
                skip = c.label();
                next2 = skip;
            }
            List<Expr> vs = b.values();
            for (int i = 0; i < vs.size() - 1; i++) {
                jumpIf(vs.get(i), next2, isOr);
            }
            jumpIf(vs.get(vs.size() - 1), target, cond);
            if (skip != null) {
                c.bind(skip);
            }
            return;
        }
        if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
            Loc loc = cmp.loc();
            visit(cmp.left());
            int n = cmp.ops().size() - 1;
            CodeBuilder.Label cleanup = c.label();
            for (int i = 0; i < n; i++) {
                visit(cmp.comparators().get(i));
                c.emit(SWAP, 2, loc);
                c.emit(COPY, 2, loc);
                compareOp(cmp.ops().get(i), loc);
                c.emitJump(StackEffect.POP_JUMP_IF_FALSE, cleanup, loc);
            }
            visit(cmp.comparators().get(n));
            compareOp(cmp.ops().get(n), loc);
            c.emitJump(cond ? StackEffect.POP_JUMP_IF_TRUE : StackEffect.POP_JUMP_IF_FALSE, target, loc);
            CodeBuilder.Label end = c.label();
            c.emitJump(StackEffect.JUMP, end, loc);
            c.bind(cleanup);
            c.emit(POP_TOP, 0, loc);
            if (!cond) {
                c.emitJump(StackEffect.JUMP, target, loc);
            }
            c.bind(end);
            return;
        }
        visit(e);
        c.emitJump(cond ? StackEffect.POP_JUMP_IF_TRUE : StackEffect.POP_JUMP_IF_FALSE, target, e.loc());
    }

    // ---- calls ----------------------------------------------------------------------

    private static boolean hasStarred(List<Expr> args, List<Keyword> kws) {
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return true;
            }
        }
        for (Keyword k : kws) {
            if (k.arg() == null) {
                return true;
            }
        }
        return false;
    }

    private void call(Expr.Call call) {
        Loc loc = call.loc();
        boolean starred = hasStarred(call.args(), call.keywords());
        if (call.func() instanceof Expr.Attribute a && a.ctx() == Ctx.LOAD && !starred
                && call.keywords().size() + call.args().size() < 256) {
            visit(a.value());
            c.emit(LOAD_METHOD, c.u.b.nameIndex(c.mangle(a.attr())), a.loc());
            callHelper(0, call.args(), call.keywords(), loc);
            return;
        }
        if (call.func() instanceof Expr.Name n && c.isGlobalLoad(n.id())) {
            c.loadGlobalWithNull(n.id(), n.loc());
        } else {
            c.emit(PUSH_NULL, 0, loc);
            visit(call.func());
        }
        callHelper(0, call.args(), call.keywords(), loc);
    }

    /** Arguments and the call itself; {@code n} arguments are already on the stack. */
    void callHelper(int n, List<Expr> args, List<Keyword> keywords, Loc loc) {
        if (hasStarred(args, keywords)) {
            starredCall(n, args, keywords, loc);
            return;
        }
        for (Expr a : args) {
            visit(a);
        }
        List<String> kwNames = new ArrayList<>();
        for (Keyword k : keywords) {
            visit(k.value());
            kwNames.add(k.arg());
        }
        int total = n + args.size() + keywords.size();
        if (!kwNames.isEmpty()) {
            c.emit(KW_NAMES, c.constIndexOfStrTuple(kwNames), loc);
        }
        c.emit(PRECALL, total, loc);
        c.emit(CALL, total, loc);
    }

    private void starredCall(int n, List<Expr> args, List<Keyword> keywords, Loc loc) {
        // Positional arguments become one tuple (CPython's starunpack_helper).
        List<Expr> pos = new ArrayList<>(args);
        if (n > 0) {
            c.emit(BUILD_LIST, n, loc);
            for (Expr a : pos) {
                appendToList(a, loc);
            }
            c.emit(LIST_TO_TUPLE, 0, loc);
        } else {
            sequence(pos, BUILD_TUPLE, loc, true);
        }
        boolean haveDict = false;
        if (!keywords.isEmpty()) {
            int pending = 0;
            for (Keyword k : keywords) {
                if (k.arg() == null) {
                    if (pending > 0) {
                        c.emit(BUILD_MAP, pending, loc);
                        if (haveDict) {
                            c.emit(DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        pending = 0;
                    }
                    if (!haveDict) {
                        c.emit(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visit(k.value());
                    c.emit(DICT_MERGE, 1, loc);
                } else {
                    c.loadConst(new ConstantValue.StrValue(k.arg()), k.loc());
                    visit(k.value());
                    pending++;
                }
            }
            if (pending > 0) {
                c.emit(BUILD_MAP, pending, loc);
                if (haveDict) {
                    c.emit(DICT_MERGE, 1, loc);
                }
                haveDict = true;
            }
        }
        c.emit(CALL_FUNCTION_EX, haveDict ? 1 : 0, loc);
    }

    private void appendToList(Expr a, Loc loc) {
        if (a instanceof Expr.Starred s) {
            visit(s.value());
            c.emit(LIST_EXTEND, 1, loc);
        } else {
            visit(a);
            c.emit(LIST_APPEND, 1, loc);
        }
    }

    // ---- displays -------------------------------------------------------------------

    /** Tuple, list or set display, with starred items (CPython's starunpack_helper). */
    void sequence(List<Expr> elts, int buildOp, Loc loc, boolean tuple) {
        boolean starred = false;
        for (Expr e : elts) {
            starred |= e instanceof Expr.Starred;
        }
        if (!starred) {
            for (Expr e : elts) {
                visit(e);
            }
            c.emit(buildOp, elts.size(), loc);
            return;
        }
        int extend = buildOp == BUILD_SET ? SET_UPDATE : LIST_EXTEND;
        int add = buildOp == BUILD_SET ? SET_ADD : LIST_APPEND;
        c.emit(buildOp == BUILD_SET ? BUILD_SET : BUILD_LIST, 0, loc);
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                visit(s.value());
                c.emit(extend, 1, loc);
            } else {
                visit(e);
                c.emit(add, 1, loc);
            }
        }
        if (tuple) {
            c.emit(LIST_TO_TUPLE, 0, loc);
        }
    }

    private void dict(Expr.Dict d) {
        Loc loc = d.loc();
        int pending = 0;
        boolean haveDict = false;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                if (pending > 0 || !haveDict) {
                    c.emit(BUILD_MAP, pending, loc);
                    if (haveDict) {
                        c.emit(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    pending = 0;
                }
                visit(d.values().get(i));
                c.emit(DICT_UPDATE, 1, loc);
            } else {
                visit(k);
                visit(d.values().get(i));
                pending++;
            }
        }
        if (pending > 0 || !haveDict) {
            c.emit(BUILD_MAP, pending, loc);
            if (haveDict) {
                c.emit(DICT_UPDATE, 1, loc);
            }
        }
    }

    private void joinedStr(Expr.JoinedStr j) {
        for (Expr v : j.values()) {
            visit(v);
        }
        if (j.values().size() != 1 || !(j.values().get(0) instanceof Expr.FormattedValue)) {
            c.emit(BUILD_STRING, j.values().size(), j.loc());
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        visit(f.value());
        int oparg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            visit(f.formatSpec());
            oparg |= 0x04;
        }
        c.emit(FORMAT_VALUE, oparg, f.loc());
    }

    // ---- comprehensions ---------------------------------------------------------------

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, int buildOp) {
        Loc loc = node.loc();
        Scope scope = c.st.scopeOf(node);
        String qualname = c.qualnameFor(name);
        c.enterUnit(scope, name, qualname, loc.line(), List.of(".0"));
        c.prologue(loc);
        if (buildOp >= 0) {
            c.emit(buildOp, 0, loc);
        }
        comprehensionGenerator(gens, 0, elt, value, buildOp, loc);
        if (buildOp < 0) {
            c.returnNone(loc);
        } else {
            c.emit(RETURN_VALUE, 0, loc);
        }
        PyCode code = c.leaveUnit(1, 0, 0, 0);
        c.makeClosure(code, 0, loc);
        visit(gens.get(0).iter());
        c.emit(GET_ITER, 0, loc);
        c.emit(PRECALL, 0, loc);
        c.emit(CALL, 0, loc);
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, Expr elt, Expr value, int buildOp,
                                        Loc loc) {
        Comprehension g = gens.get(index);
        CodeBuilder.Label start = c.label(), ifCleanup = c.label(), anchor = c.label();
        if (index == 0) {
            c.emit(LOAD_FAST, 0, loc);
        } else {
            visit(g.iter());
            c.emit(GET_ITER, 0, loc);
        }
        c.bind(start);
        c.emitJump(FOR_ITER, anchor, loc);
        c.stmt.assignTarget(g.target());
        for (Expr cond : g.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, elt, value, buildOp, loc);
        } else {
            int depth = gens.size() + 1;
            switch (buildOp) {
                case BUILD_LIST -> {
                    visit(elt);
                    c.emit(LIST_APPEND, depth, loc);
                }
                case BUILD_SET -> {
                    visit(elt);
                    c.emit(SET_ADD, depth, loc);
                }
                case BUILD_MAP -> {
                    visit(elt);
                    visit(value);
                    c.emit(MAP_ADD, depth, loc);
                }
                default -> {
                    visit(elt);
                    c.emit(YIELD_VALUE, 0, loc);
                    c.emit(RESUME, 1, loc);
                    c.emit(POP_TOP, 0, loc);
                }
            }
        }
        c.bind(ifCleanup);
        c.emitJump(StackEffect.JUMP, start, loc);
        c.bind(anchor);
    }

}
