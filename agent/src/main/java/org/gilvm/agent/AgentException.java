package org.gilvm.agent;

/** Why the agent cannot do its work this run, in words fit for its one line on stderr. */
final class AgentException extends Exception {
    AgentException(String message) {
        super(message);
    }
}
