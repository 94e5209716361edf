package org.gilvm.interp;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * Interpreter teardown after the main module has ended, CPython's {@code finalize_modules}
 * (Python/pylifecycle.c): every reference the interpreter's modules and caches hold is
 * released, so that in a VM whose counts balance, every object the program made ends freed
 * or immortal. Run under {@code --check-refs}, before {@link RefReport} looks for survivors.
 *
 * <p>Order, as CPython's: {@code __main__}'s dict first, then the other modules' dicts in
 * reverse order of import, each cleared as {@code _PyModule_ClearDict} does (names with a
 * leading underscore set to None first, then all the others but {@code __builtins__}, so a
 * {@code __del__} running meanwhile still finds the builtins); then {@code sys.modules}, the
 * dicts of {@code sys} and {@code builtins}, and last the interpreter's own references
 * (its builtins module, {@code sys.modules} itself) and the main thread's handled exception.
 * CPython then runs its cyclic GC; gilvm has none, so what a cycle keeps is left for the
 * report to list as a cycle.
 */
final class Finalization {
    private Finalization() {}

    static void finalizeModules(ThreadState ts) {
        Interpreter interp = ts.interp;
        PyDict modules = interp.modules();
        PyObject main = modules.getStr("__main__");
        if (main instanceof PyModule m) {
            clearModuleDict(ts, m.dict());
        }
        List<PyObject> imported = new ArrayList<>();
        for (int p = modules.nextEntry(0); p >= 0; p = modules.nextEntry(p + 1)) {
            PyObject key = modules.keyAt(p);
            PyObject m = modules.valueAt(p);
            if (m instanceof PyModule && !(key instanceof PyStr s && isLastCleared(s.value()))) {
                ts.incref(m);
                imported.add(m);
            }
        }
        for (int i = imported.size() - 1; i >= 0; i--) {
            PyObject m = imported.get(i);
            clearModuleDict(ts, m.dict());
            ts.decref(m);
        }
        PyObject sys = modules.getStr("sys");
        ts.incref(sys);
        modules.clear(ts);
        if (sys != null) {
            sys.dict().clear(ts);
            ts.decref(sys);
        }
        interp.builtins().dict().clear(ts);
        ts.decref(interp.builtins());
        ts.decref(modules);
        for (ThreadState.ExcState e = ts.excInfo; e != null; e = e.previous) {
            PyObject handled = e.value;
            e.value = null;
            ts.decref(handled);
        }
    }

    /** {@code __main__} goes first, {@code sys} and {@code builtins} after every other module. */
    private static boolean isLastCleared(String name) {
        return name.equals("__main__") || name.equals("sys") || name.equals("builtins");
    }

    /** CPython's _PyModule_ClearDict: values become None, {@code __builtins__} last of all. */
    private static void clearModuleDict(ThreadState ts, PyDict d) {
        if (d == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
            if (d.keyAt(p) instanceof PyStr s) {
                names.add(s.value());
            }
        }
        for (String name : names) {
            if (name.startsWith("_") && !name.equals("__builtins__")) {
                noneOut(ts, d, name);
            }
        }
        for (String name : names) {
            if (!name.equals("__builtins__")) {
                noneOut(ts, d, name);
            }
        }
    }

    /** Sets an entry that still exists to None: a {@code __del__} may have removed it. */
    private static void noneOut(ThreadState ts, PyDict d, String name) {
        PyObject v = d.getStr(name);
        if (v != null && v != PyNone.None) {
            d.setStr(ts, name, PyNone.None);
        }
    }
}
