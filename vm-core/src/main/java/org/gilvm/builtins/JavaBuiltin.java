package org.gilvm.builtins;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinBody;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * Adapts an annotated static Java method ({@link ExposedMethod}, {@link ExposedFunction}) to
 * the vectorcall convention: binds arguments by its {@link Signature}, converts each to the
 * Java parameter type, invokes it through a spread MethodHandle and converts the result.
 */
final class JavaBuiltin implements BuiltinBody {
    private final String qualname;
    private final Signature sig;
    private final MethodHandle handle;
    private final boolean wantsThreadState;
    private final Class<?> selfType;
    private final String selfTypeName;
    private final Class<?>[] paramTypes;
    private final Class<?> returnType;
    private final boolean simple;

    private JavaBuiltin(String qualname, Signature sig, MethodHandle handle, boolean wantsThreadState,
                        Class<?> selfType, String selfTypeName, Class<?>[] paramTypes, Class<?> returnType,
                        boolean simple) {
        this.qualname = qualname;
        this.sig = sig;
        this.handle = handle;
        this.wantsThreadState = wantsThreadState;
        this.selfType = selfType;
        this.selfTypeName = selfTypeName;
        this.paramTypes = paramTypes;
        this.returnType = returnType;
        this.simple = simple;
    }

    /**
     * @param qualname     what error messages call it: "len", "list.append"
     * @param selfTypeName the Python type name for a method, null for a function
     */
    static JavaBuiltin of(Method m, String qualname, String sigSpec, String selfTypeName) {
        if (!Modifier.isStatic(m.getModifiers())) {
            throw new IllegalArgumentException(m + " must be static");
        }
        Class<?>[] all = m.getParameterTypes();
        int first = 0;
        boolean wantsTs = all.length > 0 && all[0] == ThreadState.class;
        if (wantsTs) {
            first = 1;
        }
        Class<?> selfType = null;
        if (selfTypeName != null) {
            selfType = all[first];
            first++;
        }
        Class<?>[] params = java.util.Arrays.copyOfRange(all, first, all.length);
        Signature sig = Signature.parse(qualname, sigSpec, params.length);
        MethodHandle mh;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(m.getDeclaringClass(),
                    MethodHandles.lookup());
            mh = lookup.unreflect(m);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        mh = mh.asSpreader(Object[].class, all.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        return new JavaBuiltin(qualname, sig, mh, wantsTs, selfType, selfTypeName, params,
                m.getReturnType(), sigSpec.isBlank());
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        int extra = (wantsThreadState ? 1 : 0) + (selfType != null ? 1 : 0);
        Object[] javaArgs = new Object[extra + paramTypes.length];
        int j = 0;
        if (wantsThreadState) {
            javaArgs[j++] = ts;
        }
        if (selfType != null) {
            if (nargs == 0) {
                throw Errors.typeError("unbound method " + qualname + "() needs an argument");
            }
            PyObject self = argv[off];
            if (!selfType.isInstance(self)) {
                throw Errors.typeError("descriptor '" + sig.funcName().substring(sig.funcName().indexOf('.') + 1)
                        + "' for '" + selfTypeName + "' objects doesn't apply to a '"
                        + self.type().name() + "' object");
            }
            javaArgs[j++] = self;
            off++;
            nargs--;
        }
        if (simple && kwnames == null && nargs == paramTypes.length) {
            for (int i = 0; i < nargs; i++) {
                javaArgs[j + i] = convert(ts, argv[off + i], paramTypes[i], i);
            }
            return invoke(ts, javaArgs);
        }
        PyObject[] slots = sig.bind(ts, argv, off, nargs, kwnames);
        try {
            for (int i = 0; i < slots.length; i++) {
                javaArgs[j + i] = slots[i] == null ? null : convert(ts, slots[i], paramTypes[i], i);
            }
            return invoke(ts, javaArgs);
        } finally {
            sig.release(ts, slots);
        }
    }

    private PyObject invoke(ThreadState ts, Object[] javaArgs) {
        Object result;
        try {
            result = (Object) handle.invokeExact(javaArgs);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return box(result);
    }

    private PyObject box(Object result) {
        if (returnType == void.class) {
            return PyNone.None;
        }
        if (result instanceof PyObject o) {
            return o;
        }
        if (result == null) {
            throw new IllegalStateException(qualname + " returned null");
        }
        return switch (result) {
            case Boolean b -> PyBool.of(b);
            case Integer i -> PyInt.of(i);
            case Long l -> PyInt.of(l);
            case Double d -> new PyFloat(d);
            case String s -> new PyStr(s);
            default -> throw new IllegalStateException(qualname + " returned " + result.getClass());
        };
    }

    private Object convert(ThreadState ts, PyObject value, Class<?> type, int index) {
        if (type == PyObject.class) {
            return value;
        }
        if (type == int.class) {
            return Abstract.asInt(ts, value);
        }
        if (type == long.class) {
            return Abstract.asLong(ts, value);
        }
        if (type == double.class) {
            return Abstract.asDouble(ts, value);
        }
        if (type == boolean.class) {
            return value.isTrue(ts);
        }
        if (type == String.class) {
            if (value instanceof PyStr s) {
                return s.value();
            }
            throw Errors.typeError(qualname + "() argument " + (index + 1) + " must be str, not "
                    + value.type().name());
        }
        if (type.isInstance(value)) {
            return value;
        }
        throw Errors.typeError(qualname + "() argument " + (index + 1) + " must be "
                + Abstract.pythonNameOf(type) + ", not " + value.type().name());
    }
}
