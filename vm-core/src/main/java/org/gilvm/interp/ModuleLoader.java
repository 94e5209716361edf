package org.gilvm.interp;

import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.TypeSetup;

/** Creates builtin modules and imports user modules (being written). */
public final class ModuleLoader {
    private final Interpreter interp;

    ModuleLoader(Interpreter interp) {
        this.interp = interp;
    }

    PyModule createBuiltins() {
        TypeSetup.ready();
        ThreadState ts = new ThreadState(interp);
        return new PyModule(ts, "builtins", new PyDict());
    }
}
