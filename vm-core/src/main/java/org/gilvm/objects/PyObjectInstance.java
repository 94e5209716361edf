package org.gilvm.objects;

/** A bare {@code object()}: no dict, no attributes, used as a sentinel by Python code. */
public final class PyObjectInstance extends PyObject {
    @Override
    public PyType type() { return BuiltinTypes.OBJECT; }
}
