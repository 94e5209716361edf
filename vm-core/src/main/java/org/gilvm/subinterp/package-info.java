/**
 * Isolated interpreters in one JVM: what {@code multiprocessing} and
 * {@code concurrent.futures.ProcessPoolExecutor} run on (the seeds' other advice, "use
 * processes"), exposed to Python as the builtin module {@code _interpreters}.
 *
 * <h2>The design</h2>
 * A child ({@link org.gilvm.subinterp.Subinterpreter}) is a whole {@link org.gilvm.interp.Interpreter}
 * with a fresh instance of its parent's strategy, on a Java platform thread of its own that
 * serves an {@link org.gilvm.subinterp.Inbox} of {@link org.gilvm.subinterp.Call}s. It starts as
 * CPython's "spawn" start method starts a process: the parent's {@code sys.argv},
 * {@code sys.path}, working directory and standard streams, then the parent's main script run
 * again as {@code __mp_main__} ({@link org.gilvm.interp.ChildMain}), so that functions and
 * classes are found by name; a pool worker then runs its set-up call; then the calls.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>No reference-counted object is ever reachable from two interpreters. Everything that
 *     crosses is a {@link org.gilvm.subinterp.Snapshot}: written on the sender's thread by
 *     {@link org.gilvm.subinterp.SnapshotWriter} (pickle's reach and error texts), rebuilt on the
 *     receiver's by {@link org.gilvm.subinterp.SnapshotReader}. A snapshot holds Java values,
 *     immortal objects (None, bools, small ints, interned strs, builtin types: the JVM's, never
 *     an interpreter's) and cross-interpreter primitives ({@link org.gilvm.subinterp.Channel},
 *     {@code SharedLock}, {@code SharedCell}), which hold snapshots and Java state only.</li>
 * <li>Each interpreter's counts are changed only by its own threads, through its own
 *     strategy: a child's GIL is its own, so CPU-bound children run in parallel even under
 *     {@code gil}, as CPython's processes do.</li>
 * <li>A call completes exactly once, or is cancelled before a worker takes it; if its child
 *     stops abruptly (terminated, or a fatal error) it fails rather than never completing.</li>
 * </ul>
 *
 * <h2>Concurrency and memory ordering</h2>
 * Inboxes and channels are {@code java.util.concurrent} queues; a call's outcome is written
 * before its latch is counted down, which publishes it to every waiter. Every wait releases
 * the waiter's GIL ({@code ts.blocking()}) and is interruptible (Ctrl-C in the parent's main
 * thread; {@code terminate()} in a child, which stops it with a fatal error at its next switch
 * point or wait).
 *
 * <h2>What CPython does</h2>
 * {@code Lib/multiprocessing/popen_spawn_posix.py} starts a new process running
 * {@code spawn_main}, which unpickles the preparation data and the Process object from a pipe;
 * {@code Lib/multiprocessing/pool.py}'s workers read pickled tasks from a shared pipe and
 * write pickled results back, read by a result-handler thread. CPython 3.12+'s
 * subinterpreters (PEP 684, a GIL per interpreter; 3.13's {@code _interpreters}) are the
 * in-process design closest to this one.
 */
package org.gilvm.subinterp;
