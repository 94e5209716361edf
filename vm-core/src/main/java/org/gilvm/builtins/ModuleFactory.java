package org.gilvm.builtins;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.TypeSetup;

/** Builds a module object from a class annotated {@link ExposedModule}. */
public final class ModuleFactory {
    private ModuleFactory() {}

    public static String nameOf(Class<?> cls) {
        return cls.getAnnotation(ExposedModule.class).name();
    }

    /** Creates the module for {@code cls} in the calling interpreter. */
    public static PyModule create(ThreadState ts, Class<?> cls) {
        String modName = nameOf(cls);
        PyDict dict = new PyDict();
        PyModule module = new PyModule(ts, modName, dict);
        fill(ts, cls, module, dict);
        return module;
    }

    /** Adds the functions and constants of {@code cls} to an existing module dict. */
    public static void fill(ThreadState ts, Class<?> cls, PyModule module, PyDict dict) {
        for (Method m : cls.getDeclaredMethods()) {
            ExposedFunction ann = m.getAnnotation(ExposedFunction.class);
            if (ann == null) {
                continue;
            }
            String name = ann.name().isEmpty() ? TypeSetup.pythonName(m.getName()) : ann.name();
            PyBuiltinFunction f = new PyBuiltinFunction(name, name,
                    BuiltinRegistry.adapt(m, name, ann.sig(), null), null);
            dict.setStrSteal(ts, name, f);
        }
        for (Method m : cls.getDeclaredMethods()) {
            if (m.getName().equals("init") && Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 2 && m.getParameterTypes()[0] == ThreadState.class) {
                try {
                    m.setAccessible(true);
                    m.invoke(null, ts, dict);
                } catch (ReflectiveOperationException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
