package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.List;
import org.gilvm.ast.CmpOp;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.UnaryOperator;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyStr;

/** Expressions, CPython 3.11's compiler_visit_expr and friends. */
final class ExprCompiler {
    /** CPython's STACK_USE_GUIDELINE: longer displays and calls are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    private final Compiler c;

    ExprCompiler(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    /** CPython's compiler_visit_expr: the expression's position is current while it compiles. */
    void visit(Expr e0) {
        Expr e = c.opt.resolve(e0);
        Unit unit = c.u;
        Unit.SavedLoc saved = unit.saveLoc();
        unit.setLoc(e.loc());
        visit1(e);
        unit.restoreLoc(saved);
    }

    private void visit1(Expr e) {
        if (!(e instanceof Expr.Constant) && c.opt.isConst(e)) {
            c.loadConst(c.opt.constValue(e));
            return;
        }
        switch (e) {
            case Expr.NamedExpr n -> {
                visit(n.value());
                u().addopI(COPY, 1);
                visit(n.target());
            }
            case Expr.BoolOp b -> boolOp(b);
            case Expr.BinOp b -> {
                visit(b.left());
                visit(b.right());
                u().addopI(BINARY_OP, b.op().nb());
            }
            case Expr.UnaryOp un -> {
                visit(un.operand());
                u().addop(switch (un.op()) {
                    case INVERT -> UNARY_INVERT;
                    case NOT -> UNARY_NOT;
                    case UADD -> UNARY_POSITIVE;
                    case USUB -> UNARY_NEGATIVE;
                });
            }
            case Expr.Lambda l -> c.defs.lambda(l);
            case Expr.IfExp i -> ifExp(i);
            case Expr.Dict d -> c.displays.dict(d);
            case Expr.Set s -> c.displays.starunpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.GeneratorExp g -> c.comp.comprehension(g, ComprehensionCompiler.GENEXP, "<genexpr>",
                    g.generators(), g.elt(), null);
            case Expr.ListComp l -> c.comp.comprehension(l, ComprehensionCompiler.LISTCOMP, "<listcomp>",
                    l.generators(), l.elt(), null);
            case Expr.SetComp s -> c.comp.comprehension(s, ComprehensionCompiler.SETCOMP, "<setcomp>",
                    s.generators(), s.elt(), null);
            case Expr.DictComp d -> c.comp.comprehension(d, ComprehensionCompiler.DICTCOMP, "<dictcomp>",
                    d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                if (!u().isFunctionBlock()) {
                    throw c.error("'yield' outside function");
                }
                if (y.value() != null) {
                    visit(y.value());
                } else {
                    c.loadConst(PyNone.None);
                }
                addopYield();
            }
            case Expr.YieldFrom y -> {
                if (!u().isFunctionBlock()) {
                    throw c.error("'yield' outside function");
                }
                if (u().scopeType == Unit.ScopeType.ASYNC_FUNCTION) {
                    throw c.error("'yield from' inside async function");
                }
                visit(y.value());
                u().addop(GET_YIELD_FROM_ITER);
                c.loadConst(PyNone.None);
                addYieldFrom(false);
            }
            case Expr.Await a -> {
                if (!u().isFunctionBlock()) {
                    throw c.error("'await' outside function");
                }
                if (u().scopeType != Unit.ScopeType.ASYNC_FUNCTION
                        && u().scopeType != Unit.ScopeType.COMPREHENSION) {
                    throw c.error("'await' outside async function");
                }
                visit(a.value());
                u().addopI(GET_AWAITABLE, 0);
                c.loadConst(PyNone.None);
                addYieldFrom(true);
            }
            case Expr.Compare cmp -> compare(cmp);
            case Expr.Call call -> c.call.call(call);
            case Expr.Constant k -> c.loadConst(Constants.toObject(k.value()));
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Attribute a -> {
                visit(a.value());
                updateStartLocationToMatchAttr(a);
                switch (a.ctx()) {
                    case LOAD -> c.addopName(LOAD_ATTR, a.attr());
                    case STORE -> {
                        if (a.attr().equals("__debug__")) {
                            throw c.error("cannot assign to __debug__");
                        }
                        c.addopName(STORE_ATTR, a.attr());
                    }
                    case DEL -> c.addopName(DELETE_ATTR, a.attr());
                }
            }
            case Expr.Subscript s -> {
                visit(s.value());
                visit(s.slice());
                u().addop(switch (s.ctx()) {
                    case LOAD -> BINARY_SUBSCR;
                    case STORE -> STORE_SUBSCR;
                    case DEL -> DELETE_SUBSCR;
                });
            }
            case Expr.Starred s -> throw c.error(s.ctx() == Ctx.STORE
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
            case Expr.Slice s -> slice(s);
            case Expr.Name n -> c.nameop(n.id(), n.ctx());
            case Expr.ListExpr l -> {
                switch (l.ctx()) {
                    case STORE -> c.displays.assignmentHelper(l.elts());
                    case LOAD -> c.displays.starunpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                    case DEL -> l.elts().forEach(this::visit);
                }
            }
            case Expr.Tuple t -> {
                switch (t.ctx()) {
                    case STORE -> c.displays.assignmentHelper(t.elts());
                    case LOAD -> c.displays.starunpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                    case DEL -> t.elts().forEach(this::visit);
                }
            }
        }
    }

    private void addopYield() {
        if (u().ste.generator && u().ste.coroutine) {
            u().addop(ASYNC_GEN_WRAP);
        }
        u().addop(YIELD_VALUE);
        u().addopI(RESUME, 1);
    }

    /** The SEND loop of {@code yield from} / {@code await}, CPython's compiler_add_yield_from. */
    void addYieldFrom(boolean await) {
        Block start = u().newBlock(), resume = u().newBlock(), exit = u().newBlock();
        u().useNextBlock(start);
        u().addopJ(SEND, exit);
        u().useNextBlock(resume);
        u().addop(YIELD_VALUE);
        u().addopI(RESUME, await ? 3 : 2);
        u().addopJ(StackEffect.JUMP_NO_INTERRUPT, start);
        u().useNextBlock(exit);
    }

    /** If an attribute access spans lines, its instruction starts at the attribute name. */
    void updateStartLocationToMatchAttr(Expr.Attribute attr) {
        Unit unit = u();
        if (unit.lineno != attr.loc().endLine()) {
            unit.lineno = attr.loc().endLine();
            int len = attr.attr().length();
            if (len <= attr.loc().endCol()) {
                unit.colOffset = attr.loc().endCol() - len;
            } else {
                unit.colOffset = -1;
                unit.endColOffset = -1;
            }
            unit.endLineno = Math.max(unit.lineno, unit.endLineno);
            if (unit.lineno == unit.endLineno) {
                unit.endColOffset = Math.max(unit.colOffset, unit.endColOffset);
            }
        }
    }

    private void slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            visit(s.lower());
        } else {
            c.loadConst(PyNone.None);
        }
        if (s.upper() != null) {
            visit(s.upper());
        } else {
            c.loadConst(PyNone.None);
        }
        if (s.step() != null) {
            n++;
            visit(s.step());
        }
        u().addopI(BUILD_SLICE, n);
    }

    // ---- boolean operations and comparisons ----------------------------------------------

    private void boolOp(Expr.BoolOp e) {
        int jump = e.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        Block end = u().newBlock();
        List<Expr> s = e.values();
        int n = s.size() - 1;
        for (int i = 0; i < n; i++) {
            visit(s.get(i));
            u().addopJ(jump, end);
            u().useNextBlock(u().newBlock());
        }
        visit(s.get(n));
        u().useNextBlock(end);
    }

    private void addCompare(CmpOp op) {
        switch (op) {
            case IS -> u().addopI(IS_OP, 0);
            case ISNOT -> u().addopI(IS_OP, 1);
            case IN -> u().addopI(CONTAINS_OP, 0);
            case NOTIN -> u().addopI(CONTAINS_OP, 1);
            default -> u().addopI(COMPARE_OP, op.ordinal());
        }
    }

    private void compare(Expr.Compare e) {
        visit(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            visit(e.comparators().get(0));
            addCompare(e.ops().get(0));
            return;
        }
        Block cleanup = u().newBlock();
        for (int i = 0; i < n; i++) {
            visit(e.comparators().get(i));
            u().addopI(SWAP, 2);
            u().addopI(COPY, 2);
            addCompare(e.ops().get(i));
            u().addopJ(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visit(e.comparators().get(n));
        addCompare(e.ops().get(n));
        Block end = u().newBlock();
        u().addopJNoLine(StackEffect.JUMP, end);
        u().useNextBlock(cleanup);
        u().addopI(SWAP, 2);
        u().addop(POP_TOP);
        u().useNextBlock(end);
    }

    /** Jumps to {@code next} if {@code e} is {@code cond}: CPython's compiler_jump_if. */
    void jumpIf(Expr e0, Block next, boolean cond) {
        Expr e = c.opt.resolve(e0);
        if (!c.opt.isConst(e)) {
            switch (e) {
                case Expr.UnaryOp un when un.op() == UnaryOperator.NOT -> {
                    jumpIf(un.operand(), next, !cond);
                    return;
                }
                case Expr.BoolOp b -> {
                    List<Expr> s = b.values();
                    int n = s.size() - 1;
                    boolean cond2 = !b.isAnd();
                    Block next2 = next;
                    if (cond2 != cond) {
                        next2 = u().newBlock();
                    }
                    for (int i = 0; i < n; i++) {
                        jumpIf(s.get(i), next2, cond2);
                    }
                    jumpIf(s.get(n), next, cond);
                    if (next2 != next) {
                        u().useNextBlock(next2);
                    }
                    return;
                }
                case Expr.IfExp i -> {
                    Block end = u().newBlock(), next2 = u().newBlock();
                    jumpIf(i.test(), next2, false);
                    jumpIf(i.body(), next, cond);
                    u().addopJNoLine(StackEffect.JUMP, end);
                    u().useNextBlock(next2);
                    jumpIf(i.orelse(), next, cond);
                    u().useNextBlock(end);
                    return;
                }
                case Expr.Compare cmp -> {
                    u().setLoc(e.loc());
                    if (cmp.ops().size() == 1) {
                        break;
                    }
                    int n = cmp.ops().size() - 1;
                    Block cleanup = u().newBlock();
                    visit(cmp.left());
                    for (int i = 0; i < n; i++) {
                        visit(cmp.comparators().get(i));
                        u().addopI(SWAP, 2);
                        u().addopI(COPY, 2);
                        addCompare(cmp.ops().get(i));
                        u().addopJ(StackEffect.POP_JUMP_IF_FALSE, cleanup);
                    }
                    visit(cmp.comparators().get(n));
                    addCompare(cmp.ops().get(n));
                    u().addopJ(cond ? StackEffect.POP_JUMP_IF_TRUE : StackEffect.POP_JUMP_IF_FALSE, next);
                    Block end = u().newBlock();
                    u().addopJNoLine(StackEffect.JUMP, end);
                    u().useNextBlock(cleanup);
                    u().addop(POP_TOP);
                    if (!cond) {
                        u().addopJNoLine(StackEffect.JUMP, next);
                    }
                    u().useNextBlock(end);
                    return;
                }
                default -> { }
            }
        }
        visit(e);
        u().addopJ(cond ? StackEffect.POP_JUMP_IF_TRUE : StackEffect.POP_JUMP_IF_FALSE, next);
    }

    private void ifExp(Expr.IfExp e) {
        Block end = u().newBlock(), next = u().newBlock();
        jumpIf(e.test(), next, false);
        visit(e.body());
        u().addopJNoLine(StackEffect.JUMP, end);
        u().useNextBlock(next);
        visit(e.orelse());
        u().useNextBlock(end);
    }

    // ---- f-strings --------------------------------------------------------------------

    private void joinedStr(Expr.JoinedStr e) {
        int count = e.values().size();
        if (count > STACK_USE_GUIDELINE) {
            c.loadConst(PyStr.EMPTY);
            c.addopName(LOAD_METHOD, "join");
            u().addopI(BUILD_LIST, 0);
            for (Expr v : e.values()) {
                visit(v);
                u().addopI(LIST_APPEND, 1);
            }
            u().addopI(PRECALL, 1);
            u().addopI(CALL, 1);
        } else {
            for (Expr v : e.values()) {
                visit(v);
            }
            if (count != 1) {
                u().addopI(BUILD_STRING, count);
            }
        }
    }

    private void formattedValue(Expr.FormattedValue e) {
        visit(e.value());
        int oparg = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (e.formatSpec() != null) {
            visit(e.formatSpec());
            oparg |= 0x04;
        }
        u().addopI(FORMAT_VALUE, oparg);
    }
}
