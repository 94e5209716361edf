package org.gilvm.spi;

/** How a GIL decides to change hands. */
public enum GilPolicy {
    /**
     * CPython 3.2+ (Antoine Pitrou's "new GIL", Python/ceval_gil.c): a waiter that times out
     * after the switch interval with no switch in between asks the holder to drop it, and the
     * holder waits until someone else has taken it (forced switching).
     */
    INTERVAL("interval"),
    /**
     * CPython ≤ 3.1: every {@code check-interval} instructions ("ticks", default 100) the
     * holder releases the lock and immediately takes it again, with no hand-off; the
     * operating system decides who wins, usually the thread that just let go.
     */
    LEGACY_TICKS("legacy-ticks");

    private final String configName;

    GilPolicy(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static GilPolicy byConfigName(String name) {
        for (GilPolicy p : values()) {
            if (p.configName.equals(name)) {
                return p;
            }
        }
        return null;
    }
}
