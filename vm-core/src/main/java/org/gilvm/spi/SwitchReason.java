package org.gilvm.spi;

/** Why a thread let go of the GIL: the {@code reason} label of the switch metrics. */
public enum SwitchReason {
    /** Another thread waited a whole switch interval and asked (or the legacy ticks ran out). */
    INTERVAL("interval"),
    /** The holder entered a blocking call: sleep, I/O, a lock wait, join. */
    BLOCKING("blocking"),
    /** The holder's thread finished. */
    EXIT("exit"),
    /** The holder gave way of its own accord ({@code time.sleep(0)}). */
    YIELD("yield");

    private final String label;

    SwitchReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
