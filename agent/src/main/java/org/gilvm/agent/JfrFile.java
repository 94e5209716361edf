package org.gilvm.agent;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.gilvm.interp.RunEvents;

/**
 * {@code --jfr FILE}: a recording of the run for {@code jfr print --events 'gilvm.*' FILE}
 * and JDK Mission Control, with every gilvm event and the JDK's own default set (GC, CPU,
 * threads), written when the program ends (or, should the JVM exit first, by JFR's own
 * dump at exit). Independent of the metrics endpoint.
 */
public final class JfrFile {
    private final Recording recording;
    private final Path file;

    private JfrFile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts recording into {@code file}, or prints one line and returns empty. */
    public static Optional<JfrFile> start(Path file) {
        Recording r = null;
        try {
            RunEvents.registerHooks();
            r = new Recording(Configuration.getConfiguration("default"));
            r.setName("gilvm");
            GilvmEvents.enableAll(r::enable);
            r.setDestination(file);
            r.setDumpOnExit(true);
            r.setToDisk(true);
            r.start();
            return Optional.of(new JfrFile(r, file));
        } catch (IOException | ParseException | RuntimeException e) {
            if (r != null) {
                r.close();
            }
            AgentLog.jfr("cannot record to " + file + " (" + why(e) + "); no recording for this run");
            return Optional.empty();
        }
    }

    /** File errors' messages are often the bare path: say what they mean instead. */
    private static String why(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return AgentLog.reason(e);
    }

    /** Stops the recording, which writes the file. */
    public void finish() {
        try {
            recording.stop();
        } catch (RuntimeException e) {
            AgentLog.jfr("writing " + file + " failed (" + AgentLog.reason(e) + ")");
        } finally {
            recording.close();
        }
    }
}
