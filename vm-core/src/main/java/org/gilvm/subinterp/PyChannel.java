package org.gilvm.subinterp;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * {@code _interpreters.Channel}: this interpreter's handle on a {@link Channel}. What is put
 * is copied at once; what is got is rebuilt in the getter's interpreter.
 */
public final class PyChannel extends PyObject implements HandleObject {
    public static final PyType TYPE = PyType.builtinIn("_interpreters", "Channel", BuiltinTypes.OBJECT, null);

    private final Channel channel;

    PyChannel(Channel channel) {
        this.channel = channel;
    }

    /** {@code maxsize <= 0}: unbounded. */
    public static PyChannel create(int maxsize) {
        return new PyChannel(new Channel(maxsize));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object shared() {
        return channel;
    }

    Channel channel() {
        return channel;
    }

    /** True if {@code obj} went in; false if there was no room in time. */
    @ExposedMethod(sig = "obj, block=True, timeout=None")
    static PyObject put(ThreadState ts, PyChannel self, PyObject obj, PyObject block, PyObject timeout) {
        Snapshot s = SnapshotWriter.write(ts, obj);
        return PyBool.of(self.channel.put(ts, s, Abstract.isTrue(ts, block), Timeouts.nanos(ts, timeout)));
    }

    /** {@code (True, value)}, or {@code (False, None)} when nothing came in time. */
    @ExposedMethod(sig = "block=True, timeout=None")
    static PyObject get(ThreadState ts, PyChannel self, PyObject block, PyObject timeout) {
        Snapshot s = self.channel.get(ts, Abstract.isTrue(ts, block), Timeouts.nanos(ts, timeout));
        if (s == null) {
            return PyTuple.of(PyBool.False, PyNone.None);
        }
        return PyTuple.of(PyBool.True, SnapshotReader.read(ts, s));
    }

    @ExposedMethod
    static PyObject qsize(PyChannel self) {
        return PyInt.of(self.channel.size());
    }

    @ExposedMethod
    static PyObject maxsize(PyChannel self) {
        return PyInt.of(self.channel.maxsize());
    }

    @Override
    public String repr(ThreadState ts) {
        return "<_interpreters.Channel object at 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }
}
