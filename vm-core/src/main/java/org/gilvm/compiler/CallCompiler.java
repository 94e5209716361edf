package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Keyword;
import org.gilvm.objects.PyStr;

/**
 * Calls, CPython 3.11's compiler_call, maybe_optimize_method_call and compiler_call_helper:
 * {@code obj.meth(...)} as LOAD_METHOD/PRECALL/CALL, plain calls as PUSH_NULL + callee +
 * PRECALL/CALL (with KW_NAMES for keywords), and CALL_FUNCTION_EX when there are
 * {@code *args}/{@code **kwargs} or too many arguments.
 */
final class CallCompiler {
    private final Compiler c;

    CallCompiler(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        u().setLoc(e.func().loc());
        u().addop(PUSH_NULL);
        u().setLoc(e.loc());
        c.expr.visit(e.func());
        callHelper(0, e.args(), e.keywords());
    }

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) {
                continue;
            }
            if (key.arg().equals("__debug__")) {
                throw c.error("cannot assign to __debug__");
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (key.arg().equals(other.arg())) {
                    throw c.error("keyword argument repeated: " + key.arg(), other.loc());
                }
            }
        }
    }

    /** Whether a name was bound by an import at module level (then no LOAD_METHOD is used). */
    private boolean isImportOriginated(Expr e) {
        return e instanceof Expr.Name n && (c.st.top.flags(n.id()) & Scope.DEF_IMPORT) != 0;
    }

    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(c.opt.resolve(e.func()) instanceof Expr.Attribute meth) || meth.ctx() != Ctx.LOAD) {
            return false;
        }
        if (isImportOriginated(meth.value())) {
            return false;
        }
        int argsl = e.args().size(), kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= ExprCompiler.STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : e.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : e.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        c.expr.visit(meth.value());
        u().setLoc(meth.loc());
        c.expr.updateStartLocationToMatchAttr(meth);
        c.addopName(LOAD_METHOD, meth.attr());
        for (Expr a : e.args()) {
            c.expr.visit(a);
        }
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) {
                c.expr.visit(k.value());
            }
            kwNames(e.keywords());
        }
        u().setLoc(e.loc());
        c.expr.updateStartLocationToMatchAttr(meth);
        u().addopI(PRECALL, argsl + kwdsl);
        u().addopI(CALL, argsl + kwdsl);
        return true;
    }

    private void kwNames(List<Keyword> keywords) {
        List<String> names = new ArrayList<>();
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        u().addopI(KW_NAMES, c.constIndex(Compiler.strTuple(names)));
    }

    /** CPython's compiler_call_helper; {@code n} arguments are already on the stack. */
    void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > ExprCompiler.STACK_USE_GUIDELINE;
        for (Expr a : args) {
            ex |= a instanceof Expr.Starred;
        }
        for (Keyword k : keywords) {
            ex |= k.arg() == null;
        }
        if (!ex) {
            for (Expr a : args) {
                c.expr.visit(a);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    c.expr.visit(k.value());
                }
                kwNames(keywords);
            }
            u().addopI(PRECALL, n + nelts + nkwelts);
            u().addopI(CALL, n + nelts + nkwelts);
            return;
        }
        // Positional arguments as one tuple.
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            c.expr.visit(s.value());
        } else {
            c.displays.starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        // Keyword arguments as one dict.
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            u().addopI(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        u().addopI(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    c.expr.visit(kw.value());
                    u().addopI(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    u().addopI(DICT_MERGE, 1);
                }
            }
        }
        u().addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > ExprCompiler.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<String> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                c.expr.visit(keywords.get(i).value());
                keys.add(keywords.get(i).arg());
            }
            c.loadConst(Compiler.strTuple(keys));
            u().addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            u().addopINoLine(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            c.loadConst(PyStr.intern(kw.arg()));
            c.expr.visit(kw.value());
            if (big) {
                u().addopINoLine(MAP_ADD, 1);
            }
        }
        if (!big) {
            u().addopI(BUILD_MAP, n);
        }
    }
}
