package org.gilvm.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The config file's keys (DESIGN.md, "Configuration"), the one list the loader, the flags
 * and the error messages all read. A key's {@link #path} is dotted: {@code gil.policy} is
 * {@code policy} inside the {@code gil} mapping.
 */
enum ConfigKey {
    STRATEGY("strategy", "an installed strategy id (gilvm strategies lists them)"),
    SWITCH_INTERVAL("gil.switch-interval", "a duration: " + ConfigValues.DURATION_FORM),
    SWITCH_POINTS("gil.switch-points", "one of " + ConfigValues.switchPointNames()),
    GIL_POLICY("gil.policy", "one of " + ConfigValues.gilPolicyNames()),
    CHECK_INTERVAL("gil.check-interval", "an integer >= 1"),
    PROMETHEUS("metrics.prometheus", "host:port, such as 127.0.0.1:9464"),
    JFR("metrics.jfr", "a file path"),
    LINGER("metrics.linger", "a duration: " + ConfigValues.DURATION_FORM);

    /** The dotted key, as error messages name it. */
    final String path;
    /** What a valid value looks like, for "expected ..." messages. */
    final String expected;

    ConfigKey(String path, String expected) {
        this.path = path;
        this.expected = expected;
    }

    /** The mapping this key lives in: {@code ""} at the top, else e.g. {@code "gil"}. */
    String section() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The key's own name within its section. */
    String leaf() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** {@code config} with this key set from {@code text}; the same for file and flags. */
    Config apply(Config config, String text, List<String> installedStrategies) throws ConfigException {
        return switch (this) {
            case STRATEGY -> config.withStrategy(ConfigValues.strategy(text, installedStrategies));
            case SWITCH_INTERVAL -> config.withSwitchInterval(ConfigValues.positiveDuration(text));
            case SWITCH_POINTS -> config.withSwitchPoints(ConfigValues.switchPoints(text));
            case GIL_POLICY -> config.withGilPolicy(ConfigValues.gilPolicy(text));
            case CHECK_INTERVAL -> config.withCheckInterval(ConfigValues.checkInterval(text));
            case PROMETHEUS -> config.withPrometheus(ConfigValues.hostPort(text));
            case JFR -> config.withJfr(ConfigValues.path(text));
            case LINGER -> config.withLinger(ConfigValues.nonNegativeDuration(text));
        };
    }

    /** The key named {@code leaf} in {@code section}, or null. */
    static ConfigKey find(String section, String leaf) {
        for (ConfigKey k : values()) {
            if (k.section().equals(section) && k.leaf().equals(leaf)) {
                return k;
            }
        }
        return null;
    }

    /** Whether {@code name} in {@code section} is a mapping of further keys (as {@code gil} is at the top). */
    static boolean isSection(String section, String name) {
        String path = section.isEmpty() ? name : section + "." + name;
        for (ConfigKey k : values()) {
            if (k.section().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** The names valid inside {@code section}, in declaration order: keys and sub-sections. */
    static List<String> namesIn(String section) {
        List<String> names = new ArrayList<>();
        String prefix = section.isEmpty() ? "" : section + ".";
        for (ConfigKey k : values()) {
            if (!k.path.startsWith(prefix)) {
                continue;
            }
            String rest = k.path.substring(prefix.length());
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The valid dotted name closest to {@code typed} (a dotted key that is not valid), for
     * "did you mean": any key or section, so {@code switch-interval} at the top suggests
     * {@code gil.switch-interval}. Null when nothing is near enough to be a likely typo.
     */
    static String closest(String typed) {
        List<String> candidates = new ArrayList<>();
        for (ConfigKey k : values()) {
            candidates.add(k.path);
            if (!k.section().isEmpty() && !candidates.contains(k.section())) {
                candidates.add(k.section());
            }
        }
        String typedLeaf = typed.substring(typed.lastIndexOf('.') + 1);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String leaf = c.substring(c.lastIndexOf('.') + 1);
            // A right name in the wrong section costs one edit, however long the section name.
            int d = Math.min(editDistance(typed, c), editDistance(typedLeaf, leaf) + 1);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, typedLeaf.length() / 2) ? best : null;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
