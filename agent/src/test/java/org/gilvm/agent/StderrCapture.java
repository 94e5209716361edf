package org.gilvm.agent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What is printed on System.err between start and stop (test classes here run one at a time). */
final class StderrCapture {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream old = System.err;

    static StderrCapture start() {
        StderrCapture c = new StderrCapture();
        System.setErr(new PrintStream(c.bytes, true, StandardCharsets.UTF_8));
        return c;
    }

    void stop() {
        System.setErr(old);
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
