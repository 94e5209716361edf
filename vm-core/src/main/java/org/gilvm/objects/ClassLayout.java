package org.gilvm.objects;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.interp.ThreadState;

/**
 * The instance layout of a new class, from its bases and {@code __slots__} (CPython's
 * type_new_slots and type_new_descriptors): how many slot values an instance holds, which
 * names they have, and whether instances have a {@code __dict__}.
 */
final class ClassLayout {
    private final int inherited;
    private final List<String> names;
    private final boolean instanceDict;
    /** Whether this class is the first in its line to give instances a dict (so it gets the descriptor). */
    private final boolean addsDict;

    private ClassLayout(int inherited, List<String> names, boolean instanceDict, boolean addsDict) {
        this.inherited = inherited;
        this.names = names;
        this.instanceDict = instanceDict;
        this.addsDict = addsDict;
    }

    /** Checks {@code __slots__} in dict against the bases, with CPython's errors. */
    static ClassLayout of(ThreadState ts, String className, PyType[] bases, PyDict dict) {
        PyType slotBase = null;
        boolean baseDict = false;
        for (PyType b : bases) {
            if (b.solidBase() == BuiltinTypes.OBJECT && b.isHeapType()) {
                baseDict |= b.hasInstanceDict();
                if (b.slotCount() > 0) {
                    if (slotBase == null || b.isSubtypeOf(slotBase)) {
                        slotBase = b;
                    } else if (!slotBase.isSubtypeOf(b)) {
                        throw Errors.typeError("multiple bases have instance lay-out conflict");
                    }
                }
            }
        }
        int inherited = slotBase == null ? 0 : slotBase.slotCount();
        PyObject spec = dict.getStr("__slots__");
        if (spec == null) {
            return new ClassLayout(inherited, List.of(), true, !baseDict);
        }
        List<String> names = new ArrayList<>();
        boolean wantsDict = false;
        PyList items = spec instanceof PyStr ? null : Abstract.toList(ts, spec);
        try {
            int n = items == null ? 1 : items.size();
            for (int i = 0; i < n; i++) {
                PyObject item = items == null ? spec : items.get(i);
                if (!(item instanceof PyStr s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '" + item.type().name() + "'");
                }
                String name = s.value();
                if (!StrCase.isidentifier(s)) {
                    throw Errors.typeError("__slots__ must be identifiers");
                }
                if (name.equals("__dict__")) {
                    if (wantsDict || baseDict) {
                        throw Errors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    wantsDict = true;
                } else if (!name.equals("__weakref__")) {
                    names.add(mangle(className, name));
                }
            }
        } finally {
            ts.decref(items);
        }
        PyType solid = bases[0].solidBase();
        for (PyType b : bases) {
            if (b.solidBase() != BuiltinTypes.OBJECT) {
                solid = b.solidBase();
            }
        }
        if (!names.isEmpty() && solid != BuiltinTypes.OBJECT) {
            throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + solid.name() + "'");
        }
        for (String name : names) {
            if (dict.getStr(name) != null) {
                throw Errors.valueError("'" + name + "' in __slots__ conflicts with class variable");
            }
        }
        return new ClassLayout(inherited, names, wantsDict || baseDict, wantsDict && !baseDict);
    }

    /** Private names in __slots__ are mangled like the class body's own: {@code __x} -> {@code _C__x}. */
    private static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        return i == className.length() ? name : "_" + className.substring(i) + name;
    }

    /** Installs the member descriptors and the {@code __dict__} descriptor on the new class. */
    void apply(ThreadState ts, PyType t) {
        t.setLayout(inherited + names.size(), instanceDict);
        for (int i = 0; i < names.size(); i++) {
            t.dict().setStrSteal(ts, names.get(i), new PyMemberDescr(names.get(i), t, inherited + i));
        }
        if (addsDict && t.solidBase() == BuiltinTypes.OBJECT) {
            t.dict().setStrSteal(ts, "__dict__", new PyGetSetDescr("__dict__", t, ClassLayout::getDict,
                    ClassLayout::setDict));
        }
    }

    private static PyObject getDict(ThreadState ts, PyObject obj) {
        PyDict d = obj.dict();
        if (d == null) {
            throw Errors.noAttribute(ts, obj, "__dict__");
        }
        ts.incref(d);
        return d;
    }

    private static void setDict(ThreadState ts, PyObject obj, PyObject value) {
        if (value != null && !(value instanceof PyDict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
        }
        ((PyInstance) obj).setDict(ts, (PyDict) value);
    }
}
