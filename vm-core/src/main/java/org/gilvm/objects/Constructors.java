package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/** tp_new of the builtin types: what {@code int(x)}, {@code list(it)}, {@code type(x)} do. */
final class Constructors {
    private Constructors() {}

    static void install() {
        BuiltinTypes.OBJECT.setNewFunction((ts, t, argv, off, n, kw) -> TypeCalls.objectNew(ts, t));
        BuiltinTypes.INT.setNewFunction(Constructors::newInt);
        BuiltinTypes.BOOL.setNewFunction((ts, t, argv, off, n, kw) -> {
            noKeywords("bool", kw);
            atMost("bool", n, 1);
            return n == 0 ? PyBool.False : PyBool.of(Abstract.isTrue(ts, argv[off]));
        });
        BuiltinTypes.FLOAT.setNewFunction(Constructors::newFloat);
        BuiltinTypes.COMPLEX.setNewFunction(ComplexNew::construct);
        BuiltinTypes.STR.setNewFunction(Constructors::newStr);
        BuiltinTypes.LIST.setNewFunction((ts, t, argv, off, n, kw) -> {
            noKeywords("list", kw);
            atMost("list", n, 1);
            return n == 0 ? new PyList() : Abstract.toList(ts, argv[off]);
        });
        BuiltinTypes.TUPLE.setNewFunction((ts, t, argv, off, n, kw) -> {
            noKeywords("tuple", kw);
            atMost("tuple", n, 1);
            return n == 0 ? PyTuple.EMPTY : Abstract.toTuple(ts, argv[off]);
        });
        BuiltinTypes.DICT.setNewFunction(Constructors::newDict);
        BuiltinTypes.TYPE.setNewFunction(Constructors::newType);
        BuiltinTypes.SUPER.setNewFunction(PySuper::construct);
        BuiltinTypes.RANGE.setNewFunction(Constructors::newRange);
        BuiltinTypes.SLICE.setNewFunction((ts, t, argv, off, n, kw) -> {
            noKeywords("slice", kw);
            if (n < 1 || n > 3) {
                throw Errors.typeError(n < 1 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + n);
            }
            PyObject a = n == 1 ? PyNone.None : argv[off];
            PyObject b = n == 1 ? argv[off] : argv[off + 1];
            PyObject c = n == 3 ? argv[off + 2] : PyNone.None;
            ts.incref(a);
            ts.incref(b);
            ts.incref(c);
            return new PySlice(a, b, c);
        });
        BuiltinTypes.STATICMETHOD.setNewFunction((ts, t, argv, off, n, kw) -> {
            exactly("staticmethod", n, 1);
            ts.incref(argv[off]);
            return new PyStaticMethod(argv[off]);
        });
        BuiltinTypes.CLASSMETHOD.setNewFunction((ts, t, argv, off, n, kw) -> {
            exactly("classmethod", n, 1);
            ts.incref(argv[off]);
            return new PyClassMethod(argv[off]);
        });
        BuiltinTypes.PROPERTY.setNewFunction(Constructors::newProperty);
        BuiltinTypes.ENUMERATE.setNewFunction(PyEnumerate::construct);
        BuiltinTypes.ZIP.setNewFunction(PyZip::construct);
        BuiltinTypes.MAP.setNewFunction(PyMap::construct);
        BuiltinTypes.FILTER.setNewFunction(PyFilter::construct);
        BuiltinTypes.REVERSED.setNewFunction(PyReversed::construct);
        BuiltinTypes.BYTES.setNewFunction(BytesNew::newBytes);
        BuiltinTypes.BYTEARRAY.setNewFunction(BytesNew::newByteArray);
        ClassAttributes.install();
        SetMethods.install();
        DictMethods.install();
    }

    static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    static void atMost(String name, int n, int max) {
        if (n > max) {
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    static void exactly(String name, int n, int count) {
        if (n != count) {
            throw Errors.typeError(name + " expected " + count + " argument" + (count == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    private static PyObject newInt(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        PyObject x = n > 0 ? argv[off] : null;
        PyObject base = n > 1 ? argv[off + 1] : null;
        // Argument Clinic counts positional and keyword arguments together before naming any.
        int given = n + (kw == null ? 0 : kw.length);
        if (given > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + given + " given)");
        }
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                if (kw[k].equals("base")) {
                    base = argv[off + n + k];
                } else {
                    throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for int()");
                }
            }
        }
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        if (base != null) {
            int b = Abstract.asInt(ts, base);
            if (x instanceof PyStr s) {
                return NumberParsing.parseInt(s.value(), b);
            }
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        return NumberParsing.toInt(ts, x);
    }

    private static PyObject newFloat(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        noKeywords("float", kw);
        atMost("float", n, 1);
        if (n == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = argv[off];
        if (x instanceof PyStr s) {
            return new PyFloat(NumberParsing.parseFloat(s.value()));
        }
        if (x instanceof PyFloat f && f.getClass() == PyFloat.class) {
            ts.incref(f);
            return f;
        }
        // CPython's PyNumber_Float: the number protocol first, then the bytes-like texts.
        if (x instanceof PyFloat || x instanceof PyInt || x.type().lookup("__float__") != null
                || x.type().lookup("__index__") != null) {
            return new PyFloat(Abstract.asDouble(ts, x));
        }
        if (x instanceof BytesLike b) {
            String text = new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return new PyFloat(NumberParsing.parseFloat(ts, text, b));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    private static PyObject newStr(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        if (kw != null && kw.length > 0 || n > 1) {
            return Codecs.newStr(ts, argv, off, n, kw);
        }
        if (n == 0) {
            return PyStr.EMPTY;
        }
        PyObject x = argv[off];
        if (x instanceof PyStr s && s.getClass() == PyStr.class) {
            ts.incref(s);
            return s;
        }
        return new PyStr(x.str(ts));
    }

    private static PyObject newDict(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        atMost("dict", n, 1);
        PyDict d = new PyDict();
        try {
            if (n == 1) {
                DictUpdate.update(ts, d, argv[off]);
            }
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    d.setStr(ts, kw[k], argv[off + n + k]);
                }
            }
        } catch (PyException e) {
            ts.decref(d);
            throw e;
        }
        return d;
    }

    private static PyObject newType(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        if (n != 1 && n != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (n == 1) {
            PyType r = argv[off].type();
            ts.incref(r);
            return r;
        }
        if (!(argv[off] instanceof PyStr name) || !(argv[off + 1] instanceof PyTuple bases)
                || !(argv[off + 2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument types must be str, tuple, dict");
        }
        PyType[] bs = new PyType[bases.size()];
        for (int i = 0; i < bs.length; i++) {
            if (!(bases.get(i) instanceof PyType bt)) {
                throw Errors.typeError("bases must be types");
            }
            bs[i] = bt;
        }
        return ClassBuilder.newClass(ts, name.value(), bs, ns, argv, off + n, kw);
    }

    private static PyObject newRange(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        noKeywords("range", kw);
        if (n < 1 || n > 3) {
            throw Errors.typeError(n < 1 ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + n);
        }
        PyInt start = null, stop = null, step = null;
        try {
            if (n == 1) {
                stop = Abstract.index(ts, argv[off]);
            } else {
                start = Abstract.index(ts, argv[off]);
                stop = Abstract.index(ts, argv[off + 1]);
                if (n == 3) {
                    step = Abstract.index(ts, argv[off + 2]);
                }
            }
            if ((start == null || start.isSmall()) && stop.isSmall() && (step == null || step.isSmall())) {
                return PyRange.of(start == null ? 0 : start.value, stop.value, step == null ? 1 : step.value);
            }
            return PyRange.of(start == null ? java.math.BigInteger.ZERO : start.toBig(), stop.toBig(),
                    step == null ? java.math.BigInteger.ONE : step.toBig());
        } finally {
            ts.decref(start);
            ts.decref(stop);
            ts.decref(step);
        }
    }

    private static PyObject newProperty(ThreadState ts, PyType t, PyObject[] argv, int off, int n, String[] kw) {
        PyObject[] slots = new PyObject[4];
        String[] names = {"fget", "fset", "fdel", "doc"};
        atMost("property", n, 4);
        System.arraycopy(argv, off, slots, 0, n);
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int idx = java.util.Arrays.asList(names).indexOf(kw[k]);
                if (idx < 0) {
                    throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for property()");
                }
                slots[idx] = argv[off + n + k];
            }
        }
        for (int i = 0; i < 4; i++) {
            if (slots[i] == PyNone.None) {
                slots[i] = null;
            }
            ts.incref(slots[i]);
        }
        return new PyProperty(slots[0], slots[1], slots[2], slots[3]);
    }
}
