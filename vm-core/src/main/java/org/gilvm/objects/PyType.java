package org.gilvm.objects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.gilvm.interp.ThreadState;

/**
 * A Python type, CPython's {@code PyTypeObject}.
 *
 * <p>Builtin types are created once per JVM, made immortal and never mutated after
 * {@link BuiltinTypes} has filled their dicts (CPython's static types are likewise shared by
 * all interpreters and immutable). User classes ("heap types") belong to the interpreter
 * that created them and are mutable.
 *
 * <p>Calling a type constructs an instance: {@link #newInstance} is the type's
 * {@code tp_new}; {@code __init__} is then found on the type and called, as CPython's
 * {@code type_call} does.
 */
public final class PyType extends PyObject {
    /** CPython's tp_new for builtin types: builds an instance from call arguments. */
    @FunctionalInterface
    public interface NewFunction {
        PyObject construct(ThreadState ts, PyType type, PyObject[] argv, int off, int nargs,
                           String[] kwnames);
    }

    private String name;
    private String qualname;
    private final String module;
    private PyType[] bases;
    private PyType[] mro;
    private final PyDict dict;
    private final boolean heapType;
    private final boolean baseType;
    /** The builtin ancestor whose Java layout instances have: object, int, list, Exception... */
    private final PyType solidBase;
    private NewFunction newFunction;
    /** Bumped on every change to this type or an ancestor: the key of attribute caches. */
    private int version;
    /** For heap types: how many {@code __slots__} values an instance holds, inherited ones included. */
    private int slotCount;
    /** For heap types: whether instances have a {@code __dict__} (false only under {@code __slots__}). */
    private boolean instanceDict = true;

    private PyType(String name, String module, PyType[] bases, PyDict dict, boolean heapType,
                   boolean baseType, PyType solidBase, NewFunction newFunction) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.bases = bases;
        this.dict = dict;
        this.heapType = heapType;
        this.baseType = baseType;
        this.solidBase = solidBase == null ? this : solidBase;
        this.newFunction = newFunction;
    }

    /** A builtin type; its dict is filled later by {@link BuiltinTypes}. */
    public static PyType builtin(String name, PyType base, boolean subclassable, NewFunction newFunction) {
        PyType[] bases = base == null ? new PyType[0] : new PyType[] {base};
        // Immortal like the type: a builtin type class may first be loaded while a checked
        // program runs, and its dict belongs to the JVM, not to that program.
        PyType t = new PyType(name, "builtins", bases, new PyDict().immortal(), false, subclassable, null,
                newFunction);
        t.mro = withHead(t, computeMro(bases));
        return t.immortal();
    }

    /** A type defined by a builtin module other than builtins, such as {@code _thread.lock}. */
    public static PyType builtinIn(String module, String name, PyType base, NewFunction newFunction) {
        PyType[] bases = base == null ? new PyType[0] : new PyType[] {base};
        PyType t = new PyType(name, module, bases, new PyDict().immortal(), false, false, null, newFunction);
        t.mro = withHead(t, computeMro(bases));
        return t.immortal();
    }

    /** A class statement's result: {@code type(name, bases, ns)}. */
    public static PyType heap(ThreadState ts, String name, String qualname, String module,
                              PyType[] bases, PyDict ns) {
        if (bases.length == 0) {
            bases = new PyType[] {BuiltinTypes.OBJECT};
        }
        for (PyType b : bases) {
            if (!b.baseType) {
                throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        PyType solid = solidBaseOf(bases);
        // The MRO is settled before the type exists: a class that cannot have one is never made.
        PyType[] tail = computeMro(bases);
        PyType t = new PyType(name, module, bases, ns, true, true, solid, null);
        t.qualname = qualname;
        t.mro = withHead(t, tail);
        return t;
    }

    private static PyType solidBaseOf(PyType[] bases) {
        PyType solid = bases[0].solidBase;
        for (PyType b : bases) {
            PyType s = b.solidBase;
            if (s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return solid;
    }

    private static PyType[] withHead(PyType t, PyType[] tail) {
        PyType[] mro = new PyType[tail.length + 1];
        mro[0] = t;
        System.arraycopy(tail, 0, mro, 1, tail.length);
        return mro;
    }

    /** C3 linearisation, CPython's mro_implementation: the MRO of a class with these bases, less the class. */
    private static PyType[] computeMro(PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                LinkedHashSet<String> names = new LinkedHashSet<>();
                for (List<PyType> seq : seqs) {
                    names.add(seq.get(0).name);
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    @Override
    public PyType type() {
        return BuiltinTypes.TYPE;
    }

    public String name() { return name; }

    public String qualname() { return qualname; }

    public String module() { return module; }

    public PyType[] bases() { return bases; }

    public PyType[] mro() { return mro; }

    public PyType solidBase() { return solidBase; }

    public boolean isHeapType() { return heapType; }

    public boolean isBaseType() { return baseType; }

    public int version() { return version; }

    public int slotCount() { return slotCount; }

    public boolean hasInstanceDict() { return instanceDict; }

    /** Set once by {@link ClassBuilder} from {@code __slots__}, before any instance exists. */
    void setLayout(int slotCount, boolean instanceDict) {
        this.slotCount = slotCount;
        this.instanceDict = instanceDict;
    }

    @Override
    public PyDict dict() { return dict; }

    public NewFunction newFunction() { return newFunction; }

    /** Called by BuiltinTypes while types are being set up. */
    void setNewFunction(NewFunction f) { this.newFunction = f; }

    /** The first builtin ancestor's tp_new: what {@code object.__new__(cls)} and friends use. */
    public NewFunction inheritedNew() {
        for (PyType t : mro) {
            if (t.newFunction != null) {
                return t.newFunction;
            }
        }
        throw new IllegalStateException("no tp_new on " + name);
    }

    /** {@code issubclass(self, other)} by MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** CPython's _PyType_Lookup: the attribute found along the MRO, borrowed; null if none. */
    public PyObject lookup(String attr) {
        for (PyType t : mro) {
            PyObject v = t.dict.getStr(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Marks this type and (conservatively) its attribute caches stale after a change. */
    public void modified() {
        version++;
    }

    /**
     * A stamp of everything attribute lookup on this type depends on: the versions of the
     * types along its MRO. A change to any of them (a class attribute set or deleted on the
     * class or on a base) changes it, so an inline cache keyed on (type, stamp) is stale
     * exactly when a lookup could find something else. Types do not track their subclasses
     * (CPython invalidates them through tp_subclasses); summing the MRO's versions, which only
     * grow, gets the same answer for the cost of a short loop.
     */
    public int mroStamp() {
        int s = 0;
        for (PyType t : mro) {
            s += t.version;
        }
        return s;
    }

    // ---- type as an object ----------------------------------------------------------

    @Override
    public String repr(ThreadState ts) {
        String mod = module();
        if (mod == null || mod.equals("builtins")) {
            return "<class '" + qualname + "'>";
        }
        return "<class '" + mod + "." + qualname + "'>";
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        return TypeCalls.call(ts, this, argv, off, nargs, kwnames);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return TypeCalls.findTypeAttr(ts, this, attr);
    }

    @Override
    public void setAttr(ThreadState ts, String attr, PyObject value) {
        if (!heapType) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (attr.equals("__name__")) {
            name = ((PyStr) value).value();
            return;
        }
        if (attr.equals("__qualname__")) {
            qualname = ((PyStr) value).value();
            return;
        }
        dict.setStr(ts, attr, value);
        modified();
    }

    @Override
    public void delAttr(ThreadState ts, String attr) {
        if (!heapType) {
            throw Errors.typeError("cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (!dict.delStr(ts, attr)) {
            throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        }
        modified();
    }

    @Override
    public long hash(ThreadState ts) {
        return System.identityHashCode(this);
    }

    @Override
    public PyObject binaryOp(ThreadState ts, int nb, PyObject other) {
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public void dealloc(ThreadState ts) {
        ts.decref(dict);
        for (PyType b : bases) {
            ts.decref(b);
        }
    }

    /** A heap type owns its dict and its bases; a builtin type is immortal and never traversed. */
    @Override
    public void traverse(RefVisitor v) {
        v.visit(dict);
        for (PyType b : bases) {
            v.visit(b);
        }
    }
}
