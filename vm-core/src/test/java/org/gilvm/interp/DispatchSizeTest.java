package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile a method whose bytecode exceeds 8000 bytes
 * (-XX:-DontCompileHugeMethods is off by default): the dispatch loop must stay under it, or
 * every Python program runs interpreted twice over.
 */
class DispatchSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void evalLoopIsSmallEnoughToCompile() throws IOException {
        byte[] bytes;
        try (InputStream in = Eval.class.getResourceAsStream("Eval.class")) {
            bytes = in.readAllBytes();
        }
        ClassModel cm = ClassFile.of().parse(bytes);
        int found = 0;
        for (MethodModel m : cm.methods()) {
            CodeAttribute code = m.findAttribute(Attributes.code()).orElse(null);
            if (code == null) {
                continue;
            }
            int length = code.codeLength();
            String name = m.methodName().stringValue();
            if (name.equals("loop")) {
                found++;
            }
            assertTrue(length < HUGE_METHOD_LIMIT, "Eval." + name + " is " + length + " bytes of bytecode; HotSpot "
                    + "will not compile methods over " + HUGE_METHOD_LIMIT + " bytes");
        }
        assertTrue(found == 1, "Eval.loop not found");
    }
}
