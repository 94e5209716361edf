package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {
    @Test
    void theKeysAreDesignMdsKeys() {
        List<String> paths = java.util.Arrays.stream(ConfigKey.values()).map(k -> k.path).toList();
        assertEquals(List.of("strategy", "gil.switch-interval", "gil.switch-points", "gil.policy", "gil.check-interval",
                "metrics.prometheus", "metrics.jfr", "metrics.linger"), paths);
        assertEquals(List.of("strategy", "gil", "metrics"), ConfigKey.namesIn(""));
    }

    @Test
    void closestSuggestsTyposAndRightNamesInTheWrongPlace() {
        assertEquals("strategy", ConfigKey.closest("startegy"));
        assertEquals("metrics", ConfigKey.closest("metric"));
        assertEquals("gil.check-interval", ConfigKey.closest("gil.checkinterval"));
        assertEquals("gil.check-interval", ConfigKey.closest("check-interval"));
        assertEquals("metrics.linger", ConfigKey.closest("gil.linger"));
        assertNull(ConfigKey.closest("colour"));
    }
}
