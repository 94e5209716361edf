package org.gilvm.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.gilvm.spi.GilPolicy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.SwitchPoints;

/**
 * What the config file and the command line decided (DESIGN.md, "Configuration"). Every
 * field is optional: null means "not given", so a file and the flags over it combine with
 * {@link #overriddenBy}, and what nobody gave falls back to {@link StrategySettings#defaults()}.
 * The {@code metrics.*} values are only validated and kept here; the metrics issue reads them.
 *
 * @param strategy {@code strategy}: an installed provider's id
 * @param switchInterval {@code gil.switch-interval}
 * @param switchPoints {@code gil.switch-points}
 * @param gilPolicy {@code gil.policy}
 * @param checkInterval {@code gil.check-interval}, at least 1
 * @param prometheus {@code metrics.prometheus}: where the endpoint listens (unresolved)
 * @param jfr {@code metrics.jfr}: a recording file
 * @param linger {@code metrics.linger}: how long the endpoint stays up after the program ends
 */
record Config(String strategy, Duration switchInterval, SwitchPoints switchPoints, GilPolicy gilPolicy,
              Integer checkInterval, InetSocketAddress prometheus, Path jfr, Duration linger) {

    /** Nothing given. */
    static final Config EMPTY = new Config(null, null, null, null, null, null, null, null);

    /** This config with every value {@code over} gives put in its place. */
    Config overriddenBy(Config over) {
        return new Config(
                or(over.strategy, strategy),
                or(over.switchInterval, switchInterval),
                or(over.switchPoints, switchPoints),
                or(over.gilPolicy, gilPolicy),
                or(over.checkInterval, checkInterval),
                or(over.prometheus, prometheus),
                or(over.jfr, jfr),
                or(over.linger, linger));
    }

    /** The strategy settings: the values given, CPython's defaults for the rest. */
    StrategySettings settings() {
        StrategySettings s = StrategySettings.defaults();
        if (switchInterval != null) {
            s = s.withSwitchInterval(switchInterval);
        }
        if (switchPoints != null) {
            s = s.withSwitchPoints(switchPoints);
        }
        if (gilPolicy != null) {
            s = s.withPolicy(gilPolicy);
        }
        if (checkInterval != null) {
            s = s.withCheckInterval(checkInterval);
        }
        return s;
    }

    Config withStrategy(String v) {
        return new Config(v, switchInterval, switchPoints, gilPolicy, checkInterval, prometheus, jfr, linger);
    }

    Config withSwitchInterval(Duration v) {
        return new Config(strategy, v, switchPoints, gilPolicy, checkInterval, prometheus, jfr, linger);
    }

    Config withSwitchPoints(SwitchPoints v) {
        return new Config(strategy, switchInterval, v, gilPolicy, checkInterval, prometheus, jfr, linger);
    }

    Config withGilPolicy(GilPolicy v) {
        return new Config(strategy, switchInterval, switchPoints, v, checkInterval, prometheus, jfr, linger);
    }

    Config withCheckInterval(Integer v) {
        return new Config(strategy, switchInterval, switchPoints, gilPolicy, v, prometheus, jfr, linger);
    }

    Config withPrometheus(InetSocketAddress v) {
        return new Config(strategy, switchInterval, switchPoints, gilPolicy, checkInterval, v, jfr, linger);
    }

    Config withJfr(Path v) {
        return new Config(strategy, switchInterval, switchPoints, gilPolicy, checkInterval, prometheus, v, linger);
    }

    Config withLinger(Duration v) {
        return new Config(strategy, switchInterval, switchPoints, gilPolicy, checkInterval, prometheus, jfr, v);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
