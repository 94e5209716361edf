package org.gilvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class OpcodeTableTest {

    @Test
    void everyIntConstantNamesTheOpcodeWithTheSameNumber() throws IllegalAccessException {
        int checked = 0;
        for (Field f : Op.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) {
                continue;
            }
            Opcode o = Opcode.valueOf(f.getName());
            assertEquals(o.code, f.getInt(null), f.getName());
            checked++;
        }
        assertEquals(Opcode.values().length, checked, "one int constant per opcode");
    }

    @Test
    void opcodesAreFoundByNumber() {
        for (Opcode o : Opcode.values()) {
            assertSame(o, Opcode.of(o.code));
        }
    }

    @Test
    void cacheSizesAreCPython311s() {
        assertEquals(5, Opcode.LOAD_GLOBAL.caches);
        assertEquals(1, Opcode.BINARY_OP.caches);
        assertEquals(4, Opcode.CALL.caches);
        assertEquals(10, Opcode.LOAD_METHOD.caches);
        assertEquals(2, Opcode.COMPARE_OP.caches);
        assertEquals(0, Opcode.LOAD_FAST.caches);
        assertNotNull(Opcode.of(Op.RESUME));
    }
}
