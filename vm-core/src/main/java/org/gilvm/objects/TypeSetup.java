package org.gilvm.objects;

import java.lang.reflect.Method;
import org.gilvm.builtins.BuiltinRegistry;
import org.gilvm.builtins.ExposedMethod;
import org.gilvm.builtins.PyHash;
import org.gilvm.subinterp.PyCall;
import org.gilvm.subinterp.PyChannel;
import org.gilvm.subinterp.PyInbox;
import org.gilvm.subinterp.PySharedCell;
import org.gilvm.subinterp.PySharedLock;
import org.gilvm.subinterp.PySubinterpreter;

/**
 * Fills the dicts of the builtin types, once per JVM, before any interpreter runs: exposed
 * methods from the Java classes in {@link #METHOD_CLASSES}, slot wrappers for the protocols
 * ({@link SlotWrappers}), and constructors. Idempotent and thread-safe; every interpreter
 * calls {@link #ready()} when it is created.
 */
public final class TypeSetup {
    private TypeSetup() {}

    private static boolean done;

    /** Which Java classes hold the {@link ExposedMethod}s of which builtin type. */
    static Object[][] methodClasses() {
        return new Object[][] {
                {BuiltinTypes.LIST, ListMethods.class},
                {BuiltinTypes.DICT, DictMethods.class},
                {BuiltinTypes.STR, StrMethods.class},
                {BuiltinTypes.STR, StrSearch.class},
                {BuiltinTypes.STR, StrSplit.class},
                {BuiltinTypes.STR, StrCase.class},
                {BuiltinTypes.STR, StrTranslate.class},
                {BuiltinTypes.BYTES, BytesSplit.class},
                {BuiltinTypes.OBJECT, ObjectMethods.class},
                {BuiltinTypes.TYPE, TypeMethods.class},
                {BuiltinTypes.TUPLE, TupleMethods.class},
                {BuiltinTypes.SET, SetMethods.class},
                {BuiltinTypes.FROZENSET, FrozenSetMethods.class},
                {BuiltinTypes.BYTES, BytesMethods.class},
                {BuiltinTypes.BYTES, BytesCase.class},
                {BuiltinTypes.BYTES, BytesPadding.class},
                {BuiltinTypes.BYTEARRAY, BytesMethods.class},
                {BuiltinTypes.BYTEARRAY, BytesSplit.class},
                {BuiltinTypes.BYTEARRAY, BytesCase.class},
                {BuiltinTypes.BYTEARRAY, BytesPadding.class},
                {BuiltinTypes.BYTEARRAY, ByteArrayMethods.class},
                {BuiltinTypes.INT, IntMethods.class},
                {BuiltinTypes.FLOAT, FloatMethods.class},
                {BuiltinTypes.COMPLEX, ComplexMath.class},
                {BuiltinTypes.RANGE, RangeMethods.class},
                {BuiltinTypes.SLICE, PySlice.class},
                {BuiltinTypes.DICT_KEYS, PyDictView.Keys.class},
                {BuiltinTypes.DICT_VALUES, PyDictView.Values.class},
                {BuiltinTypes.DICT_ITEMS, PyDictView.Items.class},
                {ExceptionTypes.BASE_EXCEPTION, ExceptionMethods.class},
                {ExceptionTypes.BASE_EXCEPTION, ExceptionNotes.class},
                {ExceptionTypes.IMPORT_ERROR, ImportErrorMethods.class},
                {BuiltinTypes.PROPERTY, PropertyMethods.class},
                {BuiltinTypes.GENERATOR, GeneratorMethods.class},
                {BuiltinTypes.TEXT_IO, TextIOMethods.class},
                {PyLock.TYPE, LockMethods.class},
                {PyRLock.TYPE, RLockMethods.class},
                {PyInbox.TYPE, PyInbox.class},
                {PyCall.TYPE, PyCall.class},
                {PySubinterpreter.TYPE, PySubinterpreter.class},
                {PyChannel.TYPE, PyChannel.class},
                {PySharedLock.TYPE, PySharedLock.class},
                {PySharedCell.TYPE, PySharedCell.class},
                {PyHash.TYPE, PyHash.class},
        };
    }

    public static synchronized void ready() {
        if (done) {
            return;
        }
        for (Object[] row : methodClasses()) {
            register((PyType) row[0], (Class<?>) row[1]);
        }
        SlotWrappers.install();
        Constructors.install();
        done = true;
    }

    /** Adds every {@link ExposedMethod} of {@code cls} to {@code type}'s dict. */
    public static void register(PyType type, Class<?> cls) {
        for (Method m : cls.getDeclaredMethods()) {
            ExposedMethod ann = m.getAnnotation(ExposedMethod.class);
            if (ann == null) {
                continue;
            }
            String name = ann.name().isEmpty() ? pythonName(m.getName()) : ann.name();
            PyMethodDescr d = new PyMethodDescr(name, type,
                    BuiltinRegistry.adapt(m, type.name() + "." + name, ann.sig(), type.name()));
            type.dict().putRaw(name, d.immortal());
        }
    }

    /** Java names that clash with keywords carry a trailing underscore: {@code import_}. */
    public static String pythonName(String javaName) {
        return javaName.endsWith("_") ? javaName.substring(0, javaName.length() - 1) : javaName;
    }
}
