package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.List;
import org.gilvm.ast.Expr;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;

/**
 * Displays and unpacking, CPython 3.11's starunpack_helper, compiler_dict and
 * unpack_helper: tuples, lists, sets and dicts (built whole, from a folded constant, or item by
 * item when starred or longer than the stack guideline) and assignment to tuple/list targets.
 */
final class DisplayCompiler {
    private final Compiler c;

    DisplayCompiler(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    private boolean allConst(List<Expr> seq, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Expr k = seq.get(i);
            if (k == null || !c.opt.isConst(c.opt.resolve(k))) {
                return false;
            }
        }
        return true;
    }

    /** CPython's starunpack_helper: tuple, list and set displays, with starred items. */
    void starunpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConst(elts, 0, n)) {
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = c.opt.constValue(c.opt.resolve(elts.get(i)));
            }
            PyObject folded = PyTuple.of(items);
            if (tuple && pushed == 0) {
                c.loadConst(folded);
            } else {
                if (add == SET_ADD) {
                    folded = c.opt.frozenSet((PyTuple) folded);
                }
                u().addopI(build, pushed);
                c.loadConst(folded);
                u().addopI(extend, 1);
                if (tuple) {
                    u().addop(LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > ExprCompiler.STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr elt : elts) {
            seenStar |= elt instanceof Expr.Starred;
        }
        if (!seenStar && !big) {
            for (Expr elt : elts) {
                c.expr.visit(elt);
            }
            u().addopI(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            u().addopI(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred st) {
                if (!built) {
                    u().addopI(build, i + pushed);
                    built = true;
                }
                c.expr.visit(st.value());
                u().addopI(extend, 1);
            } else {
                c.expr.visit(elt);
                if (built) {
                    u().addopI(add, 1);
                }
            }
        }
        if (tuple) {
            u().addop(LIST_TO_TUPLE);
        }
    }

    private void unpackHelper(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) {
                    throw c.error("multiple starred expressions in assignment");
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment");
                }
                u().addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            u().addopI(UNPACK_SEQUENCE, n);
        }
    }

    void assignmentHelper(List<Expr> elts) {
        unpackHelper(elts);
        for (Expr elt : elts) {
            c.expr.visit(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    private void subdict(Expr.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > ExprCompiler.STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(e.keys(), begin, end)) {
            for (int i = begin; i < end; i++) {
                c.expr.visit(e.values().get(i));
            }
            PyObject[] keys = new PyObject[n];
            for (int i = begin; i < end; i++) {
                keys[i - begin] = c.opt.constValue(c.opt.resolve(e.keys().get(i)));
            }
            c.loadConst(PyTuple.of(keys));
            u().addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            u().addopI(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            c.expr.visit(e.keys().get(i));
            c.expr.visit(e.values().get(i));
            if (big) {
                u().addopI(MAP_ADD, 1);
            }
        }
        if (!big) {
            u().addopI(BUILD_MAP, n);
        }
    }

    void dict(Expr.Dict e) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (e.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        u().addopI(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    u().addopI(BUILD_MAP, 0);
                    haveDict = true;
                }
                c.expr.visit(e.values().get(i));
                u().addopI(DICT_UPDATE, 1);
            } else if (elements * 2 > ExprCompiler.STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) {
                    u().addopI(DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                u().addopI(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            u().addopI(BUILD_MAP, 0);
        }
    }
}
