package org.gilvm.builtins;

import java.lang.reflect.Method;
import org.gilvm.objects.BuiltinBody;

/** Turns annotated Java methods into callable builtin bodies (see {@link ExposedMethod}). */
public final class BuiltinRegistry {
    private BuiltinRegistry() {}

    /**
     * @param qualname     the name error messages use, e.g. "list.append" or "len"
     * @param selfTypeName the owning type's name for a method, null for a module function
     */
    public static BuiltinBody adapt(Method m, String qualname, String sig, String selfTypeName) {
        return JavaBuiltin.of(m, qualname, sig, selfTypeName);
    }
}
