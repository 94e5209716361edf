package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.gilvm.objects.ObjectRegistry;
import org.junit.jupiter.api.Test;

/** In a JVM started without object tracking, {@code --check-refs} is refused up front, not run half-blind. */
class RefTrackingOffTest {
    @Test
    void checkingRefsInAJvmWithoutTrackingIsRefusedWithTheProperty() {
        assumeFalse(ObjectRegistry.ENABLED, "this JVM tracks objects");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InterpreterConfig.standard(List.of("x")).withCheckRefs(true));
        assertEquals("--check-refs needs a JVM started with -Dgilvm.checkRefs=true (the gilvm command starts one itself)",
                e.getMessage());
    }
}
