package org.gilvm.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.SwitchPoints;

/**
 * Reads one config value from its text, the same way for the file and for the flags, so
 * both say the same thing about a bad value. Each method throws a {@link ConfigException}
 * naming the value and what would be valid; callers add where it was.
 */
final class ConfigValues {
    private ConfigValues() {}

    static final String DURATION_FORM = "a number with ns, us, ms or s, such as 5ms or 0.005s; a bare number is seconds";

    private static final String[] UNITS = {"ns", "us", "µs", "ms", "s"};
    private static final long[] UNIT_NANOS = {1L, 1_000L, 1_000L, 1_000_000L, 1_000_000_000L};

    static String strategy(String text, List<String> installed) throws ConfigException {
        if (installed.contains(text)) {
            return text;
        }
        if (installed.isEmpty()) {
            throw new ConfigException(quote(text) + " is not an installed strategy (none is installed)");
        }
        throw new ConfigException(quote(text) + " is not one of the installed strategies: " + String.join(", ", installed));
    }

    static SwitchPoints switchPoints(String text) throws ConfigException {
        SwitchPoints p = SwitchPoints.byConfigName(text);
        if (p == null) {
            throw notOneOf(text, switchPointNames());
        }
        return p;
    }

    static GilPolicy gilPolicy(String text) throws ConfigException {
        GilPolicy p = GilPolicy.byConfigName(text);
        if (p == null) {
            throw notOneOf(text, gilPolicyNames());
        }
        return p;
    }

    static int checkInterval(String text) throws ConfigException {
        String t = text.strip();
        if (t.isEmpty() || !isDigits(t, t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0)) {
            throw new ConfigException(quote(text) + " is not an integer >= 1");
        }
        BigDecimal n = new BigDecimal(t);
        if (n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new ConfigException(quote(text) + " is out of range: the check interval is an integer from 1 to "
                    + Integer.MAX_VALUE);
        }
        return n.intValue();
    }

    /** A strictly positive duration: a switch interval of zero would never let a thread run. */
    static Duration positiveDuration(String text) throws ConfigException {
        Duration d = duration(text);
        if (d.isZero() || d.isNegative()) {
            throw new ConfigException(quote(text) + " is not positive: the interval must be at least 1ns");
        }
        return d;
    }

    static Duration nonNegativeDuration(String text) throws ConfigException {
        Duration d = duration(text);
        if (d.isNegative()) {
            throw new ConfigException(quote(text) + " is negative: give 0s or more");
        }
        return d;
    }

    /** {@code host:port}, an IPv6 host in brackets; port 0 asks for any free port. */
    static InetSocketAddress hostPort(String text) throws ConfigException {
        int colon = text.lastIndexOf(':');
        String form = quote(text) + " is not host:port, such as 127.0.0.1:9464";
        if (colon <= 0 || colon == text.length() - 1 || !isDigits(text, colon + 1)) {
            throw new ConfigException(form);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0 || host.isBlank()) {
            throw new ConfigException(form + " (an IPv6 address goes in brackets: [::1]:9464)");
        }
        int port = text.length() - colon - 1 > 5 ? Integer.MAX_VALUE : Integer.parseInt(text.substring(colon + 1));
        if (port > 65535) {
            throw new ConfigException(quote(text) + " has no valid port: ports run from 0 to 65535");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    static Path path(String text) throws ConfigException {
        if (text.isBlank()) {
            throw new ConfigException("an empty file name is not a path");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new ConfigException(quote(text) + " is not a file path: " + e.getReason());
        }
    }

    static String switchPointNames() {
        StringBuilder b = new StringBuilder();
        for (SwitchPoints p : SwitchPoints.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(p.configName());
        }
        return b.toString();
    }

    static String gilPolicyNames() {
        StringBuilder b = new StringBuilder();
        for (GilPolicy p : GilPolicy.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(p.configName());
        }
        return b.toString();
    }

    /** A value as messages show it: quoted, on one line whatever it holds. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    /**
     * {@code 5ms}, {@code 500us}, {@code 0.005s}, {@code 250ns}, or a bare number of seconds as
     * {@code sys.setswitchinterval} takes; rounded to the nanosecond.
     */
    private static Duration duration(String text) throws ConfigException {
        String t = text.strip();
        long unit = 1_000_000_000L;
        for (int i = 0; i < UNITS.length; i++) {
            if (t.endsWith(UNITS[i])) {
                unit = UNIT_NANOS[i];
                t = t.substring(0, t.length() - UNITS[i].length()).strip();
                break;
            }
        }
        BigDecimal number;
        try {
            number = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new ConfigException(quote(text) + " is not a duration (" + DURATION_FORM + ")");
        }
        try {
            return Duration.ofNanos(number.multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact());
        } catch (ArithmeticException e) {
            throw new ConfigException(quote(text) + " is too long a duration");
        }
    }

    private static ConfigException notOneOf(String text, String choices) {
        return new ConfigException(quote(text) + " is not one of " + choices);
    }

    private static boolean isDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
