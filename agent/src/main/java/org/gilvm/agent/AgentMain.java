package org.gilvm.agent;

import java.lang.instrument.Instrumentation;

/**
 * {@code -javaagent:gilvm-agent.jar[=HOST:PORT]}: the metrics of any gilvm run, without the
 * cli's {@code --metrics} (for example through {@code JAVA_TOOL_OPTIONS}). The run and
 * strategy come from the first {@code gilvm.RunInfo} event. A bad argument, like any other
 * failure, prints one line and leaves the program alone.
 */
public final class AgentMain {
    private AgentMain() {}

    public static void premain(String args, Instrumentation instrumentation) {
        MetricsAgent.Settings settings;
        try {
            settings = parse(args);
        } catch (AgentException e) {
            AgentLog.metrics(e.getMessage() + "; metrics are off for this run");
            return;
        }
        try {
            MetricsAgent.start(settings.withCodeCache(() -> org.gilvm.interp.CodeCache.shared().cache()));
        } catch (LinkageError e) {
            AgentLog.metrics("the agent needs a gilvm JVM (" + AgentLog.reason(e) + "); metrics are off for this run");
        }
    }

    /** The agent's argument: empty for 127.0.0.1:9464, else HOST:PORT ({@code [::1]:9464} for IPv6). */
    static MetricsAgent.Settings parse(String args) throws AgentException {
        if (args == null || args.isBlank()) {
            return MetricsAgent.Settings.listening(MetricsAgent.Settings.DEFAULT_HOST, MetricsAgent.Settings.DEFAULT_PORT);
        }
        String text = args.strip();
        int colon = text.lastIndexOf(':');
        String bad = "the agent's argument '" + text + "' is not HOST:PORT, such as 127.0.0.1:9464";
        if (colon <= 0 || colon == text.length() - 1 || colon < text.length() - 6) {
            throw new AgentException(bad);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            throw new AgentException(bad + " (an IPv6 address goes in brackets: [::1]:9464)");
        }
        int port = 0;
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new AgentException(bad);
            }
            port = port * 10 + (c - '0');
        }
        if (port > 65535) {
            throw new AgentException("the agent's port " + port + " is out of range: ports run from 0 to 65535");
        }
        return MetricsAgent.Settings.listening(host, port);
    }
}
