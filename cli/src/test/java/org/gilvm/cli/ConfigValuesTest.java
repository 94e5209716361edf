package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {
    @Test
    void durationsTakeTheUnitsOfTheBriefAndBareSeconds() throws ConfigException {
        assertEquals(Duration.ofMillis(5), ConfigValues.positiveDuration("5ms"));
        assertEquals(Duration.ofNanos(500_000), ConfigValues.positiveDuration("500us"));
        assertEquals(Duration.ofNanos(500_000), ConfigValues.positiveDuration("500µs"));
        assertEquals(Duration.ofMillis(5), ConfigValues.positiveDuration("0.005s"));
        assertEquals(Duration.ofSeconds(1), ConfigValues.positiveDuration("1s"));
        assertEquals(Duration.ofNanos(250), ConfigValues.positiveDuration("250ns"));
        assertEquals(Duration.ofMillis(5), ConfigValues.positiveDuration("0.005"));
        assertEquals(Duration.ofMillis(1), ConfigValues.positiveDuration("1e-3"));
        assertEquals(Duration.ofMillis(5), ConfigValues.positiveDuration("5 ms"));
        assertEquals(Duration.ofNanos(2), ConfigValues.positiveDuration("1.5ns"));
    }

    @Test
    void badDurationsAreRefused() {
        for (String bad : new String[] {"", "ms", "5m", "5MS", "five ms", "0x10s", "1.2.3s"}) {
            assertEquals("'" + bad + "' is not a duration (" + ConfigValues.DURATION_FORM + ")",
                    assertThrows(ConfigException.class, () -> ConfigValues.positiveDuration(bad)).getMessage(), bad);
        }
        assertEquals("'0.1ns' is not positive: the interval must be at least 1ns",
                assertThrows(ConfigException.class, () -> ConfigValues.positiveDuration("0.1ns")).getMessage());
        assertEquals("'1e30s' is too long a duration",
                assertThrows(ConfigException.class, () -> ConfigValues.positiveDuration("1e30s")).getMessage());
    }

    @Test
    void checkIntervalsArePositiveInts() throws ConfigException {
        assertEquals(100, ConfigValues.checkInterval("100"));
        assertEquals(1, ConfigValues.checkInterval("+1"));
        assertEquals("'1.5' is not an integer >= 1",
                assertThrows(ConfigException.class, () -> ConfigValues.checkInterval("1.5")).getMessage());
        assertEquals("'-3' is out of range: the check interval is an integer from 1 to 2147483647",
                assertThrows(ConfigException.class, () -> ConfigValues.checkInterval("-3")).getMessage());
        assertEquals("'99999999999' is out of range: the check interval is an integer from 1 to 2147483647",
                assertThrows(ConfigException.class, () -> ConfigValues.checkInterval("99999999999")).getMessage());
    }

    @Test
    void hostPortTakesNamesAddressesAndBracketedIpv6() throws ConfigException {
        assertEquals(InetSocketAddress.createUnresolved("127.0.0.1", 9464), ConfigValues.hostPort("127.0.0.1:9464"));
        assertEquals(InetSocketAddress.createUnresolved("localhost", 0), ConfigValues.hostPort("localhost:0"));
        assertEquals(InetSocketAddress.createUnresolved("::1", 9464), ConfigValues.hostPort("[::1]:9464"));
        for (String bad : new String[] {"9464", ":9464", "host:", "host:port", "::1:9464"}) {
            assertThrows(ConfigException.class, () -> ConfigValues.hostPort(bad), bad);
        }
        assertEquals("'h:65536' has no valid port: ports run from 0 to 65535",
                assertThrows(ConfigException.class, () -> ConfigValues.hostPort("h:65536")).getMessage());
    }
}
