package org.gilvm.agent;

/**
 * The agent's only output: one line on stderr when something fails, saying what is off for
 * the run. The VM goes on regardless, so this is the whole of its error handling.
 */
final class AgentLog {
    private AgentLog() {}

    /** {@code gilvm: metrics: MESSAGE}. */
    static void metrics(String message) {
        System.err.println("gilvm: metrics: " + message);
    }

    /** {@code gilvm: jfr: MESSAGE}. */
    static void jfr(String message) {
        System.err.println("gilvm: jfr: " + message);
    }

    /** A throwable's own message, or its class when it has none. */
    static String reason(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
