package org.gilvm.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a static Java method as a method of a builtin type: its first parameter (after an
 * optional {@code ThreadState}) is {@code self}. The Python signature is given in
 * Argument-Clinic style by {@link #sig}, e.g. {@code "sep=None, maxsplit=-1"}; when empty,
 * every remaining Java parameter is a required positional-only argument.
 *
 * <p>Java parameter types map to conversions: {@code PyObject} (any), a {@code PyObject}
 * subclass (checked), {@code int}/{@code long} ({@code __index__}), {@code double}
 * ({@code __float__}), {@code boolean} (truth), {@code String} (must be str). A
 * {@code PyTuple} for {@code *args} and a {@code PyDict} for {@code **kwargs}. A default of
 * {@code ?} means "optional, passed as null when absent". Returns are new references;
 * {@code void} returns None and primitives are boxed into Python objects.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExposedMethod {
    /** The Python name; defaults to the Java name with a trailing underscore removed. */
    String name() default "";

    /** The Python parameters after self, Argument-Clinic style. */
    String sig() default "";
}
