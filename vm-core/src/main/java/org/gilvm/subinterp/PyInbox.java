package org.gilvm.subinterp;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * {@code _interpreters.Inbox}: the calls waiting for the workers created on it. Belongs to the
 * interpreter that made it (it is never copied to a child); {@code submit} copies the call
 * at once, on the caller's thread, so an argument that cannot be copied fails there.
 */
public final class PyInbox extends PyObject {
    public static final PyType TYPE = PyType.builtinIn("_interpreters", "Inbox", BuiltinTypes.OBJECT, null);

    private final Inbox inbox = new Inbox();

    @Override
    public PyType type() {
        return TYPE;
    }

    Inbox inbox() {
        return inbox;
    }

    /**
     * Queues {@code func(*args, **kwargs)}; when it completes, {@code tag} is put on
     * {@code notify} (an unbounded channel), if given.
     */
    @ExposedMethod(sig = "func, args=?, kwargs=None, notify=None, tag=0")
    static PyObject submit(ThreadState ts, PyInbox self, PyObject func, PyObject args, PyObject kwargs,
                           PyObject notify, PyObject tag) {
        if (args == null) {
            args = PyTuple.EMPTY;
        }
        if (!(args instanceof PyTuple)) {
            throw Errors.typeError("args must be a tuple");
        }
        if (kwargs != PyNone.None && !(kwargs instanceof PyDict)) {
            throw Errors.typeError("kwargs must be a dict or None");
        }
        Channel n = null;
        if (notify != PyNone.None) {
            if (!(notify instanceof PyChannel c) || c.channel().bounded()) {
                throw Errors.typeError("notify must be an unbounded Channel or None");
            }
            n = c.channel();
        }
        long t = Abstract.asLong(ts, tag);
        Snapshot f = SnapshotWriter.write(ts, func);
        Snapshot a = SnapshotWriter.write(ts, args);
        Snapshot k = kwargs == PyNone.None ? null : SnapshotWriter.write(ts, kwargs);
        Call call = new Call(f, a, k, n, t);
        if (!self.inbox.submit(call)) {
            throw Errors.valueError("inbox is closed");
        }
        return new PyCall(call);
    }

    @ExposedMethod
    static PyObject close(PyInbox self) {
        self.inbox.close();
        return PyNone.None;
    }

    @ExposedMethod(name = "is_closed")
    static PyObject isClosed(PyInbox self) {
        return PyBool.of(self.inbox.isClosed());
    }

    /** Cancels the calls no worker has taken; returns how many. */
    @ExposedMethod(name = "cancel_pending")
    static PyObject cancelPending(PyInbox self) {
        return PyInt.of(self.inbox.cancelPending().size());
    }

    @Override
    public String repr(ThreadState ts) {
        return "<_interpreters.Inbox object at 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }
}
