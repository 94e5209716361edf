package org.gilvm.interp;

import java.io.InputStream;
import java.io.PrintStream;

/** The interpreter's standard streams (sys.stdin, sys.stdout, sys.stderr at start-up). */
public final class Streams {
    public final InputStream in;
    public final PrintStream out;
    public final PrintStream err;

    Streams(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }
}
