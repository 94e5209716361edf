package org.gilvm.interp;

/**
 * {@code --check-refs} at exit: tear the interpreter down ({@link Finalization}), then report
 * every tracked object still alive ({@link RefReport}) on stderr.
 *
 * <p>The exit status becomes {@link #EXIT_COUNT_ERRORS} when the VM got a count wrong (a leak
 * or a missing incref), whatever the program's own status was, so that scripts and tests
 * notice; garbage cycles alone leave it as it was, since CPython's cyclic GC frees them and
 * they are the program's design, not a VM bug.
 */
final class RefCheck {
    /** The exit status for a run whose counts did not balance. */
    static final int EXIT_COUNT_ERRORS = 3;

    private RefCheck() {}

    /** Called on the main thread, still attached, once the main module and the stream flush are done. */
    static int atExit(ThreadState ts, int status) {
        Interpreter interp = ts.interp;
        if (!interp.refCounts().counts()) {
            interp.streams().err.println(RefReport.HEADER + " the '" + interp.strategy().id()
                    + "' strategy keeps no reference counts: nothing to check");
            return status;
        }
        Finalization.finalizeModules(ts);
        RefReport report = RefReport.of(interp.objectRegistry());
        interp.streams().out.flush();
        report.print(interp.streams().err);
        return report.hasCountErrors() ? EXIT_COUNT_ERRORS : status;
    }
}
