package org.gilvm.subinterp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyBool;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyLock;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.junit.jupiter.api.Test;

/**
 * A snapshot rebuilds as new objects: nothing reference-counted is shared between the copy
 * and the original, the immortal objects every interpreter has are the same objects, and
 * shared references and cycles come out as they went in. Counts balance: the copy's objects
 * are owned once, by the caller.
 */
class SnapshotCopyTest {
    private final Interpreter interp = new Interpreter(InterpreterConfig.standard(List.of("t.py")));
    private final ThreadState ts = new ThreadState(interp);

    private PyObject roundTrip(PyObject o) {
        return SnapshotReader.read(ts, SnapshotWriter.write(ts, o));
    }

    @Test
    void mutableContainersComeBackAsNewObjectsWithNewElements() {
        PyList inner = new PyList();
        inner.appendOwned(new PyStr("not interned"));
        PyDict d = new PyDict();
        d.setStr(ts, "inner", inner);
        PyList outer = new PyList();
        outer.append(ts, d);
        PyList copy = (PyList) roundTrip(outer);
        PyDict dCopy = (PyDict) copy.get(0);
        PyList innerCopy = (PyList) dCopy.getStr("inner");
        assertNotSame(outer, copy);
        assertNotSame(d, dCopy);
        assertNotSame(inner, innerCopy);
        assertNotSame(inner.get(0), innerCopy.get(0));
        assertEquals("not interned", ((PyStr) innerCopy.get(0)).value());
        assertEquals(1, copy.refcnt);
        assertEquals(1, dCopy.refcnt);
        assertEquals(1, innerCopy.refcnt);
        assertEquals(1, outer.refcnt, "the original is only read");
    }

    @Test
    void immortalObjectsAreTheSameInEveryInterpreter() {
        PyObject[] shared = {PyNone.None, PyBool.True, PyInt.of(7), PyStr.intern("name"), BuiltinTypes.LIST};
        for (PyObject o : shared) {
            assertSame(o, roundTrip(o));
        }
        PyObject big = PyInt.of(1L << 40);
        PyObject copy = roundTrip(big);
        assertNotSame(big, copy);
        assertEquals(big.repr(ts), copy.repr(ts));
    }

    @Test
    void sharedReferencesAndCyclesSurvive() {
        PyDict d = new PyDict();
        PyList cyclic = new PyList();
        cyclic.append(ts, d);
        cyclic.append(ts, d);
        cyclic.append(ts, cyclic);
        PyList copy = (PyList) roundTrip(cyclic);
        assertSame(copy.get(0), copy.get(1));
        assertSame(copy, copy.get(2));
        assertEquals(2, copy.refcnt, "the caller's reference and its own");
        ts.incref(copy.get(0));
        assertEquals(3, copy.get(0).refcnt, "two list slots and the test's");
    }

    @Test
    void aTupleHoldingAListThatHoldsTheTupleIsRebuilt() {
        PyList l = new PyList();
        ts.incref(l);
        PyTuple t = PyTuple.of(l);
        l.append(ts, t);
        PyTuple copy = (PyTuple) roundTrip(t);
        PyList lCopy = assertInstanceOf(PyList.class, copy.get(0));
        assertSame(copy, lCopy.get(0));
    }

    @Test
    void anObjectWithoutACopyRaisesPicklesTypeError() {
        PyException e = assertThrows(PyException.class, () -> SnapshotWriter.write(ts, new PyLock()));
        assertEquals("TypeError: cannot pickle '_thread.lock' object", e.getMessage());
    }

    @Test
    void aCopyIsRebuiltEachTimeItIsRead() {
        PyList l = new PyList();
        l.appendOwned(PyInt.of(1L << 50));
        Snapshot s = SnapshotWriter.write(ts, l);
        PyObject a = SnapshotReader.read(ts, s);
        PyObject b = SnapshotReader.read(ts, s);
        assertNotSame(a, b);
        assertTrue(a.richCompare(ts, b, org.gilvm.objects.CompareOp.EQ).isTrue(ts));
    }
}
