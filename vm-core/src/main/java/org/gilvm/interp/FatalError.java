package org.gilvm.interp;

/**
 * A condition CPython would abort the process on ({@code Py_FatalError}): not a Python
 * exception, so no {@code except} or {@code finally} in Python code runs; it unwinds every
 * frame of every thread and ends the program with {@link #EXIT_STATUS}. The eval loop adds
 * the instruction that was executing where it was raised.
 */
public final class FatalError extends RuntimeException {
    /** What a process killed by abort() (SIGABRT) reports to the shell: 128 + 6. */
    public static final int EXIT_STATUS = 134;

    private final Thread origin = Thread.currentThread();
    private volatile String where;

    public FatalError(String message) {
        super(message, null, false, false);
    }

    /**
     * A Java exception that escaped the VM's own code. Under a strategy that leaves objects
     * unprotected it is most likely a data race's damage (a list whose size and array
     * disagree), and the message says so.
     */
    public static FatalError internal(Interpreter interp, String where, Throwable e) {
        boolean unguarded = !interp.strategy().gilEnabled() && !interp.strategy().objectLocks().guards();
        return new FatalError("internal error " + where + ": " + e + (unguarded ? " (under '"
                + interp.strategy().id() + "' this is most likely an object corrupted by a data race)" : ""));
    }

    /** Records the executing instruction, once, on the thread that raised it. */
    void locate(String opname, String function, int line) {
        if (where == null && Thread.currentThread() == origin) {
            where = opname + " in " + function + "(), line " + line;
        }
    }

    /** "Fatal Python error: ..." as CPython prints it, with the instruction when known. */
    public String report() {
        return "Fatal Python error: " + getMessage() + (where == null ? "" : ", at " + where);
    }
}
