package org.gilvm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilvm.objects.ObjectRegistry;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code --check-refs} in a JVM of its own. The check must see every object the program
 * creates, which a hook in PyObject's constructor does only in a JVM started with
 * {@code -D}{@value ObjectRegistry#PROPERTY}{@code =true} (read once, so that every other run
 * pays nothing for it). When the flag is given to a JVM without the property, the same
 * command runs again in a child JVM that has it: the same java, the same class path, the
 * launcher's -Xss8m, this process's stdin, stdout and stderr; its exit status is ours.
 */
final class CheckRefsChild {
    static final String FLAG = "--check-refs";

    private CheckRefsChild() {}

    /**
     * Whether {@code args} ask for {@code --check-refs} as an option (not as an argument of
     * the program) in a JVM that cannot track objects. A command line that does not parse is
     * left to {@code cl.execute}, which reports it.
     */
    static boolean needed(CommandLine cl, String[] args) {
        if (ObjectRegistry.ENABLED || !List.of(args).contains(FLAG)) {
            return false;
        }
        try {
            for (ParseResult r = cl.parseArgs(args); r != null; r = r.subcommand()) {
                if (r.hasMatchedOption(FLAG)) {
                    return true;
                }
            }
        } catch (CommandLine.ParameterException e) {
            return false;
        }
        return false;
    }

    /** Runs {@code gilvm args} in a child JVM with object tracking on; returns its exit status. */
    static int run(String[] args) {
        ProcessBuilder pb = new ProcessBuilder(command(args)).inheritIO();
        try {
            Process child = pb.start();
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    // Ctrl-C reaches the child too (same process group); wait for it to finish.
                }
            }
        } catch (IOException e) {
            System.err.println("gilvm: cannot start a JVM for --check-refs: " + e.getMessage());
            return Launch.EXIT_INTERNAL;
        }
    }

    static List<String> command(String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-D" + ObjectRegistry.PROPERTY + "=true");
        cmd.add("-Xss8m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
