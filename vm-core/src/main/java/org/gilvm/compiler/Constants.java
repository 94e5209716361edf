package org.gilvm.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.gilvm.ast.ConstantValue;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyEllipsis;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyFrozenSet;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * Literal constants as runtime objects, and the keys that deduplicate them in co_consts:
 * CPython's {@code _PyCode_ConstantKey}, under which 1, 1.0 and True stay distinct, -0.0 is
 * not 0.0, tuples and frozensets compare by their items' keys and code objects by identity.
 */
final class Constants {
    private Constants() {}

    private record TypedKey(String type, Object value) {}

    static PyObject toObject(ConstantValue v) {
        return switch (v) {
            case ConstantValue.NoneValue n -> PyNone.None;
            case ConstantValue.BoolValue b -> PyBool.of(b.value());
            case ConstantValue.EllipsisValue e -> PyEllipsis.Ellipsis;
            case ConstantValue.IntValue i -> PyInt.of(i.value());
            case ConstantValue.FloatValue f -> new PyFloat(f.value());
            case ConstantValue.ComplexValue c -> new org.gilvm.objects.PyComplex(0.0, c.imag());
            case ConstantValue.StrValue s -> PyStr.intern(s.value());
            case ConstantValue.BytesValue b -> new PyBytes(b.value());
        };
    }

    /** The dedupe key of a constant object. */
    static Object key(ThreadState ts, PyObject o) {
        if (o == PyNone.None || o == PyEllipsis.Ellipsis) {
            return o;
        }
        if (o instanceof PyBool b) {
            return new TypedKey("bool", b.isTrue(ts));
        }
        if (o instanceof PyInt i && o.type() == org.gilvm.objects.BuiltinTypes.INT) {
            return new TypedKey("int", i.toBig());
        }
        if (o instanceof PyStr s && o.type() == org.gilvm.objects.BuiltinTypes.STR) {
            return new TypedKey("str", s.value());
        }
        if (o instanceof PyBytes b) {
            return new TypedKey("bytes", HexFormat.of().formatHex(b.value()));
        }
        if (o instanceof PyFloat f) {
            return new TypedKey("float", Double.doubleToLongBits(f.value));
        }
        if (o instanceof org.gilvm.objects.PyComplex c) {
            return new TypedKey("complex", List.of(Double.doubleToLongBits(c.real), Double.doubleToLongBits(c.imag)));
        }
        if (o instanceof PyTuple t) {
            List<Object> keys = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                keys.add(key(ts, t.get(i)));
            }
            return new TypedKey("tuple", keys);
        }
        if (o instanceof PyFrozenSet f) {
            Set<Object> keys = new HashSet<>();
            for (PyObject item : items(ts, f)) {
                keys.add(key(ts, item));
            }
            return new TypedKey("frozenset", keys);
        }
        return new IdentityKey(o);
    }

    /** The items of a constant frozenset, in table order. */
    static List<PyObject> items(ThreadState ts, PyFrozenSet f) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = f.iter(ts);
        try {
            for (PyObject x; (x = Abstract.next(ts, it)) != null; ) {
                out.add(x);
                ts.decref(x);   // the frozenset keeps its items alive
            }
        } finally {
            ts.decref(it);
        }
        return out;
    }

    /** Code objects (and anything else) are distinct from every other constant. */
    private record IdentityKey(PyObject o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
