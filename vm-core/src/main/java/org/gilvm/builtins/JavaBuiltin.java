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
    private final Method method;
    /**
     * The spread handle, made on first call: building one costs a few LambdaForms, and most
     * of the several hundred builtins are never called by a given program (start-up time).
     */
    private volatile MethodHandle handle;
    private final boolean wantsThreadState;
    private final Class<?> selfType;
    private final String selfTypeName;
    private final Class<?>[] paramTypes;
    private final Class<?> returnType;

    private JavaBuiltin(String qualname, Signature sig, Method method, boolean wantsThreadState,
                        Class<?> selfType, String selfTypeName, Class<?>[] paramTypes, Class<?> returnType) {
        this.qualname = qualname;
        this.sig = sig;
        this.method = method;
        this.wantsThreadState = wantsThreadState;
        this.selfType = selfType;
        this.selfTypeName = selfTypeName;
        this.paramTypes = paramTypes;
        this.returnType = returnType;
    }

    /**
     * @param qualname     "list.append" for a method, the bare name for a module function
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
        String name = qualname;
        if (selfTypeName != null) {
            selfType = all[first];
            first++;
            name = qualname.substring(selfTypeName.length() + 1);
        } else {
            String module = moduleOf(m.getDeclaringClass());
            if (module != null && !module.equals("builtins")) {
                qualname = module + "." + name;
            }
        }
        Class<?>[] params = java.util.Arrays.copyOfRange(all, first, all.length);
        Signature sig = Signature.parse(name, qualname, sigSpec, params.length);
        return new JavaBuiltin(qualname, sig, m, wantsTs, selfType, selfTypeName, params, m.getReturnType());
    }

    private MethodHandle handle() {
        MethodHandle mh = handle;
        if (mh == null) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(method.getDeclaringClass(),
                        MethodHandles.lookup());
                mh = lookup.unreflect(method).asSpreader(Object[].class, method.getParameterCount())
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            handle = mh;
        }
        return mh;
    }

    /**
     * The module a function class serves, for the "math.sqrt() takes..." texts: its own
     * {@link ExposedModule}, or, for the classes that share a module's work, the module whose
     * class name (less "Module") starts theirs: MathSums serves MathModule's math. Null when
     * neither says, and then texts name the function bare, as for builtins.
     */
    static String moduleOf(Class<?> cls) {
        ExposedModule own = cls.getAnnotation(ExposedModule.class);
        if (own != null) {
            return own.name();
        }
        for (Class<?> module : ModuleTable.MODULES) {
            String stem = module.getSimpleName().replace("Module", "");
            if (cls.getSimpleName().startsWith(stem)) {
                return ModuleFactory.nameOf(module);
            }
        }
        return null;
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
                throw Errors.typeError("descriptor '" + sig.name() + "' for '" + selfTypeName
                        + "' objects doesn't apply to a '" + self.type().name() + "' object");
            }
            javaArgs[j++] = self;
            off++;
            nargs--;
        }
        if (kwnames == null && nargs == sig.directArity()) {
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
            result = (Object) handle().invokeExact(javaArgs);
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
            throw badArgument(index, "str", value);
        }
        if (type.isInstance(value)) {
            return value;
        }
        throw badArgument(index, Abstract.pythonNameOf(type), value);
    }

    /** CPython's _PyArg_BadArgument: "replace() argument 1 must be str, not None". */
    private RuntimeException badArgument(int index, String expected, PyObject value) {
        return Errors.typeError(sig.name() + "() " + sig.argumentName(index) + " must be " + expected
                + ", not " + (value == PyNone.None ? "None" : value.type().name()));
    }
}
