package org.gilvm.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The agent on an ephemeral port, scraped while a live two-thread CPU-bound program runs
 * and after it ends. Invariants only: series exist, counters move between scrapes, the
 * threads gauge counts the live threads; never how fast.
 */
class LiveMetricsTest {
    private static final String WORKER = "thread=\"Thread-1 (spin)\"";
    private static final String OTHER_WORKER = "thread=\"Thread-2 (spin)\"";

    @Test
    void underTheGilTheGilSeriesExistMoveAndEndExact() throws Exception {
        String run = "live-gil";
        MetricsAgent agent = MetricsAgent.start(MetricsAgent.Settings.listening("127.0.0.1", 0).forRun(run, "gil"))
                .orElseThrow();
        int port = agent.port();
        try (LiveProgram program = LiveProgram.start("gil", run)) {
            Scrape first = Scrape.until(port, "both workers' bytecodes, GIL waits and an interval switch", s ->
                    s.sum("gilvm_bytecodes_total", WORKER) > 0 && s.sum("gilvm_bytecodes_total", OTHER_WORKER) > 0
                            && s.sum("gilvm_gil_wait_seconds_count") > 0 && s.sum("gilvm_gil_hold_seconds_count") > 0
                            && s.sum("gilvm_gil_switches_total", "reason=\"interval\"") > 0
                            && s.sum("gilvm_threads") == 3);
            String tags = "application=\"gilvm\"";
            assertTrue(first.count("gilvm_bytecodes_total", tags, "run=\"" + run + "\"", "strategy=\"gil\"") >= 3,
                    first.text());
            assertTrue(first.count("gilvm_gil_wait_seconds_bucket") > 10, "a histogram with buckets");
            assertEquals(1, first.sum("gilvm_threads", "state=\"blocked\""), "main waits on stdin");
            for (String kind : new String[] {"use_after_free", "negative_count", "leak_at_exit"}) {
                assertEquals(0, first.sum("gilvm_refcount_errors_total", "kind=\"" + kind + "\""), kind);
            }
            assertTrue(first.count("gilvm_refcount_ops_total", "op=\"incref\"", "mode=\"plain\"") == 1, first.text());
            assertTrue(first.count("jvm_memory_used_bytes") > 0, "JVM binders");

            Scrape later = Scrape.until(port, "the counters to move", s ->
                    s.sum("gilvm_bytecodes_total", WORKER) > first.sum("gilvm_bytecodes_total", WORKER)
                            && s.sum("gilvm_gil_wait_seconds_count") > first.sum("gilvm_gil_wait_seconds_count")
                            && s.sum("gilvm_gil_switches_total") > first.sum("gilvm_gil_switches_total")
                            && s.sum("jvm_gc_pause_seconds_count") > 0);
            assertTrue(later.sum("gilvm_gil_hold_seconds_count") >= first.sum("gilvm_gil_hold_seconds_count"));

            program.release();
            assertEquals(0, program.awaitEnd());
            Scrape after = Scrape.until(port, "every thread to have exited", s ->
                    s.sum("gilvm_threads") == 0 && s.sum("gilvm_gil_switches_total", "reason=\"exit\"") > 0);
            assertTrue(after.sum("gilvm_bytecodes_total", WORKER) >= later.sum("gilvm_bytecodes_total", WORKER));
            assertEquals(200, Scrape.get(port, "/-/healthy").statusCode());
        } finally {
            agent.close();
        }
    }

    @Test
    void lingeringKeepsTheFinalValuesUpAfterTheProgramEnds() throws Exception {
        String run = "live-linger";
        MetricsAgent agent = MetricsAgent.start(MetricsAgent.Settings.listening("127.0.0.1", 0).forRun(run, "gil"))
                .orElseThrow();
        int port = agent.port();
        try (LiveProgram program = LiveProgram.start("gil", run)) {
            program.release();
            assertEquals(0, program.awaitEnd());
        }
        Thread finishing = Thread.ofPlatform().daemon().start(() -> agent.finish(Duration.ofMinutes(1)));
        try {
            // finish() has read every event before lingering: the first scrape that sees the
            // workers' exit switches sees all their final snapshots.
            Scrape s = Scrape.until(port, "the final snapshots", x -> x.sum("gilvm_threads") == 0
                    && x.count("gilvm_bytecodes_total", WORKER) == 1 && x.count("gilvm_bytecodes_total", OTHER_WORKER) == 1);
            assertTrue(s.sum("gilvm_bytecodes_total", WORKER) > 0);
        } finally {
            // The linger ends early when interrupted, and closes the agent.
            finishing.interrupt();
            finishing.join();
        }
    }

    @Test
    void withoutAGilNoGilWaitIsReportedAndTheRunIsLearnedFromItsEvents() throws Exception {
        String run = "live-tracing";
        // As the javaagent does: the run and strategy come from the first RunInfo event.
        MetricsAgent agent = MetricsAgent.start(MetricsAgent.Settings.listening("127.0.0.1", 0)).orElseThrow();
        int port = agent.port();
        try (LiveProgram program = LiveProgram.start("tracing", run)) {
            String labels = "run=\"" + run + "\"";
            Scrape s = Scrape.until(port, "both workers' bytecodes", x ->
                    x.sum("gilvm_bytecodes_total", WORKER, labels, "strategy=\"tracing\"") > 0
                            && x.sum("gilvm_bytecodes_total", OTHER_WORKER, labels) > 0);
            Scrape later = Scrape.until(port, "the workers to go on", x ->
                    x.sum("gilvm_bytecodes_total", WORKER) > s.sum("gilvm_bytecodes_total", WORKER));
            for (Scrape x : new Scrape[] {s, later}) {
                assertEquals(0, x.sum("gilvm_gil_wait_seconds_count"), x.text());
                assertEquals(0, x.count("gilvm_gil_switches_total"), x.text());
                assertEquals(0, x.count("gilvm_gil_drop_requests_total"), x.text());
                assertEquals(0, x.count("gilvm_wasted_timeslice_seconds_total"), x.text());
                assertEquals(0, x.count("gilvm_refcount_ops_total"), "tracing counts no references");
            }
            program.release();
            assertEquals(0, program.awaitEnd());
        } finally {
            agent.close();
        }
    }

    @Test
    void aTakenPortPrintsOneLineAndTurnsMetricsOff() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            StderrCapture err = StderrCapture.start();
            boolean started;
            try {
                started = MetricsAgent.start(MetricsAgent.Settings.listening("127.0.0.1", taken.getLocalPort())
                        .forRun("taken", "gil")).isPresent();
            } finally {
                err.stop();
            }
            assertEquals(false, started);
            assertEquals("gilvm: metrics: port " + taken.getLocalPort() + " is taken; metrics are off for this run\n",
                    err.text());
        }
    }
}
