package org.gilvm.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The javaagent's argument: nothing for 127.0.0.1:9464, else HOST:PORT, checked. */
class AgentArgumentTest {
    @Test
    void noArgumentListensOnLocalhost9464() throws AgentException {
        assertEquals(MetricsAgent.Settings.listening("127.0.0.1", 9464), AgentMain.parse(null));
        assertEquals(MetricsAgent.Settings.listening("127.0.0.1", 9464), AgentMain.parse(""));
    }

    @Test
    void hostAndPortAreTaken() throws AgentException {
        assertEquals(MetricsAgent.Settings.listening("0.0.0.0", 9100), AgentMain.parse("0.0.0.0:9100"));
        assertEquals(MetricsAgent.Settings.listening("::1", 0), AgentMain.parse("[::1]:0"));
        assertEquals(MetricsAgent.Settings.listening("localhost", 65535), AgentMain.parse("localhost:65535"));
    }

    @Test
    void aBadArgumentSaysWhatIsExpected() {
        assertEquals("the agent's argument 'localhost' is not HOST:PORT, such as 127.0.0.1:9464",
                assertThrows(AgentException.class, () -> AgentMain.parse("localhost")).getMessage());
        assertEquals("the agent's argument 'h:9x' is not HOST:PORT, such as 127.0.0.1:9464",
                assertThrows(AgentException.class, () -> AgentMain.parse("h:9x")).getMessage());
        assertEquals("the agent's argument '::1:80' is not HOST:PORT, such as 127.0.0.1:9464"
                        + " (an IPv6 address goes in brackets: [::1]:9464)",
                assertThrows(AgentException.class, () -> AgentMain.parse("::1:80")).getMessage());
        assertEquals("the agent's port 70000 is out of range: ports run from 0 to 65535",
                assertThrows(AgentException.class, () -> AgentMain.parse("h:70000")).getMessage());
    }
}
