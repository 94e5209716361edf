package org.gilvm.objects;

import java.util.Map;
import org.gilvm.interp.ThreadState;

/**
 * Puts the protocol dunders of builtin types into their dicts ({@code int.__add__},
 * {@code list.__len__}, {@code str.__repr__}), CPython's slot wrappers: each calls the Java
 * protocol method the type's class overrides. Explicitly exposed methods win.
 */
final class SlotWrappers {
    private SlotWrappers() {}

    private static final Map<PyType, Class<? extends PyObject>> CLASSES = Map.ofEntries(
            Map.entry(BuiltinTypes.INT, PyInt.class), Map.entry(BuiltinTypes.BOOL, PyBool.class),
            Map.entry(BuiltinTypes.FLOAT, PyFloat.class), Map.entry(BuiltinTypes.STR, PyStr.class),
            Map.entry(BuiltinTypes.COMPLEX, PyComplex.class),
            Map.entry(BuiltinTypes.BYTES, PyBytes.class), Map.entry(BuiltinTypes.LIST, PyList.class),
            Map.entry(BuiltinTypes.BYTEARRAY, PyByteArray.class),
            Map.entry(BuiltinTypes.TUPLE, PyTuple.class), Map.entry(BuiltinTypes.DICT, PyDict.class),
            Map.entry(BuiltinTypes.RANGE, PyRange.class), Map.entry(BuiltinTypes.SLICE, PySlice.class),
            Map.entry(BuiltinTypes.TYPE, PyType.class), Map.entry(BuiltinTypes.FUNCTION, PyFunction.class),
            Map.entry(BuiltinTypes.NONE_TYPE, PyNone.class), Map.entry(BuiltinTypes.PROPERTY, PyProperty.class),
            Map.entry(BuiltinTypes.BUILTIN_FUNCTION, PyBuiltinFunction.class),
            Map.entry(BuiltinTypes.METHOD, PyBoundMethod.class), Map.entry(BuiltinTypes.MODULE, PyModule.class),
            Map.entry(BuiltinTypes.SET, PySet.class), Map.entry(BuiltinTypes.FROZENSET, PyFrozenSet.class),
            Map.entry(BuiltinTypes.DICT_KEYS, PyDictView.Keys.class),
            Map.entry(BuiltinTypes.DICT_VALUES, PyDictView.Values.class),
            Map.entry(BuiltinTypes.DICT_ITEMS, PyDictView.Items.class),
            Map.entry(ExceptionTypes.BASE_EXCEPTION, PyBaseException.class),
            Map.entry(BuiltinTypes.ENUMERATE, PyEnumerate.class), Map.entry(BuiltinTypes.ZIP, PyZip.class),
            Map.entry(BuiltinTypes.MAP, PyMap.class), Map.entry(BuiltinTypes.FILTER, PyFilter.class),
            Map.entry(BuiltinTypes.REVERSED, PyReversed.class),
            Map.entry(BuiltinTypes.CALLABLE_ITERATOR, PyCallableIterator.class),
            Map.entry(BuiltinTypes.TEXT_IO, PyTextIO.class));

    private interface Unary { PyObject apply(ThreadState ts, PyObject self); }

    private interface Binary { PyObject apply(ThreadState ts, PyObject self, PyObject other); }

    static void install() {
        CLASSES.forEach(SlotWrappers::installFor);
    }

    private static void installFor(PyType type, Class<? extends PyObject> cls) {
        unary(type, cls, "__repr__", "repr", (ts, s) -> new PyStr(s.repr(ts)));
        unary(type, cls, "__str__", "str", (ts, s) -> new PyStr(s.str(ts)));
        unary(type, cls, "__len__", "len", (ts, s) -> PyInt.of(s.len(ts)));
        unary(type, cls, "__bool__", "isTrue", (ts, s) -> PyBool.of(s.isTrue(ts)));
        unary(type, cls, "__iter__", "iter", (ts, s) -> s.iter(ts));
        unary(type, cls, "__index__", "index", (ts, s) -> s.index(ts));
        if (overrides(cls, "hash")) {
            unary(type, cls, "__hash__", "hash", (ts, s) -> PyInt.of(s.hash(ts)));
        }
        if (type == BuiltinTypes.LIST || type == BuiltinTypes.DICT || type == BuiltinTypes.SLICE
                || type == BuiltinTypes.BYTEARRAY) {
            type.dict().putRaw("__hash__", PyNone.None);
        }
        binary(type, cls, "__getitem__", "getItem", (ts, s, k) -> s.getItem(ts, k));
        binary(type, cls, "__contains__", "contains", (ts, s, k) -> PyBool.of(s.contains(ts, k)));
        for (CompareOp op : CompareOp.values()) {
            binary(type, cls, op.dunder, "richCompare", (ts, s, o) -> s.richCompare(ts, o, op));
        }
        for (int nb = 0; nb < BinaryOps.INPLACE; nb++) {
            int n = nb;
            binary(type, cls, BinaryOps.dunder(nb), "binaryOp", (ts, s, o) -> s.binaryOp(ts, n, o));
            binary(type, cls, BinaryOps.reflectedDunder(nb), "reflectedOp", (ts, s, o) -> s.reflectedOp(ts, n, o));
        }
        for (UnaryOp op : UnaryOp.values()) {
            unary(type, cls, op.dunder, "unaryOp", (ts, s) -> s.unaryOp(ts, op));
        }
        if (overrides(cls, "next")) {
            unary(type, cls, "__next__", "next", (ts, s) -> {
                PyObject r = s.next(ts);
                if (r == null) {
                    throw Errors.stopIteration();
                }
                return r;
            });
        }
    }

    private static boolean overrides(Class<?> cls, String javaName) {
        for (java.lang.reflect.Method m : cls.getMethods()) {
            if (m.getName().equals(javaName) && m.getDeclaringClass() != PyObject.class) {
                return true;
            }
        }
        return false;
    }

    private static void unary(PyType type, Class<?> cls, String dunder, String javaName, Unary f) {
        if (!overrides(cls, javaName) || type.dict().getStr(dunder) != null) {
            return;
        }
        type.dict().putRaw(dunder, new PyMethodDescr(dunder, type, (ts, argv, off, nargs, kw) -> {
            checkArgs(type, dunder, nargs, 1, kw);
            return f.apply(ts, argv[off]);
        }).immortal());
    }

    private static void binary(PyType type, Class<?> cls, String dunder, String javaName, Binary f) {
        if (!overrides(cls, javaName) || type.dict().getStr(dunder) != null) {
            return;
        }
        type.dict().putRaw(dunder, new PyMethodDescr(dunder, type, (ts, argv, off, nargs, kw) -> {
            checkArgs(type, dunder, nargs, 2, kw);
            return f.apply(ts, argv[off], argv[off + 1]);
        }).immortal());
    }

    private static void checkArgs(PyType type, String dunder, int nargs, int expected, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("wrapper " + dunder + "() takes no keyword arguments");
        }
        if (nargs != expected) {
            throw Errors.typeError("expected " + (expected - 1) + " argument" + (expected == 2 ? "" : "s")
                    + ", got " + (nargs - 1));
        }
    }
}
