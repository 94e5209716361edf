package org.gilvm.builtins;

import java.util.List;

/**
 * Every builtin module, in one table: {@code import NAME} looks here before the file system.
 * A test checks that each class here carries a matching {@link ExposedModule} and that no
 * annotated module class is missing.
 */
public final class ModuleTable {
    private ModuleTable() {}

    public static final List<Class<?>> MODULES = List.of(
            BuiltinsModule.class,
            SysModule.class,
            TimeModule.class,
            MathModule.class,
            DisModule.class,
            ThreadModule.class,
            GcModule.class,
            InterpretersModule.class,
            HashlibModule.class,
            PosixModule.class);
}
