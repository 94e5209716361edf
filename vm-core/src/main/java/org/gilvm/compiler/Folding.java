package org.gilvm.compiler;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Operator;
import org.gilvm.ast.UnaryOperator;
import org.gilvm.objects.BinaryOps;
import org.gilvm.objects.IntMath;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.UnaryOp;

/**
 * Constant folding, CPython's {@code Python/ast_opt.c}: numeric unary and binary operations
 * on literals, and tuples of constants, within CPython's size limits (so {@code 10**8}
 * becomes one constant but {@code 2**100000} is left to run time).
 */
final class Folding {
    private Folding() {}

    /** A folded value: the runtime object and the key that deduplicates it among constants. */
    record Folded(PyObject value, Object key) {}

    private static final int MAX_INT_BITS = 128;

    static Folded fold(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof ConstantValue.ComplexValue ? null
                    : new Folded(Constants.toObject(c.value()), Constants.key(c.value()));
            case Expr.UnaryOp u -> foldUnary(u);
            case Expr.BinOp b -> foldBinary(b);
            case Expr.Tuple t when t.ctx() == org.gilvm.ast.Ctx.LOAD -> foldTuple(t.elts());
            default -> null;
        };
    }

    private static Folded foldUnary(Expr.UnaryOp u) {
        Folded x = fold(u.operand());
        if (x == null || !(x.value instanceof PyInt || x.value instanceof PyFloat)) {
            return null;
        }
        UnaryOp op = switch (u.op()) {
            case USUB -> UnaryOp.NEG;
            case UADD -> UnaryOp.POS;
            case INVERT -> x.value instanceof PyInt ? UnaryOp.INVERT : null;
            case NOT -> null;
        };
        if (op == null || u.op() == UnaryOperator.NOT) {
            return null;
        }
        PyObject r = x.value instanceof PyInt i ? IntMath.unary(op, i) : new PyFloat(op == UnaryOp.NEG
                ? -((PyFloat) x.value).value : ((PyFloat) x.value).value);
        return of(r);
    }

    private static Folded foldBinary(Expr.BinOp b) {
        Folded l = fold(b.left()), r = fold(b.right());
        if (l == null || r == null) {
            return null;
        }
        boolean lnum = l.value instanceof PyInt || l.value instanceof PyFloat;
        boolean rnum = r.value instanceof PyInt || r.value instanceof PyFloat;
        if (!lnum || !rnum || b.op() == Operator.MATMUL) {
            return null;
        }
        int nb = b.op().nb();
        if (l.value instanceof PyInt x && r.value instanceof PyInt y) {
            if (nb == BinaryOps.POWER && y.signum() >= 0 && tooBigPower(x, y)
                    || nb == BinaryOps.LSHIFT && tooBigShift(x, y)) {
                return null;
            }
            return compute(() -> x.binaryOp(null, nb, y));
        }
        double a = l.value instanceof PyFloat f ? f.value : ((PyInt) l.value).doubleValue();
        double c = r.value instanceof PyFloat f ? f.value : ((PyInt) r.value).doubleValue();
        return compute(() -> org.gilvm.objects.FloatMath.binary(nb, a, c));
    }

    private static boolean tooBigPower(PyInt base, PyInt exp) {
        if (!exp.isSmall()) {
            return true;
        }
        long bits = base.toBig().bitLength();
        return bits > 0 && exp.value > 0 && bits * exp.value > MAX_INT_BITS;
    }

    private static boolean tooBigShift(PyInt x, PyInt y) {
        return !y.isSmall() || y.value < 0 || x.toBig().bitLength() + y.value > MAX_INT_BITS;
    }

    private interface Op {
        PyObject run();
    }

    /** Runs a fold; an error (1/0) is left for run time, as CPython does. */
    private static Folded compute(Op op) {
        try {
            PyObject r = op.run();
            if (r instanceof PyInt i && i.toBig().bitLength() > MAX_INT_BITS) {
                return null;
            }
            return r instanceof PyInt || r instanceof PyFloat ? of(r) : null;
        } catch (PyException e) {
            return null;
        }
    }

    private static Folded of(PyObject r) {
        if (r instanceof PyInt i) {
            return new Folded(r, Constants.key(new ConstantValue.IntValue(i.toBig())));
        }
        return new Folded(r, Constants.key(new ConstantValue.FloatValue(((PyFloat) r).value)));
    }

    private static Folded foldTuple(List<Expr> elts) {
        List<Object> keys = new ArrayList<>();
        List<PyObject> items = new ArrayList<>();
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return null;
            }
            Folded f = fold(e);
            if (f == null) {
                return null;
            }
            keys.add(f.key);
            items.add(f.value);
        }
        return new Folded(org.gilvm.objects.PyTuple.of(items.toArray(new PyObject[0])), List.of("tuple", keys));
    }

}
