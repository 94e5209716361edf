package org.gilvm.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run executes under: a gilvm strategy with optional settings, or CPython.
 * Written {@code STRATEGY[:SETTING]}: {@code gil}, {@code gil:every-instruction} (switches at
 * every instruction, as CPython <= 3.9), {@code gil:legacy-ticks} (the pre-3.2 GIL),
 * {@code atomic-refcount}, {@code tracing}, {@code unsafe-refcount}, any plug-in's id; and
 * {@code cpython} for python3.
 *
 * @param id as written
 * @param strategy the gilvm strategy id, or null for CPython
 * @param flags the extra command-line flags the setting stands for
 */
public record Variant(String id, String strategy, List<String> flags) {
    public static final String CPYTHON = "cpython";
    public static final List<String> DEFAULT_STRATEGIES = List.of("gil", "atomic-refcount", "tracing", "unsafe-refcount");

    public static Variant cpython() {
        return new Variant(CPYTHON, null, List.of());
    }

    /** Parses {@code STRATEGY[:SETTING]}; throws IllegalArgumentException naming the valid settings. */
    public static Variant parse(String text) {
        if (text.equals(CPYTHON) || text.equals("python3")) {
            return cpython();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Variant(text, text, List.of());
        }
        String strategy = text.substring(0, colon);
        String setting = text.substring(colon + 1);
        List<String> flags = new ArrayList<>();
        switch (setting) {
            case "every-instruction", "backward-jumps" -> flags.addAll(List.of("--switch-points", setting));
            case "legacy-ticks", "interval" -> flags.addAll(List.of("--gil-policy", setting));
            default -> throw new IllegalArgumentException("unknown setting '" + setting + "' in '" + text
                    + "' (valid: every-instruction, backward-jumps, legacy-ticks, interval)");
        }
        return new Variant(text, strategy, List.copyOf(flags));
    }

    public boolean isCpython() {
        return strategy == null;
    }

    /** Whether the variant runs with a GIL (CPython's, or gilvm's {@code gil}). */
    public boolean hasGil() {
        return isCpython() || "gil".equals(strategy);
    }

    /** The name tables and charts use. */
    public String label() {
        return isCpython() ? "CPython (python3)" : id;
    }
}
