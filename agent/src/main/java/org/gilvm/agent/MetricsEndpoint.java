package org.gilvm.agent;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The Prometheus endpoint: {@code /metrics} (and {@code /} ) with the registry's meters, and
 * {@code /-/healthy}, served by the Prometheus client's {@link HTTPServer} over the JDK's
 * HTTP server.
 *
 * <p>Daemon threads only: the client's worker pool is made of daemons, but the JDK server's
 * dispatcher thread takes its daemon status from the thread that starts it, so the server is
 * started from a daemon thread of ours.
 */
final class MetricsEndpoint implements AutoCloseable {
    private final HTTPServer server;

    private MetricsEndpoint(HTTPServer server) {
        this.server = server;
    }

    /**
     * Listens on {@code host:port} (port 0: any free port).
     *
     * @throws AgentException naming what went wrong: the port taken, an unknown host
     */
    static MetricsEndpoint bind(String host, int port, PrometheusRegistry registry) throws AgentException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new AgentException("unknown host '" + host + "'");
        }
        FutureTask<HTTPServer> start = new FutureTask<>(() -> HTTPServer.builder()
                .inetAddress(address.getAddress()).port(port).registry(registry).buildAndStart());
        Thread.ofPlatform().daemon().name("gilvm-metrics-bind").start(start);
        try {
            return new MetricsEndpoint(start.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BindException) {
                throw new AgentException(port == 0 ? "cannot listen on " + host + " (" + AgentLog.reason(cause) + ")"
                        : isInUse(cause) ? "port " + port + " is taken"
                        : "cannot listen on " + host + ":" + port + " (" + AgentLog.reason(cause) + ")");
            }
            if (cause instanceof IOException || cause instanceof RuntimeException) {
                throw new AgentException("cannot listen on " + host + ":" + port + " (" + AgentLog.reason(cause) + ")");
            }
            throw new AgentException("cannot start the HTTP server (" + AgentLog.reason(cause) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            start.cancel(true);
            throw new AgentException("interrupted while starting the HTTP server");
        }
    }

    private static boolean isInUse(Throwable bind) {
        String m = bind.getMessage();
        return m != null && m.contains("in use");
    }

    /** The port listened on: the one asked for, or the one the OS chose for port 0. */
    int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
