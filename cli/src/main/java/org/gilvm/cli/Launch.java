package org.gilvm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilvm.Gilvm;

/** Reads programs and hands them to the VM; turns failures into messages and exit codes. */
final class Launch {
    private Launch() {}

    static final int EXIT_USAGE = 2;
    static final int EXIT_INTERNAL = 70;

    static int runFile(String file, List<String> args, boolean debug) {
        String source = read(file);
        if (source == null) {
            return EXIT_USAGE;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(args);
        return guarded(() -> Gilvm.run(source, file, argv), debug);
    }

    static int runCode(String code, List<String> args, boolean debug) {
        List<String> argv = new ArrayList<>();
        argv.add("-c");
        argv.addAll(args);
        return guarded(() -> Gilvm.run(code, "<string>", argv), debug);
    }

    static int dis(String file, String function, boolean debug) {
        String source = read(file);
        if (source == null) {
            return EXIT_USAGE;
        }
        return guarded(() -> Gilvm.dis(source, file, function, System.out), debug);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            System.err.println("gilvm: can't open file '" + file + "': [Errno 2] No such file or directory");
        } catch (IOException e) {
            System.err.println("gilvm: can't open file '" + file + "': " + e.getMessage());
        }
        return null;
    }

    private interface Job {
        int run();
    }

    private static int guarded(Job job, boolean debug) {
        try {
            return job.run();
        } catch (RuntimeException | Error e) {
            System.out.flush();
            if (debug) {
                e.printStackTrace();
            }
            System.err.println("gilvm: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            return EXIT_INTERNAL;
        }
    }
}
