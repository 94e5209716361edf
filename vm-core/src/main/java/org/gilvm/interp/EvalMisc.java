package org.gilvm.interp;

import static org.gilvm.bytecode.Op.*;

import org.gilvm.objects.EntryCursor;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/** Imports, class creation, exception-handling and with-statement instructions. */
final class EvalMisc {
    private EvalMisc() {}

    static int execute(ThreadState ts, Frame f, PyObject[] s, int sp, int op, int arg) {
        return switch (op) {
            case LOAD_BUILD_CLASS -> {
                PyObject bc = f.builtins.getStr("__build_class__");
                if (bc == null) {
                    throw Errors.of(ExceptionTypes.NAME_ERROR, "__build_class__ not found");
                }
                ts.incref(bc);
                s[sp] = bc;
                yield sp + 1;
            }
            case LOAD_ASSERTION_ERROR -> {
                ts.incref(ExceptionTypes.ASSERTION_ERROR);
                s[sp] = ExceptionTypes.ASSERTION_ERROR;
                yield sp + 1;
            }
            case IMPORT_NAME -> importName(ts, f, s, sp, f.code.names[arg]);
            case IMPORT_FROM -> importFrom(ts, s, sp, f.code.names[arg]);
            case IMPORT_STAR -> importStar(ts, f, s, sp);
            case SETUP_ANNOTATIONS -> {
                if (f.locals.getStr("__annotations__") == null) {
                    f.locals.setStrSteal(ts, "__annotations__", new PyDict());
                }
                yield sp;
            }
            case PRINT_EXPR -> printExpr(ts, s, sp);
            case CALL_FUNCTION_EX -> EvalCalls.callFunctionEx(ts, s, sp, arg);
            case PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, BEFORE_WITH, WITH_EXCEPT_START ->
                EvalExceptions.execute(ts, s, sp, op);
            default -> throw new IllegalStateException("unknown opcode " + op + " in " + f.code.qualname);
        };
    }

    /** IMPORT_NAME: {@code [level, fromlist] -> [module]}. */
    private static int importName(ThreadState ts, Frame f, PyObject[] s, int sp, String name) {
        PyObject fromlist = s[sp - 1];
        int level = ((PyInt) s[sp - 2]).intValue();
        PyObject m = ts.interp.loader().importModule(ts, name, fromlist, level, f.globals);
        sp = EvalOps.pop(ts, s, sp);
        return EvalOps.replaceTop(ts, s, sp, m);
    }

    /** IMPORT_FROM: {@code [module] -> [module, module.name]}, with CPython's ImportError text. */
    private static int importFrom(ThreadState ts, PyObject[] s, int sp, String name) {
        PyObject m = s[sp - 1];
        PyObject v = m.findAttr(ts, name);
        if (v == null && m instanceof PyModule mod) {
            v = ts.interp.loader().submodule(ts, mod, name);
        }
        if (v == null) {
            String modName = m instanceof PyModule mod ? mod.name() : "<unknown module name>";
            PyObject file = m instanceof PyModule mod ? mod.dict().getStr("__file__") : null;
            // Compare CPython 3.11's import_from in Python/ceval.c.
            String msg;
            if (!(file instanceof PyStr fs)) {
                msg = "cannot import name '" + name + "' from '" + modName + "' (unknown location)";
                file = null;
            } else if (ts.interp.loader().isInitializing((PyModule) m)) {
                msg = "cannot import name '" + name + "' from partially initialized module '" + modName
                        + "' (most likely due to a circular import) (" + fs.value() + ")";
            } else {
                msg = "cannot import name '" + name + "' from '" + modName + "' (" + fs.value() + ")";
            }
            throw ModuleLoader.importError(ts, msg, modName, file);
        }
        s[sp] = v;
        return sp + 1;
    }

    /** IMPORT_STAR: copies the module's public names (or its __all__) into the locals. */
    private static int importStar(ThreadState ts, Frame f, PyObject[] s, int sp) {
        PyObject m = s[sp - 1];
        PyDict target = f.locals != null ? f.locals : f.globals;
        PyDict md = m.dict();
        PyObject all = md == null ? null : md.getStr("__all__");
        if (all != null) {
            PyTuple names = org.gilvm.objects.Abstract.toTuple(ts, all);
            try {
                for (int i = 0; i < names.size(); i++) {
                    String n = ((PyStr) names.get(i)).value();
                    PyObject v = org.gilvm.objects.Abstract.getAttr(ts, m, n);
                    target.setStrSteal(ts, n, v);
                }
            } finally {
                ts.decref(names);
            }
        } else if (md != null) {
            EntryCursor c = new EntryCursor();
            while (md.next(ts, c)) {
                try {
                    if (c.key instanceof PyStr k && !k.value().startsWith("_")) {
                        target.put(ts, k, c.value);
                    }
                } finally {
                    c.release(ts);
                }
            }
        }
        return EvalOps.pop(ts, s, sp);
    }

    /** PRINT_EXPR (the interactive prompt): sys.displayhook's default behaviour. */
    private static int printExpr(ThreadState ts, PyObject[] s, int sp) {
        PyObject v = s[sp - 1];
        if (v != PyNone.None) {
            ts.interp.streams().out.println(v.repr(ts));
        }
        return EvalOps.pop(ts, s, sp);
    }
}
