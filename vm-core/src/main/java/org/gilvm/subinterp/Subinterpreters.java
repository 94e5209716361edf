package org.gilvm.subinterp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gilvm.interp.Interpreter;
import org.gilvm.objects.Errors;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.SingleThreadStrategy;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.Strategies;

/**
 * One interpreter's place in a tree of multiprocessing interpreters: its own id and process
 * id, whether it is still running its parent's main script, and the children it has started.
 * The top-level interpreter has id 0 and the JVM's real pid; each child gets the next id of
 * the tree and a made-up pid (the root's pid plus its id: distinct within the tree, which is
 * all {@code os.getpid()} is used for here).
 */
public final class Subinterpreters {
    private final int id;
    private final long pid;
    private final long parentPid;
    /** Shared by the whole tree: the last id given out. */
    private final AtomicInteger lastId;
    private final long rootPid;
    private final Set<Subinterpreter> children = ConcurrentHashMap.newKeySet();
    private volatile boolean bootstrapping;
    private volatile StrategyProvider provider;

    private Subinterpreters(int id, long pid, long parentPid, AtomicInteger lastId, long rootPid) {
        this.id = id;
        this.pid = pid;
        this.parentPid = parentPid;
        this.lastId = lastId;
        this.rootPid = rootPid;
    }

    /** A top-level interpreter: the JVM's process. */
    public static Subinterpreters topLevel() {
        ProcessHandle self = ProcessHandle.current();
        long ppid = self.parent().map(ProcessHandle::pid).orElse(0L);
        return new Subinterpreters(0, self.pid(), ppid, new AtomicInteger(), self.pid());
    }

    /** The place of a new child of this interpreter. */
    Subinterpreters newChild() {
        int childId = lastId.incrementAndGet();
        return new Subinterpreters(childId, rootPid + childId, pid, lastId, rootPid);
    }

    public int id() {
        return id;
    }

    /** {@code os.getpid()}. */
    public long pid() {
        return pid;
    }

    /** {@code os.getppid()}. */
    public long parentPid() {
        return parentPid;
    }

    /** Whether this is a child still running its parent's main script (it may not start children then). */
    public boolean bootstrapping() {
        return bootstrapping;
    }

    void setBootstrapping(boolean b) {
        bootstrapping = b;
    }

    /** The children started here that have not ended. */
    public List<Subinterpreter> children() {
        return List.copyOf(children);
    }

    void started(Subinterpreter child) {
        children.add(child);
    }

    void ended(Subinterpreter child) {
        children.remove(child);
    }

    /**
     * A fresh instance of {@code parent}'s strategy, with its settings: each child has its own
     * (its own GIL, under {@code gil}), as each CPython process has its own.
     */
    ExecutionStrategy newStrategy(Interpreter parent) {
        ExecutionStrategy mine = parent.strategy();
        if (mine instanceof SingleThreadStrategy) {
            return new SingleThreadStrategy(mine.settings());
        }
        StrategyProvider p = provider;
        if (p == null) {
            p = Strategies.find(mine.id());
            if (p == null) {
                throw Errors.runtimeError("cannot start an interpreter: no installed strategy is called '"
                        + mine.id() + "'");
            }
            provider = p;
        }
        return p.create(mine.settings());
    }
}
