package org.gilvm.interp;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names for runs that were not given one: the program's stem, the time, the process id.
 * Public for the cli, which names the run before it starts so the metrics carry it from
 * the first scrape.
 */
public final class RunIds {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunIds() {}

    public static String make(String program) {
        String stem = program;
        int slash = stem.lastIndexOf('/');
        if (slash >= 0) {
            stem = stem.substring(slash + 1);
        }
        if (stem.endsWith(".py")) {
            stem = stem.substring(0, stem.length() - 3);
        }
        if (stem.isEmpty() || stem.startsWith("<")) {
            stem = "run";
        }
        return stem + "-" + LocalDateTime.now().format(TIME) + "-" + ProcessHandle.current().pid();
    }
}
