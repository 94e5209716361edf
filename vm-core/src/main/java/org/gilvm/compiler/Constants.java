package org.gilvm.compiler;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.gilvm.ast.ConstantValue;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyEllipsis;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/** Runtime objects for literal constants, with the dedupe keys the code builder uses. */
final class Constants {
    private Constants() {}

    static int index(CodeBuilder b, ConstantValue v) {
        return b.constIndex(key(v), toObject(v));
    }

    static Object key(ConstantValue v) {
        return switch (v) {
            case ConstantValue.FloatValue f -> List.of("float", Double.doubleToRawLongBits(f.value()));
            case ConstantValue.ComplexValue c -> List.of("complex", Double.doubleToRawLongBits(c.imag()));
            case ConstantValue.BytesValue bv -> List.of("bytes", HexFormat.of().formatHex(bv.value()));
            case ConstantValue.IntValue i -> List.of("int", i.value());
            case ConstantValue.StrValue s -> List.of("str", s.value());
            case ConstantValue.BoolValue bo -> List.of("bool", bo.value());
            default -> v;
        };
    }

    static PyObject toObject(ConstantValue v) {
        return switch (v) {
            case ConstantValue.NoneValue n -> PyNone.None;
            case ConstantValue.BoolValue b -> PyBool.of(b.value());
            case ConstantValue.EllipsisValue e -> PyEllipsis.Ellipsis;
            case ConstantValue.IntValue i -> PyInt.of(i.value());
            case ConstantValue.FloatValue f -> new PyFloat(f.value());
            case ConstantValue.ComplexValue c -> throw new UnsupportedOperationException("complex literals");
            case ConstantValue.StrValue s -> PyStr.intern(s.value());
            case ConstantValue.BytesValue b -> new PyBytes(b.value());
        };
    }

    /** A tuple constant from folded elements (each already a runtime object with its key). */
    static int tupleIndex(CodeBuilder b, List<Object> keys, List<PyObject> items) {
        return b.constIndex(List.of("tuple", keys), PyTuple.of(items.toArray(new PyObject[0])));
    }

    static BigInteger bigOf(ConstantValue v) {
        return v instanceof ConstantValue.IntValue i ? i.value() : null;
    }
}
