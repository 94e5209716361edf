package org.gilvm.subinterp;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyType;

/** {@code _interpreters.Cell}: this interpreter's handle on a {@link SharedCell}. */
public final class PySharedCell extends PyObject implements HandleObject {
    public static final PyType TYPE = PyType.builtinIn("_interpreters", "Cell", BuiltinTypes.OBJECT, null);

    private final SharedCell cell;

    PySharedCell(SharedCell cell) {
        this.cell = cell;
    }

    /** A cell holding a copy of {@code value} (borrowed). */
    public static PySharedCell create(ThreadState ts, PyObject value) {
        return new PySharedCell(new SharedCell(SnapshotWriter.write(ts, value)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object shared() {
        return cell;
    }

    /** The value, rebuilt in this interpreter. */
    @ExposedMethod
    static PyObject get(ThreadState ts, PySharedCell self) {
        return SnapshotReader.read(ts, self.cell.get());
    }

    @ExposedMethod(sig = "value, /")
    static PyObject set(ThreadState ts, PySharedCell self, PyObject value) {
        self.cell.set(SnapshotWriter.write(ts, value));
        return PyNone.None;
    }

    @Override
    public String repr(ThreadState ts) {
        return "<_interpreters.Cell object at 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }
}
