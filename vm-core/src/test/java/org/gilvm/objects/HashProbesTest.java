package org.gilvm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * A hash table left with no empty slot (what racing unguarded threads can do to it) makes a
 * lookup raise SystemError instead of probing for ever.
 */
class HashProbesTest {
    @Test
    void aDictWithNoEmptySlotRaisesSystemError() {
        PyDict d = new PyDict();
        Arrays.fill(d.indices, DictTable.DUMMY);
        PyException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(PyException.class, () -> d.getStr("missing")));
        assertEquals(ExceptionTypes.SYSTEM_ERROR, e.type());
        assertTrue(e.getMessage().contains("dict hash table is corrupt"), e.getMessage());
    }

    @Test
    void anInsertIntoATableWithNoFreeSlotRaisesSystemError() {
        PyDict d = new PyDict();
        d.putRaw("only", PyInt.of(1));
        Arrays.fill(d.indices, 0);      // every slot names entry 0: none is empty or dummy
        PyException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(PyException.class, () -> d.freeSlotFor(PyStr.hashOf("missing"))));
        assertEquals(ExceptionTypes.SYSTEM_ERROR, e.type());
    }

    @Test
    void aSetWithNoEmptySlotRaisesSystemError() {
        ThreadState ts = new ThreadState(new Interpreter(InterpreterConfig.standard(List.of("t.py"))));
        PySet s = new PySet();
        Arrays.fill(s.keys, PyAnySet.DUMMY);
        PyException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(PyException.class, () -> s.containsKey(ts, new PyStr("missing"))));
        assertEquals(ExceptionTypes.SYSTEM_ERROR, e.type());
        assertTrue(e.getMessage().contains("set hash table is corrupt"), e.getMessage());
    }

    @Test
    void aConsistentTableIsUntouchedByTheBound() {
        PyDict d = new PyDict();
        for (int i = 0; i < 5000; i++) {
            d.putRaw("k" + i, PyInt.of(i));
        }
        assertEquals(PyInt.of(4999).value, ((PyInt) d.getStr("k4999")).value);
        assertEquals(null, d.getStr("absent"));
    }
}
