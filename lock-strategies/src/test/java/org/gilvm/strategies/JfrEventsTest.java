package org.gilvm.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ProgramRunner;
import org.gilvm.interp.RunEvents;
import org.gilvm.spi.StrategySettings;
import org.gilvm.spi.Strategies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-thread CPU-bound run under the GIL, recorded to a file with jdk.jfr and read back:
 * every gilvm event the GIL makes is there, with fields that make sense (names, reasons,
 * outcomes from their documented sets; totals that only grow; the run's end). Invariants,
 * not timings: the workers meet at a barrier and then each spins far longer than the 1 ms
 * switch interval, so hand-overs by drop request are certain.
 */
class JfrEventsTest {
    private static final String PROGRAM = """
            import threading
            meet = threading.Barrier(2)
            def work():
                meet.wait()
                i = 0
                while i < 1_000_000:
                    i += 1
            workers = [threading.Thread(target=work) for _ in range(2)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            print("done")
            """;
    private static final String RUN = "jfr-events-test";
    private static final Set<String> REASONS = Set.of("interval", "blocking", "exit", "yield");
    private static final Set<String> WORKERS = Set.of("Thread-1 (work)", "Thread-2 (work)");

    @TempDir
    Path dir;

    @Test
    void aRecordedGilRunHasEveryGilEventWithSaneFields() throws Exception {
        List<RecordedEvent> events = record();

        List<RecordedEvent> waits = named(events, "gilvm.GilWait");
        assertFalse(waits.isEmpty(), "GilWait events");
        for (RecordedEvent e : waits) {
            assertTrue(Set.of("immediate", "waited", "drop-request").contains(e.getString("outcome")), e.toString());
            assertFalse(e.getDuration().isNegative(), e.toString());
            assertTrue(e.getInt("futileWakeups") >= 0, e.toString());
        }
        assertTrue(waits.stream().anyMatch(e -> e.getString("outcome").equals("drop-request")),
                "a worker waited a whole interval and asked for the GIL");
        assertFalse(named(events, "gilvm.GilDropRequest").isEmpty(), "GilDropRequest events");

        List<RecordedEvent> switches = named(events, "gilvm.GilSwitch");
        assertFalse(switches.isEmpty(), "GilSwitch events");
        for (RecordedEvent e : switches) {
            assertNotEquals(e.getString("from"), e.getString("to"), e.toString());
            assertTrue(REASONS.contains(e.getString("reason")), e.toString());
        }
        assertTrue(switches.stream().anyMatch(e -> e.getString("reason").equals("interval")
                && WORKERS.contains(e.getString("from")) && WORKERS.contains(e.getString("to"))),
                "a forced switch from one worker to the other");

        List<RecordedEvent> holds = named(events, "gilvm.GilHold");
        assertFalse(holds.isEmpty(), "GilHold events");
        for (RecordedEvent e : holds) {
            assertTrue(REASONS.contains(e.getString("reason")), e.toString());
        }

        for (String worker : WORKERS) {
            List<RecordedEvent> stats = named(events, "gilvm.ThreadStats").stream()
                    .filter(e -> RUN.equals(e.getString("run")) && worker.equals(e.getString("pythonThread"))).toList();
            assertFalse(stats.isEmpty(), "ThreadStats of " + worker);
            long previous = 0;
            for (RecordedEvent e : stats) {
                assertEquals("gil", e.getString("strategy"));
                assertEquals("plain", e.getString("refcountMode"));
                assertTrue(e.getLong("instructions") >= previous, "totals only grow: " + e);
                previous = e.getLong("instructions");
            }
            // The final totals go out before join() returns; the "exited" copy sent when the
            // thread detaches may come after the recording stopped, so the state is not
            // what finds the final snapshot: only one taken as the thread ended holds the
            // whole loop (the period is longer than the run).
            RecordedEvent last = stats.stream().max(Comparator.comparingLong(e -> e.getLong("instructions")))
                    .orElseThrow();
            assertTrue(last.getLong("instructions") >= 8_000_000,
                    "a snapshot when " + worker + " ended, with at least the loop's own instructions: " + last);
            assertTrue(last.getLong("gilAcquisitions") > 0, last.toString());
        }

        List<RecordedEvent> runs = named(events, "gilvm.RunInfo").stream()
                .filter(e -> RUN.equals(e.getString("run"))).toList();
        assertFalse(runs.isEmpty(), "RunInfo events");
        RecordedEvent end = runs.get(runs.size() - 1);
        assertTrue(end.getBoolean("ended"), "the last RunInfo says the run ended: " + end);
        assertEquals("gil", end.getString("strategy"));
        assertTrue(end.getBoolean("gilEnabled"));
        assertEquals("jfr.py", end.getString("program"));
        assertEquals(1_000_000, end.getLong("switchInterval"));
        assertEquals(1, runs.stream().filter(e -> e.getBoolean("ended")).count(), "one end");
    }

    /**
     * Runs the program under a recording of the gilvm events; returns them by time (a file
     * holds each thread's events in its own buffers, so file order is not time order).
     */
    private List<RecordedEvent> record() throws Exception {
        Path file = dir.resolve("run.jfr");
        RunEvents.registerHooks();
        try (Recording r = new Recording()) {
            for (String name : List.of("gilvm.GilWait", "gilvm.GilHold", "gilvm.ObjectLockContention")) {
                r.enable(name).withThreshold(Duration.ZERO);
            }
            for (String name : List.of("gilvm.GilSwitch", "gilvm.GilDropRequest", "gilvm.RefcountError")) {
                r.enable(name);
            }
            for (String name : List.of("gilvm.ThreadStats", "gilvm.RunInfo")) {
                r.enable(name).withPeriod(Duration.ofSeconds(1));
            }
            r.setDestination(file);
            r.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            InterpreterConfig cfg = InterpreterConfig.standard(List.of("jfr.py"), Strategies.find("gil")
                            .create(StrategySettings.defaults().withSwitchInterval(Duration.ofMillis(1))))
                    .withStreams(new ByteArrayInputStream(new byte[0]), print, print).withRunId(RUN);
            int status = new ProgramRunner(new Interpreter(cfg)).runSource(PROGRAM, "jfr.py");
            assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
            assertEquals("done\n", out.toString(StandardCharsets.UTF_8));
            r.stop();
        }
        List<RecordedEvent> events = new ArrayList<>(RecordingFile.readAllEvents(file));
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        return events;
    }

    private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
        List<RecordedEvent> r = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals(name)) {
                r.add(e);
            }
        }
        return r;
    }
}
