package org.gilvm.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a static Java method as a function of a builtin module (builtins, sys, time,
 * math...). Same conventions as {@link ExposedMethod}, without self.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExposedFunction {
    String name() default "";

    String sig() default "";
}
