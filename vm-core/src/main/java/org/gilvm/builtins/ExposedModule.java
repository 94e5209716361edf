package org.gilvm.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as the implementation of a builtin module: its {@link ExposedFunction}s become
 * the module's functions, and an optional {@code static void init(ThreadState ts, PyDict dict)}
 * adds constants and objects (called once per interpreter).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExposedModule {
    String name();
}
