package org.gilvm.interp;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.gilvm.spi.PlainRefCounts;
import org.gilvm.spi.RefCounts;

/**
 * What an interpreter is created with: its reference-count strategy, standard streams and
 * {@code sys.argv}. {@code argv.get(0)} is the script path as the user gave it.
 */
public record InterpreterConfig(RefCounts refCounts, InputStream stdin, PrintStream stdout,
                                PrintStream stderr, List<String> argv, java.nio.file.Path workingDirectory) {

    /** The defaults: plain refcounts, the process's streams. */
    public static InterpreterConfig standard(List<String> argv) {
        return new InterpreterConfig(new PlainRefCounts(), System.in, System.out, System.err, argv,
                java.nio.file.Path.of("").toAbsolutePath());
    }

    public InterpreterConfig withStreams(InputStream in, PrintStream out, PrintStream err) {
        return new InterpreterConfig(refCounts, in, out, err, argv, workingDirectory);
    }

    public InterpreterConfig withWorkingDirectory(java.nio.file.Path dir) {
        return new InterpreterConfig(refCounts, stdin, stdout, stderr, argv, dir);
    }
}
