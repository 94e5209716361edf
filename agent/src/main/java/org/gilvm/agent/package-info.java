/**
 * gilvm's metrics: the VM's JFR events ({@code org.gilvm.events}) read in-process by a
 * {@code RecordingStream}, turned into Micrometer meters under the names DESIGN.md fixes, and
 * served to Prometheus. Start reading at {@link org.gilvm.agent.MetricsAgent}; the meters'
 * names are in {@code MeterNames}, what each event becomes in {@code EventMeters}.
 *
 * <p>Two ways in: the cli's {@code --metrics} (the run and strategy known up front), and
 * {@code -javaagent:gilvm-agent.jar[=HOST:PORT]} ({@link org.gilvm.agent.AgentMain}) on any
 * gilvm JVM. {@link org.gilvm.agent.JfrFile} writes {@code --jfr}'s recording file.
 */
package org.gilvm.agent;
