package org.gilvm.experiment;

import java.util.List;

/**
 * One program of {@code examples/workloads/}: a plain Python file that also runs under
 * python3, taking the number of threads (or processes) and a size on its command line and
 * printing a {@code RESULT key=value ...} line.
 *
 * @param name the name the command line and the report use
 * @param file the file under {@code examples/workloads/}
 * @param question what the workload settles, one line for the report
 * @param parallelism what the thread count means for it ("threads", "CPU-bound threads", "processes")
 * @param size the size argument of a full run
 * @param quickSize the size argument under {@code --quick}
 */
public record Workload(String name, String file, String question, String parallelism, long size, long quickSize) {
    public static final List<Workload> ALL = List.of(
            new Workload("cpu-bound", "cpu_bound.py",
                    "Do CPU-bound threads finish sooner than one thread?", "threads", 40_000_000, 40_000_000),
            new Workload("io-bound", "io_bound.py",
                    "Do threads that sleep and read files speed up?", "threads", 80, 24),
            new Workload("convoy", "convoy.py",
                    "How late does a sleeping thread wake while others compute?", "CPU-bound threads", 300, 60),
            new Workload("refcount-race", "refcount_race.py",
                    "Do unguarded reference counts corrupt memory?", "threads", 300_000, 300_000),
            new Workload("increment-race", "increment_race.py",
                    "Does `n += 1` lose updates?", "threads", 400_000, 100_000),
            new Workload("shared-read", "shared_read.py",
                    "Do threads that only read shared objects scale?", "threads", 8_000_000, 8_000_000),
            new Workload("containers", "containers.py",
                    "Are concurrent list appends and dict stores lost?", "threads", 400_000, 200_000),
            new Workload("native-release", "native_release.py",
                    "Does native code that releases the GIL scale?", "threads", 1024, 1024),
            new Workload("multiprocessing", "multiprocessing_pool.py",
                    "Does CPU-bound work scale over processes?", "processes", 40_000_000, 40_000_000));

    /** The workload called {@code name}, or null. */
    public static Workload byName(String name) {
        for (Workload w : ALL) {
            if (w.name.equals(name)) {
                return w;
            }
        }
        return null;
    }

    /** The program's arguments for a run with {@code threads} threads. */
    public List<String> args(int threads, boolean quick) {
        return List.of(Integer.toString(threads), Long.toString(quick ? quickSize : size));
    }
}
