package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * A builtin function ({@code len}, {@code math.sqrt}) or a builtin method bound to its self
 * ({@code [].append}): CPython's {@code builtin_function_or_method}. Immutable.
 */
public final class PyBuiltinFunction extends PyObject {
    private final String name;
    private final String qualname;
    private final BuiltinBody body;
    /** The bound self for a bound builtin method (owned), else null. */
    private final PyObject self;

    public PyBuiltinFunction(String name, String qualname, BuiltinBody body, PyObject self) {
        this.name = name;
        this.qualname = qualname;
        this.body = body;
        this.self = self;
    }

    @Override
    public PyType type() { return BuiltinTypes.BUILTIN_FUNCTION; }

    public String name() { return name; }

    public String qualname() { return qualname; }

    public BuiltinBody body() { return body; }

    @Override
    public boolean isCallable() { return true; }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        if (self == null) {
            return body.call(ts, argv, off, nargs, kwnames);
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject[] withSelf = new PyObject[nargs + nkw + 1];
        withSelf[0] = self;
        System.arraycopy(argv, off, withSelf, 1, nargs + nkw);
        return body.call(ts, withSelf, 0, nargs + 1, kwnames);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return switch (attr) {
            case "__name__" -> new PyStr(name);
            case "__qualname__" -> new PyStr(qualname);
            case "__self__" -> {
                PyObject s = self == null ? PyNone.None : self;
                ts.incref(s);
                yield s;
            }
            default -> super.findAttr(ts, attr);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + self.type().name() + " object at 0x"
                + Long.toHexString(ts.interp.ids.idOf(self)) + ">";
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(self);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(self);
    }
}
