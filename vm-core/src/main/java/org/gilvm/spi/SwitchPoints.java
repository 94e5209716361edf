package org.gilvm.spi;

/**
 * Where the eval loop polls the eval-breaker, and so where a thread can be made to give up
 * the GIL. This decides whether the seeds' {@code n += 1} (LOAD_GLOBAL, LOAD_CONST,
 * BINARY_OP, STORE_GLOBAL) can be interrupted half-way, so both CPython behaviours exist.
 */
public enum SwitchPoints {
    /**
     * CPython 3.10+: function entry (RESUME), backward jumps, and after calls to builtins.
     * Straight-line code between them runs without a switch.
     */
    BACKWARD_JUMPS("backward-jumps"),
    /**
     * CPython ≤ 3.9: before almost every instruction. The loop then runs CPython's own
     * instructions, without superinstructions, so no pair is fused past a switch point.
     */
    EVERY_INSTRUCTION("every-instruction");

    private final String configName;

    SwitchPoints(String configName) {
        this.configName = configName;
    }

    /** The spelling in config files and on the command line. */
    public String configName() {
        return configName;
    }

    /** The value named {@code name} in config spelling, or null. */
    public static SwitchPoints byConfigName(String name) {
        for (SwitchPoints p : values()) {
            if (p.configName.equals(name)) {
                return p;
            }
        }
        return null;
    }
}
