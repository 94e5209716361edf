package org.gilvm.interp;

import org.gilvm.objects.BytesLike;
import org.gilvm.objects.PyAnySet;
import org.gilvm.objects.PyBoundMethod;
import org.gilvm.objects.PyBuiltinFunction;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyFunction;
import org.gilvm.objects.PyGenerator;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;
import org.gilvm.objects.StrRepr;

/**
 * A short description of an object for the {@code --check-refs} report, made on the Java side
 * only: at exit no Python code may run (a {@code __repr__} could allocate, fail, or touch
 * objects the check is looking at), and an object may be half torn down.
 */
final class SafeRepr {
    private static final int MAX = 40;

    private SafeRepr() {}

    static String of(PyObject o) {
        String type = o.type().name();
        String detail = switch (o) {
            case PyStr s -> clip(StrRepr.repr(s.value()));
            case PyInt i -> clip(i.repr(null));
            case PyFloat f -> clip(f.repr(null));
            case BytesLike b -> "(len " + b.size() + ")";
            case PyList l -> "(len " + l.size() + ")";
            case PyTuple t -> "(len " + t.size() + ")";
            case PyDict d -> "(len " + d.size() + ")";
            case PyAnySet s -> "(len " + s.size() + ")";
            case PyFunction f -> quoted(f.qualname);
            case PyBuiltinFunction f -> quoted(f.qualname());
            case PyBoundMethod m -> m.func instanceof PyFunction f ? quoted(f.qualname) : null;
            case PyGenerator g -> quoted(g.qualname());
            case PyCode c -> quoted(c.qualname);
            case PyModule m -> quoted(m.name());
            case PyType t -> quoted(t.qualname());
            default -> null;
        };
        return detail == null ? type : type + " " + detail;
    }

    private static String quoted(String name) {
        return "'" + clip(name) + "'";
    }

    private static String clip(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX - 3) + "...";
    }
}
